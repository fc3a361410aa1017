import os from 'node:os';
import type { MongoClientOptions } from 'mongodb';

/**
 * How long an operation waits for a reachable database before it fails (and its request
 * answers SERVICE_UNAVAILABLE, see `isDatabaseUnavailable` in errors.ts): the driver's
 * server selection, and mongoose's buffering of operations before the first connection.
 * Long enough to ride out the embedded server's restart after a crash (2-4 s measured),
 * short enough that a client never hangs on a database that is gone.
 */
export const DATABASE_WAIT_MS = 5_000;

/**
 * Options every MongoDB client of ours starts from (the wait: DATABASE_WAIT_MS). The driver
 * normally loads `os` with a dynamic `import()` to describe itself in the connection
 * handshake; inside jest's module sandbox that import fails and the driver sends an empty
 * `client` document, which servers that validate the handshake refuse. Handing it `os`
 * keeps the handshake whole everywhere.
 */
export const MONGO_CLIENT_OPTIONS = {
  runtimeAdapters: { os },
  serverSelectionTimeoutMS: DATABASE_WAIT_MS,
} satisfies MongoClientOptions;
