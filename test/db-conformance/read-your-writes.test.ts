// The app runs as several processes, each with its own connection pool: what one
// process's write was acknowledged with must be what any other process reads next.
import type { MongoClient } from 'mongodb';
import { newClient, openTestDatabase, type TestDatabase } from './support';

const ROUNDS = 20;

interface NoteDoc {
  _id: string;
  version: number;
}

let database: TestDatabase;
let reader: MongoClient;

beforeAll(async () => {
  database = await openTestDatabase('ryw');
  reader = newClient();
  await reader.connect();
});

afterAll(async () => {
  await reader.close();
  await database.drop();
});

async function readFromFreshClient(_id: string): Promise<NoteDoc | null> {
  const fresh = newClient();
  try {
    return await fresh.db(database.name).collection<NoteDoc>('notes').findOne({ _id });
  } finally {
    await fresh.close();
  }
}

test(`an acknowledged insert is seen at once by a fresh client (${ROUNDS} rounds)`, async () => {
  const notes = database.db.collection<NoteDoc>('notes');
  for (let round = 0; round < ROUNDS; round += 1) {
    await notes.insertOne({ _id: `insert-${round}`, version: 1 });
    expect(await readFromFreshClient(`insert-${round}`)).toEqual({ _id: `insert-${round}`, version: 1 });
  }
});

test(`acknowledged updates and deletes are seen at once by another connected client (${ROUNDS} rounds)`, async () => {
  const notes = database.db.collection<NoteDoc>('notes');
  const readerNotes = reader.db(database.name).collection<NoteDoc>('notes');
  await notes.insertOne({ _id: 'updated', version: 0 });
  for (let round = 1; round <= ROUNDS; round += 1) {
    await notes.updateOne({ _id: 'updated' }, { $inc: { version: 1 } });
    expect(await readerNotes.findOne({ _id: 'updated' })).toEqual({ _id: 'updated', version: round });
  }
  await notes.deleteOne({ _id: 'updated' });
  expect(await readerNotes.findOne({ _id: 'updated' })).toBeNull();
  expect(await readFromFreshClient('updated')).toBeNull();
});
