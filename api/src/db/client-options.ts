import os from 'node:os';
import type { MongoClientOptions } from 'mongodb';

/**
 * Options every MongoDB client of ours starts from. The driver normally loads `os` with a
 * dynamic `import()` to describe itself in the connection handshake; inside jest's module
 * sandbox that import fails and the driver sends an empty `client` document, which servers
 * that validate the handshake refuse. Handing it `os` keeps the handshake whole everywhere.
 */
export const MONGO_CLIENT_OPTIONS = {
  runtimeAdapters: { os },
  serverSelectionTimeoutMS: 10_000,
} satisfies MongoClientOptions;
