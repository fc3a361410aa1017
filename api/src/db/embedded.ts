import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../config';

export type EmbeddedKind = 'mongod' | 'ferretdb';

export interface EmbeddedDatabase {
  kind: EmbeddedKind;
  /** Human-readable server name for logs, e.g. "FerretDB 1.24 (SQLite)". */
  label: string;
  uri: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** `auto` tries a real mongod through mongodb-memory-server, then FerretDB. */
  kind: 'auto' | EmbeddedKind;
  /** Where data is kept between runs; a throwaway directory for tests. */
  dataDir: string;
  /** Throwaway instance (tests): mongod keeps nothing on disk. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

/** Built by tools/setup.sh from the Go module in tools/ferretdb. */
export const FERRETDB_BINARY = path.join(PROJECT_ROOT, '.cache', 'bin', 'ferretdb');
const FERRETDB_START_TIMEOUT_MS = 30_000;

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  if (options.kind === 'ferretdb') return startFerretDb(options.dataDir);
  if (options.kind === 'mongod') return startMongod(options);
  try {
    return await startMongod(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`mongod is not available (${reason}); using FerretDB`);
    return startFerretDb(options.dataDir);
  }
}

async function startMongod(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // Loaded lazily: only this path needs mongodb-memory-server.
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const dbPath = path.join(options.dataDir, 'mongod');
  if (!options.ephemeral) mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: options.ephemeral ? {} : { dbPath, storageEngine: 'wiredTiger' },
  });
  return {
    kind: 'mongod',
    label: 'MongoDB (mongod via mongodb-memory-server)',
    uri: server.getUri(),
    stop: async () => {
      await server.stop({ doCleanup: Boolean(options.ephemeral) });
    },
  };
}

async function startFerretDb(dataDir: string): Promise<EmbeddedDatabase> {
  if (!existsSync(FERRETDB_BINARY)) {
    throw new Error(`FerretDB binary not found at ${FERRETDB_BINARY}: run \`npm run setup\` to build it`);
  }
  const sqliteDir = path.join(dataDir, 'ferretdb');
  mkdirSync(sqliteDir, { recursive: true });
  const child = spawn(FERRETDB_BINARY, ['--data-dir', sqliteDir, '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`FerretDB did not start within ${FERRETDB_START_TIMEOUT_MS} ms: ${stderr}`));
    }, FERRETDB_START_TIMEOUT_MS);
    // The binary prints "ready <uri>" once it listens (see tools/ferretdb/main.go).
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) {
        clearTimeout(timer);
        resolve(line.slice('ready '.length).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited with code ${code} before it was ready: ${stderr}`));
    });
  });

  return {
    kind: 'ferretdb',
    label: 'FerretDB 1.24 (SQLite backend)',
    uri,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
