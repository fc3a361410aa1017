// Conditional updates decide races without transactions: a follow-up is closed or assigned
// only while `status: 'OPEN'`, and a report recovery link moves by compare-and-set on its
// current `nextResponseId` (null at first). Among concurrent writers on different
// connections exactly one may match, or two agents both "win" and counts move twice.
import { ObjectId, type Document } from 'mongodb';
import { openTestDatabase, tallyRace, withClients, type TestDatabase } from './support';

const CLIENTS = 50;

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('conditional');
});

afterAll(async () => {
  await database.drop();
});

/** Inserts `document` and has every client try `updateOne(condition, $set)` at once, each setting its own value. */
async function raceUpdateOne(document: Document, condition: Document, setFor: (client: number) => Document) {
  const _id = new ObjectId();
  await database.db.collection('races').insertOne({ _id, ...document });
  const outcome = await withClients(CLIENTS, (clients) =>
    tallyRace(
      clients.map((client, index) =>
        client
          .db(database.name)
          .collection('races')
          .updateOne({ _id, ...condition }, { $set: setFor(index) })
          .then((result) => ({ index, matched: result.matchedCount, modified: result.modifiedCount })),
      ),
    ),
  );
  const stored = await database.db.collection('races').findOne({ _id });
  return { outcome, stored };
}

test(`${CLIENTS} concurrent updateOne({ _id, status: 'OPEN' }) to DONE: exactly one modifies, the rest match nothing`, async () => {
  const { outcome, stored } = await raceUpdateOne(
    { workspaceId: 'acme', status: 'OPEN', closedBy: null },
    { workspaceId: 'acme', status: 'OPEN' },
    (client) => ({ status: 'DONE', closedBy: `agent-${client}` }),
  );

  expect(outcome.otherErrors).toEqual([]);
  const winners = outcome.succeeded.filter((result) => result.modified === 1);
  expect(winners).toHaveLength(1);
  expect(outcome.succeeded.filter((result) => result.matched === 0)).toHaveLength(CLIENTS - 1);
  expect(stored).toMatchObject({ status: 'DONE', closedBy: `agent-${winners[0]?.index}` });
});

test(`${CLIENTS} concurrent compare-and-set updateOne({ _id, nextResponseId: null }): exactly one modifies, the rest match nothing`, async () => {
  const answers = Array.from({ length: CLIENTS }, () => new ObjectId());
  const { outcome, stored } = await raceUpdateOne(
    { workspaceId: 'acme', nextResponseId: null, nextCategory: null },
    { nextResponseId: null },
    (client) => ({ nextResponseId: answers[client], nextCategory: 'PROMOTER' }),
  );

  expect(outcome.otherErrors).toEqual([]);
  const winners = outcome.succeeded.filter((result) => result.modified === 1);
  expect(winners).toHaveLength(1);
  expect(outcome.succeeded.filter((result) => result.matched === 0)).toHaveLength(CLIENTS - 1);
  expect(stored?.nextResponseId).toEqual(answers[winners[0]?.index ?? -1]);
});

test(`${CLIENTS} concurrent findOneAndUpdate({ _id, status: 'OPEN' }) to DONE: exactly one gets the document, the rest null`, async () => {
  const _id = new ObjectId();
  const followUps = database.db.collection('follow_ups');
  await followUps.insertOne({ _id, workspaceId: 'acme', status: 'OPEN', closedBy: null });

  const outcome = await withClients(CLIENTS, (clients) =>
    tallyRace(
      clients.map((client, index) =>
        client
          .db(database.name)
          .collection('follow_ups')
          .findOneAndUpdate(
            { _id, workspaceId: 'acme', status: 'OPEN' },
            { $set: { status: 'DONE', closedBy: `agent-${index}` } },
            { returnDocument: 'after' },
          ),
      ),
    ),
  );

  expect(outcome.otherErrors).toEqual([]);
  const returned = outcome.succeeded.filter((document) => document !== null);
  expect(returned).toHaveLength(1);
  expect(returned[0]?.status).toBe('DONE');
  expect(await followUps.findOne({ _id })).toEqual(returned[0]);
});
