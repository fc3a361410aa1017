// An import batch's thousands of document writes go in one transaction where the server has
// transactions (api/src/db/commit-group.ts), and in tagged steps where it has none or refuses
// one. What that relies on: a server that says it is a replica set (or mongos) commits a
// transaction all at once and shows nothing of it before; one aborted or refused leaves
// nothing; a refusal is a server error. A standalone server refuses a transaction with a
// server error too, so the writes go the other way.
import { MongoServerError } from 'mongodb';
import { newClient, openTestDatabase, type TestDatabase } from './support';

interface CountsDoc {
  _id: string;
  n: number;
}

let database: TestDatabase;
let hasTransactions: boolean;

beforeAll(async () => {
  database = await openTestDatabase('transactions');
  const hello = await database.client.db('admin').command({ hello: 1 });
  hasTransactions = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
  // A collection cannot be created inside a transaction on every server version.
  await database.db.createCollection('counts');
});

afterAll(async () => {
  await database.drop();
});

const ids = Array.from({ length: 500 }, (_, index) => `doc-${index}`);

function upserts(amount: number) {
  return ids.map((_id) => ({ updateOne: { filter: { _id }, update: { $inc: { n: amount } }, upsert: true } }));
}

test('a transaction commits its writes at once, shows none before, and an aborted one leaves none', async () => {
  const counts = database.db.collection<CountsDoc>('counts');
  const session = database.client.startSession();
  const other = newClient();
  try {
    if (!hasTransactions) {
      // A standalone server: the first write of a transaction is refused by the server.
      session.startTransaction();
      await expect(counts.bulkWrite(upserts(1), { session })).rejects.toBeInstanceOf(MongoServerError);
      await session.abortTransaction().catch(() => undefined);
      expect(await counts.countDocuments()).toBe(0);
      return;
    }
    session.startTransaction();
    await counts.bulkWrite(upserts(1), { session });
    // Not yet visible to anyone else.
    expect(await other.db(database.name).collection('counts').countDocuments()).toBe(0);
    await session.commitTransaction();
    expect(await other.db(database.name).collection('counts').countDocuments({ n: 1 })).toBe(ids.length);

    session.startTransaction();
    await counts.bulkWrite(upserts(5), { session });
    await session.abortTransaction();
    expect(await other.db(database.name).collection('counts').countDocuments({ n: 1 })).toBe(ids.length);
  } finally {
    await session.endSession();
    await other.close();
  }
});

test('a transaction that conflicts with another writer is refused by the server and writes nothing', async () => {
  const counts = database.db.collection<CountsDoc>('counts');
  await counts.deleteMany({});
  await counts.insertMany(ids.map((_id) => ({ _id, n: 0 })));
  const session = database.client.startSession();
  try {
    session.startTransaction();
    const failed = await counts
      .updateOne({ _id: 'doc-7' }, { $inc: { n: 1 } }, { session })
      // Another writer changes a document of the transaction before it writes it.
      .then(() => counts.updateOne({ _id: 'doc-8' }, { $inc: { n: 100 } }))
      .then(() => counts.updateOne({ _id: 'doc-8' }, { $inc: { n: 1 } }, { session }))
      .then(() => session.commitTransaction())
      .then(
        () => null,
        (error: unknown) => error,
      );
    // A standalone server refuses the transaction's first write instead.
    expect(failed).toBeInstanceOf(MongoServerError);
    await session.abortTransaction().catch(() => undefined);
  } finally {
    await session.endSession();
  }
  expect(await counts.findOne({ _id: 'doc-7' })).toEqual({ _id: 'doc-7', n: 0 });
  expect(await counts.findOne({ _id: 'doc-8' })).toEqual({ _id: 'doc-8', n: hasTransactions ? 100 : 0 });
});
