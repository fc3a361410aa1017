// Report aggregates are `$inc` upserts by a deterministic _id, written by every API process
// at once without transactions: an increment must never be lost between connections.
import { MongoBulkWriteError, type Collection } from 'mongodb';
import { openTestDatabase, tallyRace, withClients, type TestDatabase } from './support';

const CLIENTS = 50;
/** The month documents one answer counts in: one per series (workspace-wide, its plan, its region). */
const SERIES_DOC_IDS = ['acme|all|~|2026-06', 'acme|plan|pro|2026-06', 'acme|region|emea|2026-06'];

interface CounterDoc {
  _id: string;
  workspaceId?: string;
  days?: Record<string, { promoters?: number }>;
}

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('increments');
});

afterAll(async () => {
  await database.drop();
});

/**
 * One answer counted the way the product writes reports: one unordered bulk of `$inc`
 * upserts, one per series. Two first upserts of one _id may both try to insert and one is
 * refused with a duplicate key; the product retries the refused operations, found by their
 * index in the bulk (the document exists then, so the retry updates it).
 */
async function countAnswer(collection: Collection<CounterDoc>): Promise<void> {
  let pending = SERIES_DOC_IDS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await collection.bulkWrite(
        pending.map((_id) => ({
          updateOne: {
            filter: { _id },
            update: { $inc: { 'days.d07.promoters': 1 }, $setOnInsert: { workspaceId: 'acme' } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
      return;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError) || attempt >= 3) throw error;
      const failures = [error.writeErrors].flat();
      if (failures.length === 0 || failures.some((failure) => failure.code !== 11000)) throw error;
      pending = failures.map((failure) => pending[failure.index]).filter((_id) => _id !== undefined);
    }
  }
}

test(`${CLIENTS} clients each $inc one counter of one document once: the counter is exactly ${CLIENTS}`, async () => {
  const counters = database.db.collection<CounterDoc>('counters');
  await counters.insertOne({ _id: 'acme|existing', days: { d07: { promoters: 0 } } });

  const outcome = await withClients(CLIENTS, (clients) =>
    tallyRace(
      clients.map((client) =>
        client
          .db(database.name)
          .collection<CounterDoc>('counters')
          .updateOne({ _id: 'acme|existing' }, { $inc: { 'days.d07.promoters': 1 } }),
      ),
    ),
  );

  expect(outcome.otherErrors).toEqual([]);
  expect(outcome.succeeded.map((result) => result.modifiedCount)).toEqual(Array(CLIENTS).fill(1));
  const stored = await counters.findOne({ _id: 'acme|existing' });
  expect(stored?.days?.d07?.promoters).toBe(CLIENTS);
});

test(`${CLIENTS} clients each count one answer in ${SERIES_DOC_IDS.length} fresh documents by bulk $inc upserts, retrying duplicate keys: each counts ${CLIENTS}`, async () => {
  const counters = database.db.collection<CounterDoc>('counters');

  const outcome = await withClients(CLIENTS, (clients) =>
    tallyRace(clients.map((client) => countAnswer(client.db(database.name).collection<CounterDoc>('counters')))),
  );

  expect(outcome.otherErrors).toEqual([]);
  expect(outcome.duplicateKeys).toBe(0);
  expect(outcome.succeeded).toHaveLength(CLIENTS);
  expect(
    await counters
      .find({ _id: { $in: SERIES_DOC_IDS } })
      .sort({ _id: 1 })
      .toArray(),
  ).toEqual(SERIES_DOC_IDS.map((_id) => ({ _id, workspaceId: 'acme', days: { d07: { promoters: CLIENTS } } })));
});
