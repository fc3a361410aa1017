// An answer the API acknowledged must still be there after the database server crashes
// and comes back: survey tools do not send it again.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { MONGO_CLIENT_OPTIONS } from '../../api/src/db/client-options';
import { readServerRecord, secantusPaths, startEmbeddedDatabase } from '../../api/src/db/embedded';

const WRITERS = 20;
const WRITES_EACH = 60;
/** The crash comes once this many writes were acknowledged: mid-stream for the others. */
const CRASH_AFTER = (WRITERS * WRITES_EACH) / 3;

interface CrashTarget {
  uri: string;
  /** Kills the server outright and returns once it answers again. */
  crashAndRestart(): Promise<void>;
  close(): Promise<void>;
}

async function pingUntilUp(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new MongoClient(uri, { ...MONGO_CLIENT_OPTIONS, serverSelectionTimeoutMS: 1_000 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      await client.close();
    }
  }
}

/**
 * The server to crash: the run's own server when NPS_DB_RESTART_COMMAND says how to crash
 * and restart it (e.g. `docker kill mongo && docker start mongo`); otherwise, on an embedded
 * run, an embedded server of this test alone (the run's is shared by every test file).
 */
async function crashTarget(): Promise<CrashTarget> {
  const restartCommand = process.env.NPS_DB_RESTART_COMMAND;
  const runUri = process.env.NPS_TEST_MONGODB_URI;
  if (restartCommand && runUri) {
    return {
      uri: runUri,
      crashAndRestart: async () => {
        execSync(restartCommand, { stdio: 'inherit' });
        await pingUntilUp(runUri, 60_000);
      },
      close: async () => undefined,
    };
  }
  if (!process.env.NPS_TEST_DATA_DIR) {
    throw new Error(
      'This run uses MONGODB_URI: set NPS_DB_RESTART_COMMAND to a command that kills the server outright ' +
        'and starts it again, so that the suite can check what survives a crash.',
    );
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-durability-'));
  const database = await startEmbeddedDatabase({ kind: 'secantus', dataDir });
  const paths = secantusPaths(dataDir);
  return {
    uri: database.uri,
    crashAndRestart: async () => {
      const crashed = readServerRecord(paths)?.pid;
      if (!crashed) throw new Error('the embedded server recorded no pid');
      process.kill(crashed, 'SIGKILL');
      // Its supervisor starts a new one on the same port and data.
      const deadline = Date.now() + 30_000;
      while ((readServerRecord(paths)?.pid ?? crashed) === crashed) {
        if (Date.now() > deadline) throw new Error('the embedded server was not restarted');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await pingUntilUp(database.uri, 30_000);
    },
    close: async () => {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test(`every write acknowledged before a crash of the server is there after its restart (${WRITERS} writers)`, async () => {
  const target = await crashTarget();
  const dbName = `conformance_durability_${process.pid}_${Date.now()}`;
  const clients = Array.from({ length: WRITERS }, () => new MongoClient(target.uri, MONGO_CLIENT_OPTIONS));
  const acknowledged: string[] = [];
  let crash: Promise<void> | null = null;
  try {
    await Promise.all(
      clients.map(async (client, writer) => {
        const answers = client.db(dbName).collection<{ _id: string; writer: number }>('answers');
        for (let index = 0; index < WRITES_EACH; index += 1) {
          const _id = `w${writer}-${index}`;
          try {
            await answers.insertOne({ _id, writer });
            acknowledged.push(_id);
          } catch {
            // Not acknowledged (the server was down): the sender would retry; not counted.
          }
          if (acknowledged.length >= CRASH_AFTER && !crash) crash = target.crashAndRestart();
        }
      }),
    );
    await crash;
    expect(crash).not.toBeNull();

    const reader = new MongoClient(target.uri, MONGO_CLIENT_OPTIONS);
    try {
      const stored = await reader
        .db(dbName)
        .collection<{ _id: string }>('answers')
        .find({}, { projection: { _id: 1 } })
        .toArray();
      const storedIds = new Set(stored.map((doc) => doc._id));
      expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
      await reader.db(dbName).dropDatabase();
    } finally {
      await reader.close();
    }
  } finally {
    await Promise.all(clients.map((client) => client.close()));
    await target.close();
  }
});
