// The real API as its own process, for the fault tests: spawned the way a terminal or a
// supervisor runs it (a process group of its own), observed through HTTP and /proc, and
// never left running after a test file, whatever happened in it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../../api/src/auth/jwt';
import type { Role } from '../../api/src/auth/permissions';
import { loadConfig } from '../../api/src/config';
import { readServerRecord, secantusPaths } from '../../api/src/db/embedded';
import { SECANTUS_BINARY } from '../../api/src/db/secantus';

const ROOT = path.resolve(__dirname, '..', '..');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 100 ms until it holds; fails after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A signal to a process (`pid`) or a process group (`-pgid`) that may be gone already. */
export function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Pids of the SecantusDB servers running on a store directory (read from /proc). */
export function serverPidsOnStore(store: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (commandLine.some((arg) => arg.endsWith('secantusd-rs')) && commandLine.includes(store)) {
        pids.push(Number(entry));
      }
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** Pids of the embedded servers of an API data directory. */
export function serverPidsFor(dataDir: string): number[] {
  return serverPidsOnStore(secantusPaths(dataDir).store);
}

/** The embedded server's port, as its owner recorded it. */
export function embeddedPort(dataDir: string): number {
  const record = readServerRecord(secantusPaths(dataDir));
  if (!record) throw new Error(`no embedded server recorded in ${dataDir}`);
  return record.port;
}

// --- what must not outlive a test file --------------------------------------------------------

const children = new Set<ChildProcess>();
const dirs: string[] = [];

// Also when the test process ends without its afterAll (a worker torn down early).
process.once('exit', () => cleanUp());

/** A temporary directory, deleted (with every server still running on it killed) by `cleanUp`. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `nps-desk-${label}-`));
  dirs.push(dir);
  return dir;
}

/** SIGKILLs every process group spawned here and every server on a temp dir, then deletes them. */
export function cleanUp(): void {
  for (const child of children) if (child.pid !== undefined && child.exitCode === null) signal(-child.pid, 'SIGKILL');
  children.clear();
  for (const dir of dirs.splice(0)) {
    for (const entry of [dir, path.join(dir, 'secantus', 'store')]) {
      for (const pid of serverPidsOnStore(entry)) signal(pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- the API ----------------------------------------------------------------------------------

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  baseUrl: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Settles when it has exited: its code (null after a signal) and when. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export interface ApiOptions {
  /** NPS_DATA_DIR for the embedded database; omit with MONGODB_URI in `env`. */
  dataDir?: string;
  port?: number;
  args?: string[];
  env?: Record<string, string>;
}

/**
 * Starts `api/src/main.ts` in a process group of its own (as a terminal would): one node
 * process (`node --import tsx`, no wrapper between us and a signal).
 */
export async function spawnApi(options: ApiOptions = {}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  // The run's own database settings must not leak in.
  const { MONGODB_URI: _uri, NPS_TEST_MONGODB_URI: _test, ...inherited } = process.env;
  const env: Record<string, string> = {
    ...(inherited as Record<string, string>),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    NPS_EMBEDDED_DB: 'secantus',
    // Many requests from one address in a short time are the point here, not abuse.
    NPS_RATE_LIMIT_PER_IP: '1000000',
    NPS_RATE_LIMIT_PER_CREDENTIAL: '1000000',
    NPS_RATE_LIMIT_PER_WORKSPACE: '1000000',
    ...(options.dataDir ? { NPS_DATA_DIR: options.dataDir } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts', ...(options.args ?? [])], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, sig) => resolve({ code, signal: sig, at: Date.now() })),
  );
  if (child.pid === undefined) throw new Error('the API did not start');
  return { child, pid: child.pid, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Waits until the API answers /healthz (it listens only once its database is connected). */
export async function waitUntilServing(api: ApiProcess, timeoutMs = 120_000): Promise<void> {
  let gone = false;
  void api.exited.then(() => (gone = true));
  await waitFor(
    async () => {
      if (gone) throw new Error(`the API exited while starting:\n${api.output()}`);
      try {
        const response = await fetch(`${api.baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    timeoutMs,
    'the API to answer /healthz',
  );
}

export function tokenFor(role: Role, workspaceId = 'demo'): string {
  return signToken(loadConfig({ NODE_ENV: 'test' }).jwt, { userId: `faults-${role}`, workspaceId, role }, 3_600);
}

export interface GraphQLAnswer<TData> {
  status: number;
  /** How long the request took, in ms. */
  took: number;
  headers: Headers;
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL operation; throws only when no HTTP answer came (connection refused or cut). */
export async function graphql<TData = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { role?: Role; timeoutMs?: number } = {},
): Promise<GraphQLAnswer<TData>> {
  const started = Date.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor(options.role ?? 'agent')}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<TData>, 'status' | 'took' | 'headers'>;
  return { status: response.status, took: Date.now() - started, headers: response.headers, ...body };
}

/** A SecantusDB server run by the test itself, like an external MongoDB an operator runs. */
export interface ExternalServer {
  pid: number;
  port: number;
  uri: string;
  store: string;
}

export function startExternalServer(store: string, port: number): Promise<ExternalServer> {
  const child = spawn(
    SECANTUS_BINARY,
    ['--host', '127.0.0.1', '--port', String(port), '--storage-path', store, '--sync-on-commit'],
    { detached: true, stdio: 'ignore' },
  );
  children.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error('secantusd-rs did not start');
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  return waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        if (child.exitCode !== null) throw new Error(`secantusd-rs exited with ${child.exitCode}`);
        const socket = net.connect({ port, host: '127.0.0.1' });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      }),
    30_000,
    `secantusd-rs on port ${port}`,
  ).then(() => ({ pid, port, uri, store }));
}
