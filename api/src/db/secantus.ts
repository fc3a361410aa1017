import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

// SecantusDB's Rust server (`secantusd-rs`): a single-node MongoDB-wire server over
// WiredTiger, built by tools/setup.sh at the version pinned in package.json. This file
// only knows how to run one server process; embedded.ts decides who runs it.

export const SECANTUS_BINARY = path.join(PROJECT_ROOT, '.cache', 'secantus', 'bin', 'secantusd-rs');

/** The pinned version, from package.json (`config.secantus`), which setup installs. */
export function pinnedSecantusVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    config: { secantus: { version: string } };
  };
  return manifest.config.secantus.version;
}

export function secantusInstalled(): boolean {
  return existsSync(SECANTUS_BINARY);
}

export const SECANTUS_LABEL = `SecantusDB ${pinnedSecantusVersion()} (secantusd-rs, WiredTiger)`;

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

/** The server's mongodb:// address; it advertises a one-member replica set, hence direct. */
export function secantusUri(port: number): string {
  return `mongodb://127.0.0.1:${port}/?directConnection=true`;
}

/** A port nobody listens on right now (the kernel's pick). */
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

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface ServerProcess {
  pid: number;
  port: number;
  /** Settles when the process has exited, with its exit code (null after a signal). */
  exited: Promise<number | null>;
  /** SIGTERM to its process group, SIGKILL after a grace period; resolves once it is gone. */
  stop(): Promise<void>;
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000).trim();
  } catch {
    return '';
  }
}

/**
 * Starts one server on `storePath` and `port` and waits until it accepts connections. It
 * runs in a process group of its own, so a Ctrl-C or a signal to the caller's group does not
 * reach it mid-request: its owner stops it after draining. Output goes to `server.log`
 * beside the store, never to a pipe that would break when the owner dies.
 */
export async function startSecantusProcess(storePath: string, port: number): Promise<ServerProcess> {
  mkdirSync(storePath, { recursive: true });
  const logFile = path.join(path.dirname(storePath), 'server.log');
  const logFd = openSync(logFile, 'a');
  // --sync-on-commit: without it, measured here, a SIGKILL of the server lost 50-130 of
  // 1,300 acknowledged writes; with it none, at no measurable cost on this machine.
  const args = ['--host', '127.0.0.1', '--port', String(port), '--storage-path', storePath, '--sync-on-commit'];
  let child: ChildProcess;
  try {
    child = spawn(SECANTUS_BINARY, [...args, '--log-file-max', '32MB'], {
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(child.exitCode));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${SECANTUS_BINARY}: ${tail(logFile)}`);

  let gone = false;
  void exited.then(() => (gone = true));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (gone) return;
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await accepts(port))) {
    if (gone) throw new Error(`SecantusDB exited before it was ready (see ${logFile}): ${tail(logFile)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`SecantusDB did not accept connections within ${READY_TIMEOUT_MS} ms: ${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Someone else may hold the port: then ours exits with a bind error.
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (gone) throw new Error(`SecantusDB exited right after starting (see ${logFile}): ${tail(logFile)}`);
  return { pid, port, exited, stop };
}
