import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import {
  freePort,
  SECANTUS_LABEL,
  secantusInstalled,
  secantusUri,
  startSecantusProcess,
  type ServerProcess,
} from './secantus';

export type EmbeddedKind = 'secantus' | 'mongod';

export interface EmbeddedDatabase {
  kind: EmbeddedKind;
  /** Human-readable server name for logs. */
  label: string;
  uri: string;
  /** `owner`: this process runs the server; `attached`: another process does. */
  role: 'owner' | 'attached';
  /** Stops the server if this process owns it; an attached process only lets go. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** `auto`: SecantusDB when setup installed it, else a real mongod through mongodb-memory-server. */
  kind: 'auto' | EmbeddedKind;
  /** Where data is kept between runs; a throwaway directory for tests. */
  dataDir: string;
  /** Throwaway instance (tests): mongod keeps nothing on disk. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

export function resolveEmbeddedKind(kind: EmbeddedOptions['kind']): EmbeddedKind {
  if (kind !== 'auto') return kind;
  return secantusInstalled() ? 'secantus' : 'mongod';
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  return resolveEmbeddedKind(options.kind) === 'secantus' ? openSecantus(options.dataDir, log) : startMongod(options);
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
    role: 'owner',
    stop: async () => {
      await server.stop({ doCleanup: Boolean(options.ephemeral) });
    },
  };
}

// --- SecantusDB: one server per data directory, shared by every process using it -------------
//
// The API, the CLI tools and a second API on the same data directory must never open the
// same WiredTiger files from two server processes. The first process to take the
// directory's lock owns the server: it starts it, restarts it when it dies (same port, same
// data, so connected drivers reconnect by themselves) and stops it when done. Every other
// process attaches to the port recorded in `server.json`, and takes ownership when the
// lock frees up (the owner stopped or died), restarting the server on the same port.

/**
 * What the owner records beside the store, for attached processes and `npm run db status`.
 * It stays after a stop: the next owner reuses the port, so connected drivers find it again.
 */
export interface ServerRecord {
  pid: number;
  port: number;
  ownerPid: number;
  startedAt: string;
}

const LOCK_STALE_MS = 10_000;
const ATTACH_POLL_MS = 1_000;
const RESTART_BACKOFF_MS = [200, 500, 1_000, 2_000, 5_000];
/** A server that stayed up this long resets the restart backoff. */
const HEALTHY_AFTER_MS = 30_000;

export interface SecantusPaths {
  root: string;
  store: string;
  record: string;
}

export function secantusPaths(dataDir: string): SecantusPaths {
  const root = path.join(dataDir, 'secantus');
  return { root, store: path.join(root, 'store'), record: path.join(root, 'server.json') };
}

export function readServerRecord(paths: SecantusPaths): ServerRecord | null {
  try {
    return JSON.parse(readFileSync(paths.record, 'utf8')) as ServerRecord;
  } catch {
    return null;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether some process holds the data directory's lock (a server is owned). */
export async function secantusOwned(paths: SecantusPaths): Promise<boolean> {
  if (!existsSync(paths.root)) return false;
  return lockfile.check(paths.root, lockOptions(paths));
}

/** The lock is a directory (proper-lockfile), with the owner's pid in a file beside it. */
function lockDir(paths: SecantusPaths): string {
  return path.join(paths.root, 'owner.lock');
}

function ownerFile(paths: SecantusPaths): string {
  return path.join(paths.root, 'owner.pid');
}

function lockOptions(paths: SecantusPaths) {
  return { stale: LOCK_STALE_MS, realpath: false, lockfilePath: lockDir(paths) };
}

/**
 * How old the lock is when the process that took it no longer exists (it was killed
 * outright), so nobody needs to wait for it to go stale; null while its owner lives.
 */
function deadOwnersLockAge(paths: SecantusPaths): number | null {
  try {
    const ownerPid = Number(readFileSync(ownerFile(paths), 'utf8'));
    if (!Number.isInteger(ownerPid) || processAlive(ownerPid)) return null;
    return Date.now() - statSync(lockDir(paths)).mtimeMs;
  } catch {
    return null;
  }
}

/** A new owner writes its pid right after taking the lock: a younger lock is not judged yet. */
const OWNER_PID_GRACE_MS = 1_000;

async function tryLock(paths: SecantusPaths, log: (message: string) => void): Promise<(() => Promise<void>) | null> {
  const options = {
    ...lockOptions(paths),
    onCompromised: (error: Error) => log(`embedded database lock compromised: ${error.message}`),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const release = await lockfile.lock(paths.root, options);
      writeFileSync(ownerFile(paths), String(process.pid));
      // A compromised lock has already been released by the library.
      return async () => {
        rmSync(ownerFile(paths), { force: true });
        await release().catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ERELEASED') throw error;
        });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (attempt > 0) return null;
      const age = deadOwnersLockAge(paths);
      if (age === null) return null;
      if (age < OWNER_PID_GRACE_MS) await delay(OWNER_PID_GRACE_MS - age);
      if (deadOwnersLockAge(paths) === null) return null;
      // Not ours to unlock through the library: its owner is gone, so the directory goes.
      rmSync(lockDir(paths), { recursive: true, force: true });
    }
  }
  return null;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the server while this process owns the lock: starts it, restarts it whenever it
 * exits on its own, stops it on request.
 */
class OwnedServer {
  private current: ServerProcess | null = null;
  private stopping = false;
  private supervising: Promise<void> = Promise.resolve();
  private readonly killOnExit = () => {
    // Last resort when the process exits without stop() (an uncaught error): no orphan.
    if (this.current) {
      try {
        process.kill(-this.current.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };

  constructor(
    private readonly paths: SecantusPaths,
    readonly port: number,
    private readonly release: () => Promise<void>,
    private readonly log: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    process.on('exit', this.killOnExit);
    try {
      await this.launch();
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.supervising = this.supervise();
  }

  private async launch(): Promise<ServerProcess> {
    const server = await startSecantusProcess(this.paths.store, this.port);
    this.current = server;
    const record: ServerRecord = {
      pid: server.pid,
      port: this.port,
      ownerPid: process.pid,
      startedAt: new Date().toISOString(),
    };
    writeFileSync(this.paths.record, `${JSON.stringify(record, null, 2)}\n`);
    return server;
  }

  private async supervise(): Promise<void> {
    let failures = 0;
    while (!this.stopping && this.current) {
      const startedAt = Date.now();
      const code = await this.current.exited;
      if (this.stopping) return;
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) failures = 0;
      const wait = RESTART_BACKOFF_MS[Math.min(failures, RESTART_BACKOFF_MS.length - 1)] ?? 5_000;
      failures += 1;
      this.log(`embedded database exited (code ${code}); restarting it on port ${this.port} in ${wait} ms`);
      await delay(wait);
      if (this.stopping) return;
      try {
        await this.launch();
        this.log('embedded database restarted');
      } catch (error) {
        this.log(`embedded database restart failed: ${(error as Error).message.split('\n')[0]}`);
        // Loop again: `exited` of the failed process is already settled.
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.current?.stop();
    await this.supervising;
    process.off('exit', this.killOnExit);
    this.current = null;
    await this.release();
  }
}

/** Whether `pid` is still our server on this store (and not a process that reused the pid). */
function isServerOf(paths: SecantusPaths, pid: number): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return commandLine.includes(paths.store);
  } catch {
    return false;
  }
}

/** A server left behind by an owner that was killed outright: stopped before a new start. */
async function stopOrphan(
  paths: SecantusPaths,
  record: ServerRecord | null,
  log: (message: string) => void,
): Promise<void> {
  if (!record || processAlive(record.ownerPid) || !isServerOf(paths, record.pid)) return;
  log(`stopping the embedded database left running by process ${record.ownerPid} (pid ${record.pid})`);
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-record.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  for (let waited = 0; processAlive(record.pid); waited += 100) {
    if (waited === 10_000) signal('SIGKILL');
    await delay(100);
  }
}

async function becomeOwner(
  paths: SecantusPaths,
  release: () => Promise<void>,
  log: (message: string) => void,
): Promise<OwnedServer> {
  try {
    const previous = readServerRecord(paths);
    await stopOrphan(paths, previous, log);
    const port = previous?.port ?? (await freePort());
    const owned = new OwnedServer(paths, port, release, log);
    try {
      await owned.start();
      return owned;
    } catch (error) {
      if (!previous) throw error;
      // The recorded port may be taken by now: take a fresh one.
      log(`port ${port} unavailable (${(error as Error).message.split('\n')[0]}); using another`);
      const fresh = new OwnedServer(paths, await freePort(), release, log);
      await fresh.start();
      return fresh;
    }
  } catch (error) {
    await release();
    throw error;
  }
}

async function openSecantus(dataDir: string, log: (message: string) => void): Promise<EmbeddedDatabase> {
  if (!secantusInstalled()) {
    throw new Error('SecantusDB is not installed: run `npm run setup` (it builds it with cargo)');
  }
  const paths = secantusPaths(dataDir);
  mkdirSync(paths.root, { recursive: true });

  const release = await tryLock(paths, log);
  if (release) {
    const owned = await becomeOwner(paths, release, log);
    return {
      kind: 'secantus',
      label: SECANTUS_LABEL,
      uri: secantusUri(owned.port),
      role: 'owner',
      stop: () => owned.stop(),
    };
  }
  return attach(paths, log);
}

/**
 * Uses the server another process owns, and takes over when that process lets go: the
 * server then restarts on the same port, so this process's driver reconnects by itself.
 */
async function attach(paths: SecantusPaths, log: (message: string) => void): Promise<EmbeddedDatabase> {
  let record = readServerRecord(paths);
  const deadline = Date.now() + 30_000;
  while (!record || !processAlive(record.pid)) {
    // The owner may still be starting it.
    if (Date.now() > deadline) throw new Error(`No embedded database answers for ${paths.root}`);
    await delay(100);
    record = readServerRecord(paths);
  }
  const port = record.port;
  let owned: OwnedServer | null = null;
  let stopped = false;
  let polling: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    polling = polling.then(async () => {
      if (stopped || owned) return;
      const release = await tryLock(paths, log);
      if (!release) return;
      log('the process that ran the embedded database has gone; this process runs it now');
      owned = await becomeOwner(paths, release, log).catch((error: Error) => {
        log(`could not take over the embedded database: ${error.message}`);
        return null;
      });
      if (stopped) await owned?.stop();
    });
  }, ATTACH_POLL_MS);
  timer.unref();
  return {
    kind: 'secantus',
    label: `${SECANTUS_LABEL}, run by process ${record.ownerPid}`,
    uri: secantusUri(port),
    role: 'attached',
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await polling;
      await (owned as OwnedServer | null)?.stop();
    },
  };
}
