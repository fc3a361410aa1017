import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { MONGO_CLIENT_OPTIONS } from '../api/src/db/client-options';
import { readServerRecord, secantusPaths, startEmbeddedDatabase, type EmbeddedDatabase } from '../api/src/db/embedded';
import { secantusInstalled } from '../api/src/db/secantus';
import { freePort, serverPidsFor, waitFor } from './support/api-process';

// The embedded SecantusDB as its users meet it: one server per data directory, supervised
// by whichever process owns it, reached by every other process, never orphaned.

const ROOT = path.resolve(__dirname, '..');

function processGroupOf(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces, so split after ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs an API entry point or CLI in a process group of its own, as a terminal would. */
function run(script: string, args: string[], env: Record<string, string>): Running {
  let output = '';
  // The run's own MONGODB_URI (when the suite targets another server) must not leak in.
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  // `node --import tsx`: one process (the tsx wrapper would stand between us and a SIGKILL).
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function withClient<T>(uri: string, work: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(uri, MONGO_CLIENT_OPTIONS);
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

/** Where the server of `dataDir` listens, as its record says. */
function readServerUri(dataDir: string): string {
  const record = readServerRecord(secantusPaths(dataDir));
  if (!record) throw new Error(`No server record in ${dataDir}`);
  return `mongodb://127.0.0.1:${record.port}/?directConnection=true`;
}

const dataDirs: string[] = [];
function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-embedded-'));
  dataDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dataDirs) {
    for (const pid of serverPidsFor(dir)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('embedded SecantusDB', () => {
  beforeAll(() => {
    if (!secantusInstalled()) throw new Error('SecantusDB is not installed: run `npm run setup`');
  });

  it('keeps acknowledged data across a stop and a start on the same data directory', async () => {
    const dataDir = freshDataDir();
    const first = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    await withClient(first.uri, (client) =>
      client
        .db('durable')
        .collection('notes')
        .insertOne({ _id: 'kept' as never }),
    );
    await first.stop();
    expect(serverPidsFor(dataDir)).toEqual([]);

    const second = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    try {
      const found = await withClient(second.uri, (client) =>
        client
          .db('durable')
          .collection('notes')
          .findOne({ _id: 'kept' as never }),
      );
      expect(found).toEqual({ _id: 'kept' });
    } finally {
      await second.stop();
    }
  });

  it('restarts a server that died on the same port and data, and a connected client carries on', async () => {
    const dataDir = freshDataDir();
    const database = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    const client = await MongoClient.connect(database.uri, MONGO_CLIENT_OPTIONS);
    try {
      const notes = client.db('restart').collection<{ _id: string; n: number }>('notes');
      await notes.insertOne({ _id: 'a', n: 1 });
      const [killed] = serverPidsFor(dataDir);
      expect(killed).toBeDefined();
      process.kill(killed as number, 'SIGKILL');

      // The owner records a server once it accepts connections.
      const paths = secantusPaths(dataDir);
      await waitFor(() => (readServerRecord(paths)?.pid ?? killed) !== killed, 20_000, 'a new server');
      await notes.updateOne({ _id: 'a' }, { $inc: { n: 1 } });
      expect(await notes.findOne({ _id: 'a' })).toEqual({ _id: 'a', n: 2 });
      expect(readServerRecord(secantusPaths(dataDir))?.port).toBe(Number(new URL(database.uri).port));
    } finally {
      await client.close();
      await database.stop();
    }
    expect(serverPidsFor(dataDir)).toEqual([]);
  });

  it('lets a second process use the running server instead of opening the same files', async () => {
    const dataDir = freshDataDir();
    const owner = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    try {
      const seed = run('api/src/cli/seed.ts', [], { NPS_DATA_DIR: dataDir, NPS_EMBEDDED_DB: 'secantus' });
      expect(await seed.exited).toBe(0);
      expect(seed.output()).toContain(`run by process ${process.pid}`);
      expect(serverPidsFor(dataDir)).toHaveLength(1);
      const contacts = await withClient(owner.uri, (client) =>
        client.db('npsdesk').collection('contacts').countDocuments({ workspaceId: 'demo' }),
      );
      expect(contacts).toBeGreaterThan(0);
    } finally {
      await owner.stop();
    }
  });

  it('hands the server over when its owner stops: an attached process runs it on the same port', async () => {
    const dataDir = freshDataDir();
    const owner = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    const attached: EmbeddedDatabase = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    expect(attached.role).toBe('attached');
    expect(attached.uri).toBe(owner.uri);
    const client = await MongoClient.connect(attached.uri, MONGO_CLIENT_OPTIONS);
    try {
      const notes = client.db('handover').collection<{ _id: string }>('notes');
      await notes.insertOne({ _id: 'before' });
      const [first] = serverPidsFor(dataDir);
      await owner.stop();

      await waitFor(() => serverPidsFor(dataDir).some((pid) => pid !== first), 30_000, 'the takeover');
      await notes.insertOne({ _id: 'after' });
      expect(await notes.countDocuments()).toBe(2);
    } finally {
      await client.close();
      await attached.stop();
    }
    expect(serverPidsFor(dataDir)).toEqual([]);
  });
});

describe('the API process and its embedded database', () => {
  it('runs the server in its own process group, and on SIGINT to its group drains, stops it and exits', async () => {
    const dataDir = freshDataDir();
    const port = await freePort();
    const api = run('api/src/main.ts', [], { NPS_DATA_DIR: dataDir, PORT: String(port), NPS_EMBEDDED_DB: 'secantus' });
    await waitFor(() => api.output().includes('GraphQL API at'), 60_000, 'the API to listen');
    const [server] = serverPidsFor(dataDir);
    expect(server).toBeDefined();
    expect(processGroupOf(server as number)).not.toBe(processGroupOf(api.child.pid as number));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    process.kill(-(api.child.pid as number), 'SIGINT');
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('stopped');
    expect(serverPidsFor(dataDir)).toEqual([]);
  });

  it('leaves no server behind when startup fails (port taken)', async () => {
    const dataDir = freshDataDir();
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const api = run('api/src/main.ts', [], {
        NPS_DATA_DIR: dataDir,
        PORT: String(port),
        NPS_EMBEDDED_DB: 'secantus',
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain('EADDRINUSE');
      expect(serverPidsFor(dataDir)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('stops a server orphaned by a killed API before starting again, with the data intact', async () => {
    const dataDir = freshDataDir();
    const env = { NPS_DATA_DIR: dataDir, PORT: String(await freePort()), NPS_EMBEDDED_DB: 'secantus' };
    const first = run('api/src/main.ts', ['--seed'], env);
    await waitFor(() => first.output().includes('GraphQL API at'), 60_000, 'the first API');
    const seeded = await withClient(readServerUri(dataDir), (client) =>
      client.db('npsdesk').collection('contacts').countDocuments({ workspaceId: 'demo' }),
    );
    expect(seeded).toBeGreaterThan(3);
    const [orphan] = serverPidsFor(dataDir);
    first.child.kill('SIGKILL'); // the API alone: its server lives on in its own group
    await first.exited;
    expect(serverPidsFor(dataDir)).toEqual([orphan]);

    const second = run('api/src/main.ts', [], env);
    await waitFor(() => second.output().includes('GraphQL API at'), 60_000, 'the second API');
    const servers = serverPidsFor(dataDir);
    expect(servers).toHaveLength(1);
    expect(servers).not.toContain(orphan);
    const contacts = await withClient(readServerUri(dataDir), (client) =>
      client.db('npsdesk').collection('contacts').countDocuments({ workspaceId: 'demo' }),
    );
    expect(contacts).toBe(seeded);

    process.kill(-(second.child.pid as number), 'SIGTERM');
    expect(await second.exited).toBe(0);
    expect(serverPidsFor(dataDir)).toEqual([]);
  });

  it('`npm run db -- status` says which server is used, where its data is and whether it runs', async () => {
    const dataDir = freshDataDir();
    const idle = run('api/src/cli/db.ts', ['status'], { NPS_DATA_DIR: dataDir, NPS_EMBEDDED_DB: 'secantus' });
    expect(await idle.exited).toBe(0);
    expect(idle.output()).toContain(`data: ${secantusPaths(dataDir).store}`);
    expect(idle.output()).toContain('running: no');

    const database = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
    try {
      const busy = run('api/src/cli/db.ts', ['status'], { NPS_DATA_DIR: dataDir, NPS_EMBEDDED_DB: 'secantus' });
      expect(await busy.exited).toBe(0);
      expect(busy.output()).toContain(`running: yes, pid ${serverPidsFor(dataDir)[0]} at ${database.uri}`);
    } finally {
      await database.stop();
    }

    const remote = run('api/src/cli/db.ts', ['status'], { MONGODB_URI: 'mongodb://user:secret@db.example:27017/' });
    expect(await remote.exited).toBe(0);
    expect(remote.output()).toContain('MongoDB at MONGODB_URI (mongodb://***@db.example:27017/)');
    expect(remote.output()).not.toContain('secret');
  });
});
