import { randomUUID } from 'node:crypto';
import { MongoClient, type Db, type ObjectId } from 'mongodb';
import mongoose from 'mongoose';
import { Webhook } from 'standardwebhooks';
import { MONGO_CLIENT_OPTIONS } from '../api/src/db/client-options';
import { snapshotFromLatest } from '../api/src/loyalty';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import {
  cleanUp,
  embeddedPort,
  freePort,
  graphql,
  processAlive,
  serverPidsFor,
  signal,
  sleep,
  spawnApi,
  startExternalServer,
  tempDir,
  waitFor,
  waitUntilServing,
  type ApiProcess,
  type GraphQLAnswer,
} from './support/api-process';

// Faults as an operator meets them, on the real API process with a real database: a
// termination signal mid-request, the database dying or stopped, and the API and its
// database killed outright in the middle of concurrent ingestion.

const DB_NAME = 'faults';
/** What a request may take while the database is gone: two waits of DATABASE_WAIT_MS (5 s: the rate limiter, which fails open, then the request), plus room for a busy machine. */
const UNAVAILABLE_BOUND_MS = 15_000;
/** Shutdown after the signal (and after the in-flight requests were answered). */
const SHUTDOWN_BOUND_MS = 10_000;

afterAll(() => {
  cleanUp();
});

const RECORD = /* GraphQL */ `
  mutation FaultsRecord($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      duplicate
      response {
        id
        sourceId
      }
      contact {
        id
        loyalty {
          responseCount
        }
      }
    }
  }
`;

const CONTACT = /* GraphQL */ `
  query FaultsContact($externalId: String!) {
    contact(externalId: $externalId) {
      id
      loyalty {
        responseCount
      }
    }
  }
`;

interface RecordData {
  responseRecord: {
    duplicate: boolean;
    response: { id: string; sourceId: string };
    contact: { id: string; loyalty: { responseCount: number } };
  };
}

function answer(externalId: string, sourceId: string, score = 9, minutesAgo = 60): Record<string, unknown> {
  return {
    contact: { externalId },
    score,
    channel: 'email',
    answeredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    source: 'faults',
    sourceId,
  };
}

async function withDb<T>(port: number, work: (db: Db) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(`mongodb://127.0.0.1:${port}/?directConnection=true`, MONGO_CLIENT_OPTIONS);
  try {
    return await work(client.db(DB_NAME));
  } finally {
    await client.close();
  }
}

async function startApi(dataDir: string, options: { port?: number; seed?: boolean } = {}): Promise<ApiProcess> {
  const api = await spawnApi({
    dataDir,
    port: options.port,
    args: options.seed === false ? [] : ['--seed'],
    env: { MONGODB_DB_NAME: DB_NAME },
  });
  await waitUntilServing(api);
  return api;
}

/**
 * A responseRecord that stays in flight for about `holdMs`: the contact's recording lease is
 * taken (as another process working on it would), so the request waits for it after
 * storing the answer, then finishes the recording and answers.
 */
async function slowRecord(
  api: ApiProcess,
  dataDir: string,
  holdMs: number,
): Promise<{ sourceId: string; answered: Promise<GraphQLAnswer<RecordData> & { at: number }> }> {
  const externalId = `slow-${randomUUID()}`;
  const first = await graphql<RecordData>(api.baseUrl, RECORD, { input: answer(externalId, `${externalId}-1`) });
  expect(first.errors).toBeUndefined();
  const contactId = first.data!.responseRecord.contact.id;
  const port = embeddedPort(dataDir);
  await withDb(port, (db) =>
    db.collection<{ _id: string; workspaceId: string; owner: string; until: Date }>('recording_leases').insertOne({
      _id: `demo|${contactId}`,
      workspaceId: 'demo',
      owner: 'faults-test',
      until: new Date(Date.now() + holdMs),
    }),
  );
  const sourceId = `${externalId}-2`;
  const answered = graphql<RecordData>(api.baseUrl, RECORD, { input: answer(externalId, sourceId, 3, 30) }).then(
    (result) => ({ ...result, at: Date.now() }),
  );
  // In flight: the answer is stored and waits for the lease.
  await waitFor(
    () => withDb(port, async (db) => (await db.collection('responses').countDocuments({ sourceId })) === 1),
    20_000,
    'the slow request to store its answer',
  );
  return { sourceId, answered };
}

describe('shutdown on SIGTERM / SIGINT', () => {
  test.each([
    ['SIGTERM', 'the API process'],
    ['SIGINT', 'the whole process group'],
  ] as const)(
    '%s to %s: the in-flight request is answered, then the process exits 0 within 10 s and its database is gone',
    async (signalName, target) => {
      const dataDir = tempDir('shutdown');
      const api = await startApi(dataDir);
      const [server] = serverPidsFor(dataDir);
      expect(server).toBeDefined();
      const slow = await slowRecord(api, dataDir, 3_000);

      const signalledAt = Date.now();
      signal(target === 'the API process' ? api.pid : -api.pid, signalName);
      const answered = await slow.answered;
      const exit = await api.exited;

      expect(answered.status).toBe(200);
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.responseRecord.response.sourceId).toBe(slow.sourceId);
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(answered.at - signalledAt + SHUTDOWN_BOUND_MS);
      expect(exit.at - signalledAt).toBeLessThan(SHUTDOWN_BOUND_MS);
      expect(processAlive(server!)).toBe(false);
      expect(serverPidsFor(dataDir)).toEqual([]);
      console.log(
        `[faults] ${signalName} to ${target}: in-flight answer after ${answered.at - signalledAt} ms, ` +
          `exit 0 after ${exit.at - signalledAt} ms`,
      );
    },
    180_000,
  );

  test('a second signal ends the process at once (exit 1), and its database stops with it', async () => {
    const dataDir = tempDir('second-signal');
    const api = await startApi(dataDir);
    const [server] = serverPidsFor(dataDir);
    // Held far longer than the drain would wait for it.
    const slow = await slowRecord(api, dataDir, 60_000);
    const cut = slow.answered.then(
      () => 'answered',
      () => 'cut',
    );

    signal(api.pid, 'SIGTERM');
    // Still draining: the held request has not been answered.
    await sleep(1_000);
    expect(processAlive(api.pid)).toBe(true);
    const secondAt = Date.now();
    signal(api.pid, 'SIGTERM');
    const exit = await api.exited;

    expect(exit.code).toBe(1);
    expect(exit.at - secondAt).toBeLessThan(3_000);
    expect(await cut).toBe('cut');
    // Its exit handler sends the server SIGTERM: no orphan.
    await waitFor(() => !processAlive(server!), 15_000, 'the embedded database to stop');
    console.log(`[faults] second SIGTERM: exit 1 after ${exit.at - secondAt} ms`);
  }, 180_000);
});

/** `Class: message (code)` of the error a JSON log line carries, or its message. */
function loggedErrorOf(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; code?: unknown } };
    if (!entry.err) return entry.msg ?? '';
    return `${entry.err.type}: ${entry.err.message?.slice(0, 200)} (code ${String(entry.err.code)})`;
  } catch {
    return line.slice(0, 200);
  }
}

interface ServiceUnavailableCheck {
  status: number;
  took: number;
  code: unknown;
}

/** A failed request while the database is away: 503, SERVICE_UNAVAILABLE, nothing about the server. */
function expectServiceUnavailable(result: GraphQLAnswer<unknown>, port: number): ServiceUnavailableCheck {
  expect(result.status).toBe(503);
  expect(result.headers.get('retry-after')).toBe('5');
  expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  const text = JSON.stringify(result.errors);
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toContain(String(port));
  expect(text).not.toMatch(/mongo|ECONNREFUSED|selection/i);
  return { status: result.status, took: result.took, code: result.errors?.[0]?.extensions?.code };
}

describe('the database goes away and comes back', () => {
  test('the embedded database is SIGKILLed: requests answer or fail with 503 within the bound, and succeed again once it is restarted', async () => {
    const dataDir = tempDir('embedded-dies');
    const api = await startApi(dataDir);
    const port = embeddedPort(dataDir);
    const before = await graphql(api.baseUrl, CONTACT, { externalId: 'zd-1001' });
    expect(before.status).toBe(200);
    const [killed] = serverPidsFor(dataDir);

    const killedAt = Date.now();
    signal(killed!, 'SIGKILL');
    const acknowledged: string[] = [];
    const outcomes: string[] = [];
    let firstSuccessAfter: number | null = null;
    let successesInARow = 0;
    let attempt = 0;
    let slowest = 0;
    while (successesInARow < 3) {
      if (Date.now() - killedAt > 60_000) throw new Error(`no recovery within 60 s: ${outcomes.join(', ')}`);
      attempt += 1;
      const sourceId = `embedded-dies-${attempt}`;
      const [read, write] = await Promise.all([
        graphql(api.baseUrl, CONTACT, { externalId: 'zd-1001' }),
        graphql<RecordData>(api.baseUrl, RECORD, { input: answer('embedded-dies', sourceId, attempt % 11) }),
      ]);
      for (const result of [read, write]) {
        slowest = Math.max(slowest, result.took);
        expect(result.took).toBeLessThan(UNAVAILABLE_BOUND_MS);
        if (result.status === 500) {
          // Say first (CI shortens long output) which failure was not recognised as the
          // database being away, as the API logged it: its class and message.
          const logged = api
            .output()
            .split('\n')
            .filter((line) => line.includes('"level":50'));
          const unrecognised = logged.map(loggedErrorOf).filter(Boolean).slice(-3).join(' | ');
          throw new Error(`HTTP 500 while the database restarted: ${unrecognised}\n${logged.slice(-3).join('\n')}`);
        }
        if (result.status !== 200) expectServiceUnavailable(result, port);
        else expect(result.errors).toBeUndefined();
      }
      if (write.status === 200) acknowledged.push(sourceId);
      const ok = read.status === 200 && write.status === 200;
      outcomes.push(`${read.status}/${write.status}`);
      successesInARow = ok ? successesInARow + 1 : 0;
      if (ok && firstSuccessAfter === null) firstSuccessAfter = Date.now() - killedAt;
      if (!ok) await sleep(250);
    }
    // The owner restarted it on the same port; the driver reconnected by itself.
    const [restarted] = serverPidsFor(dataDir);
    expect(restarted).not.toBe(killed);
    expect(embeddedPort(dataDir)).toBe(port);
    expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
    const stored = await withDb(port, (db) =>
      db
        .collection('responses')
        .find({ source: 'faults', sourceId: { $in: acknowledged } })
        .toArray(),
    );
    expect(stored.map((doc) => doc.sourceId as string).sort()).toEqual([...acknowledged].sort());
    console.log(
      `[faults] embedded database SIGKILLed: first success after ${firstSuccessAfter} ms, ` +
        `slowest request ${slowest} ms, outcomes ${outcomes.join(' ')}`,
    );

    signal(api.pid, 'SIGTERM');
    expect((await api.exited).code).toBe(0);
    expect(serverPidsFor(dataDir)).toEqual([]);
  }, 240_000);

  test('an external database (MONGODB_URI) stopped and started again: 503 within the bound while it is away, /readyz says so, service resumes by itself; SIGTERM while it is away still stops the API', async () => {
    const store = tempDir('external-db');
    const dbPort = await freePort();
    let database = await startExternalServer(store, dbPort);
    const api = await spawnApi({ args: ['--seed'], env: { MONGODB_URI: database.uri, MONGODB_DB_NAME: DB_NAME } });
    await waitUntilServing(api);
    const recorded = await graphql<RecordData>(api.baseUrl, RECORD, { input: answer('external', 'external-1') });
    expect(recorded.errors).toBeUndefined();

    signal(database.pid, 'SIGKILL');
    await waitFor(() => !processAlive(database.pid), 10_000, 'the database to die');
    const downAt = Date.now();
    const read = await graphql(api.baseUrl, CONTACT, { externalId: 'external' });
    const write = await graphql(api.baseUrl, RECORD, { input: answer('external', 'external-2') });
    const readCheck = expectServiceUnavailable(read, dbPort);
    const writeCheck = expectServiceUnavailable(write, dbPort);
    expect(read.took).toBeLessThan(UNAVAILABLE_BOUND_MS);
    expect(write.took).toBeLessThan(UNAVAILABLE_BOUND_MS);
    const readyStarted = Date.now();
    const ready = await fetch(`${api.baseUrl}/readyz`);
    const readyTook = Date.now() - readyStarted;
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable' });
    expect(readyTook).toBeLessThan(5_000);
    const health = await fetch(`${api.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(processAlive(api.pid)).toBe(true);

    database = await startExternalServer(store, dbPort);
    const upAt = Date.now();
    let recoveredAfter = 0;
    await waitFor(
      async () => {
        const result = await graphql<RecordData>(api.baseUrl, RECORD, { input: answer('external', 'external-3') });
        recoveredAfter = Date.now() - upAt;
        return result.status === 200 && result.errors === undefined;
      },
      30_000,
      'requests to succeed again',
    );
    expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
    const after = await graphql<{ contact: { loyalty: { responseCount: number } } }>(api.baseUrl, CONTACT, {
      externalId: 'external',
    });
    // external-1 (before) and external-3 (after); external-2 was refused while it was down.
    expect(after.data?.contact.loyalty.responseCount).toBe(2);
    console.log(
      `[faults] external database down: read 503 after ${readCheck.took} ms, write 503 after ${writeCheck.took} ms, ` +
        `/readyz 503 after ${readyTook} ms; ${Date.now() - downAt} ms down; ` +
        `first success ${recoveredAfter} ms after its restart`,
    );

    // And it stops within the bound while its database is away again.
    signal(database.pid, 'SIGKILL');
    await waitFor(() => !processAlive(database.pid), 10_000, 'the database to die again');
    await waitFor(async () => (await fetch(`${api.baseUrl}/readyz`)).status === 503, 10_000, '/readyz to say so');
    const signalledAt = Date.now();
    signal(api.pid, 'SIGTERM');
    const exit = await api.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan(SHUTDOWN_BOUND_MS);
    console.log(`[faults] SIGTERM while the external database is down: exit 0 after ${exit.at - signalledAt} ms`);
  }, 240_000);
});

// --- SIGKILL in the middle of concurrent ingestion ---------------------------------------------

const CLIENTS = 8;
/** Clients that deliver through the signed Standard Webhooks endpoint instead of GraphQL. */
const WEBHOOK_CLIENTS = new Set([6, 7]);
const CONTACTS = 6;

interface Delivery {
  sourceId: string;
  client: number;
  input: Record<string, unknown>;
  acknowledged: boolean;
}

/** Every answer a client sent, and whether the API acknowledged it (2xx with the answer). */
class Ledger {
  readonly deliveries = new Map<string, Delivery>();
  failuresBeforeKill: string[] = [];

  acknowledgedCount(): number {
    return [...this.deliveries.values()].filter((delivery) => delivery.acknowledged).length;
  }
}

function ingestionAnswer(round: number, client: number, index: number): Record<string, unknown> {
  // Clients share contacts, so their answers race for the same contacts' leases and snapshots.
  const externalId = `kill-${(client + index) % CONTACTS}`;
  const minutes = round * 10_000 + client * 1_000 + index;
  return {
    contact: { externalId },
    score: (client * 7 + index * 3 + round) % 11,
    channel: 'email',
    answeredAt: new Date(Date.UTC(2026, 5, 1) + minutes * 60_000).toISOString(),
    source: 'faults',
    sourceId: `r${round}-c${client}-${index}`,
  };
}

/** Sends one delivery; true when acknowledged. Throws when no HTTP answer came. */
async function deliver(
  baseUrl: string,
  client: number,
  input: Record<string, unknown>,
  webhookSecret: string,
): Promise<{ acknowledged: boolean; duplicate: boolean | null; detail: string }> {
  if (WEBHOOK_CLIENTS.has(client)) {
    const body = JSON.stringify(input);
    const id = `msg_${randomUUID()}`;
    const timestamp = new Date();
    const response = await fetch(`${baseUrl}/hooks/demo/standard`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': new Webhook(webhookSecret).sign(id, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const answerBody = (await response.json()) as { duplicate?: boolean; responseId?: string };
    const acknowledged = response.status === 200 && typeof answerBody.responseId === 'string';
    return {
      acknowledged,
      duplicate: answerBody.duplicate ?? null,
      detail: `${response.status} ${JSON.stringify(answerBody)}`,
    };
  }
  const result = await graphql<RecordData>(baseUrl, RECORD, { input });
  const acknowledged = result.status === 200 && !result.errors && result.data?.responseRecord != null;
  return {
    acknowledged,
    duplicate: result.data?.responseRecord?.duplicate ?? null,
    detail: `${result.status} ${JSON.stringify(result.errors)}`,
  };
}

/** Clients posting answers as fast as they are answered, until the API is killed under them. */
function ingest(baseUrl: string, ledger: Ledger, round: number, webhookSecret: string) {
  let killed = false;
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    for (let index = 0; !killed; index += 1) {
      const input = ingestionAnswer(round, client, index);
      const delivery: Delivery = { sourceId: input.sourceId as string, client, input, acknowledged: false };
      ledger.deliveries.set(delivery.sourceId, delivery);
      try {
        const outcome = await deliver(baseUrl, client, input, webhookSecret);
        delivery.acknowledged = outcome.acknowledged;
        if (!outcome.acknowledged && !killed) ledger.failuresBeforeKill.push(`${delivery.sourceId}: ${outcome.detail}`);
      } catch {
        // No answer: the process died under the request (or refuses connections).
      }
    }
  });
  return {
    killed: () => (killed = true),
    done: Promise.all(clients),
  };
}

/** SIGKILL to the API's process group and to its database's (a process group of its own). */
async function killEverything(api: ApiProcess, dataDir: string): Promise<void> {
  const servers = serverPidsFor(dataDir);
  signal(-api.pid, 'SIGKILL');
  for (const pid of servers) signal(-pid, 'SIGKILL');
  await api.exited;
  await waitFor(() => serverPidsFor(dataDir).length === 0, 10_000, 'the database to die');
}

interface ConsistencyReport {
  responses: number;
  pending: number;
  aggregateDifferences: string[];
  snapshotMismatches: string[];
  duplicates: string[];
}

/** What the API left in its database, checked against the raw answers (mongoose on its server). */
async function checkConsistency(port: number): Promise<ConsistencyReport> {
  const connection = await mongoose.connect(`mongodb://127.0.0.1:${port}/?directConnection=true`, {
    ...MONGO_CLIENT_OPTIONS,
    dbName: DB_NAME,
  });
  try {
    const db = connection.connection.db!;
    const responses = db.collection<{
      _id: ObjectId;
      contactId: ObjectId;
      metric: string;
      score: number;
      comment: string | null;
      answeredAt: Date;
      source: string;
      sourceId: string;
      pending: string[];
    }>('responses');
    const all = await responses.find({ workspaceId: 'demo' }).toArray();
    const pending = all.filter((doc) => doc.pending.length > 0).length;
    const seen = new Map<string, number>();
    for (const doc of all)
      seen.set(`${doc.source}/${doc.sourceId}`, (seen.get(`${doc.source}/${doc.sourceId}`) ?? 0) + 1);
    const duplicates = [...seen].filter(([, count]) => count > 1).map(([key]) => key);

    const snapshotMismatches: string[] = [];
    const contacts = await db
      .collection<{ _id: ObjectId; externalId: string; loyalty: Record<string, unknown> }>('contacts')
      .find({ workspaceId: 'demo' })
      .toArray();
    for (const contact of contacts) {
      const nps = all
        .filter((doc) => doc.contactId.equals(contact._id) && doc.metric === 'NPS')
        .sort(
          (a, b) =>
            b.answeredAt.getTime() - a.answeredAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString()),
        );
      const [latest, previous] = nps;
      const expected = {
        ...snapshotFromLatest(latest ?? null, previous ?? null, nps.length),
        latestResponseId: latest?._id ?? null,
      };
      const actual = JSON.stringify(contact.loyalty, Object.keys(expected).sort());
      const wanted = JSON.stringify(expected, Object.keys(expected).sort());
      if (actual !== wanted) snapshotMismatches.push(`${contact.externalId}: stored ${actual}, expected ${wanted}`);
    }
    const { differences } = await verifyAggregates('demo');
    return { responses: all.length, pending, aggregateDifferences: differences, snapshotMismatches, duplicates };
  } finally {
    await mongoose.disconnect();
  }
}

async function addWebhookSecret(baseUrl: string): Promise<string> {
  const result = await graphql<{ webhookSecretAdd: { secret: string } }>(
    baseUrl,
    `
      mutation FaultsSecret {
        webhookSecretAdd(input: { provider: STANDARD, label: "faults" }) {
          secret
        }
      }
    `,
    {},
    { role: 'admin' },
  );
  const secret = result.data?.webhookSecretAdd.secret;
  if (!secret) throw new Error(`webhookSecretAdd failed: ${JSON.stringify(result.errors)}`);
  return secret;
}

/** When to kill, per round: after so many acknowledged answers, or so long after the clients started. */
const KILL_MOMENTS = [
  { round: 1, what: 'after the first 4 acknowledged answers (contacts still being created)', acknowledged: 4 },
  { round: 2, what: 'after 40 acknowledged answers', acknowledged: 40 },
  { round: 3, what: '1.5 s after the clients started', afterMs: 1_500 },
] as const;

test('SIGKILL of the API and its database mid-ingestion, three times: no acknowledged answer lost, none duplicated by retries, snapshots and report aggregates consistent right after the restart', async () => {
  const dataDir = tempDir('kill');
  const port = await freePort();
  let api = await startApi(dataDir, { port });
  const webhookSecret = await addWebhookSecret(api.baseUrl);
  const ledger = new Ledger();
  const figures: string[] = [];

  for (const moment of KILL_MOMENTS) {
    const roundStart = Date.now();
    const ackedBefore = ledger.acknowledgedCount();
    const clients = ingest(api.baseUrl, ledger, moment.round, webhookSecret);
    if ('afterMs' in moment) await sleep(moment.afterMs);
    else {
      await waitFor(
        () => ledger.acknowledgedCount() - ackedBefore >= moment.acknowledged,
        120_000,
        `${moment.acknowledged} acknowledged answers`,
      );
    }
    clients.killed();
    await killEverything(api, dataDir);
    await clients.done;
    const inRound = [...ledger.deliveries.values()].filter((delivery) =>
      delivery.sourceId.startsWith(`r${moment.round}-`),
    );
    const acknowledged = inRound.filter((delivery) => delivery.acknowledged);
    expect(ledger.failuresBeforeKill).toEqual([]);

    // Restarted on the same data: the startup sweep finishes what the kill left half-recorded.
    const restartedAt = Date.now();
    api = await startApi(dataDir, { port, seed: false });
    await waitFor(
      () => api.output().includes('recording sweep at startup: done'),
      60_000,
      `the startup sweep (output so far:\n${api.output()})`,
    );
    const sweptAfter = Date.now() - restartedAt;
    const sweptContacts = /finished the pending answers of (\d+) contacts/.exec(api.output())?.[1] ?? '0';
    const afterSweep = await checkConsistency(embeddedPort(dataDir));
    expect(afterSweep.pending).toBe(0);
    expect(afterSweep.duplicates).toEqual([]);
    expect(afterSweep.snapshotMismatches).toEqual([]);
    expect(afterSweep.aggregateDifferences).toEqual([]);

    // The clients retry every unacknowledged answer and every third acknowledged one.
    const retried = inRound.filter((delivery, index) => !delivery.acknowledged || index % 3 === 0);
    let storedBeforeTheKill = 0;
    for (const delivery of retried) {
      let outcome: Awaited<ReturnType<typeof deliver>> | null = null;
      for (let attempt = 0; attempt < 5 && !outcome?.acknowledged; attempt += 1) {
        if (attempt > 0) await sleep(1_000);
        outcome = await deliver(api.baseUrl, delivery.client, delivery.input, webhookSecret).catch(() => null);
      }
      expect(outcome?.acknowledged).toBe(true);
      if (delivery.acknowledged) expect(outcome?.duplicate).toBe(true);
      else if (outcome?.duplicate) storedBeforeTheKill += 1;
      delivery.acknowledged = true;
    }

    const afterRetries = await checkConsistency(embeddedPort(dataDir));
    expect(afterRetries.pending).toBe(0);
    expect(afterRetries.duplicates).toEqual([]);
    expect(afterRetries.snapshotMismatches).toEqual([]);
    expect(afterRetries.aggregateDifferences).toEqual([]);
    // Every answer ever acknowledged is stored, exactly once, and nothing else of these clients.
    const stored = await withDb(embeddedPort(dataDir), (db) =>
      db
        .collection<{ sourceId: string; score: number }>('responses')
        .find({ source: 'faults' }, { projection: { sourceId: 1, score: 1 } })
        .toArray(),
    );
    const everAcknowledged = [...ledger.deliveries.values()].filter((delivery) => delivery.acknowledged);
    expect(stored.map((doc) => doc.sourceId).sort()).toEqual(
      everAcknowledged.map((delivery) => delivery.sourceId).sort(),
    );
    for (const doc of stored) expect(doc.score).toBe(ledger.deliveries.get(doc.sourceId)!.input.score);

    figures.push(
      `round ${moment.round} (killed ${moment.what}, ${Date.now() - roundStart} ms): ${inRound.length} sent, ` +
        `${acknowledged.length} acknowledged, ${inRound.length - acknowledged.length} unacknowledged ` +
        `(${storedBeforeTheKill} of them stored before the kill), ${retried.length} retried; ` +
        `restart + startup sweep ${sweptAfter} ms (it finished the half-recorded answers of ${sweptContacts} ` +
        `contacts); ${afterRetries.responses} responses stored, 0 pending, ` +
        `0 aggregate differences`,
    );
  }
  console.log(`[faults] SIGKILL mid-ingestion:\n  ${figures.join('\n  ')}`);

  signal(api.pid, 'SIGTERM');
  expect((await api.exited).code).toBe(0);
  expect(serverPidsFor(dataDir)).toEqual([]);
}, 600_000);
