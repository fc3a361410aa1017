// Under a burst of traffic from many API processes the server must keep answering (not
// wedge on locks or connection limits) and still apply every write. The bound is a
// functional check, not a speed target.
import { openTestDatabase, tallyRace, withClients, type TestDatabase } from './support';

const CONNECTIONS = 200;
const DOCUMENTS = 20;
const UPDATES_PER_CONNECTION = 5;
const BOUND_MS = 60_000;

interface TallyDoc {
  _id: number;
  count: number;
}

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('load');
});

afterAll(async () => {
  await database.drop();
});

test(
  `${CONNECTIONS} connections updating ${DOCUMENTS} documents at once all finish within ${BOUND_MS / 1000} s, counts exact`,
  async () => {
    const tallies = database.db.collection<TallyDoc>('tallies');
    await tallies.insertMany(Array.from({ length: DOCUMENTS }, (_, _id) => ({ _id, count: 0 })));

    const { outcome, elapsedMs } = await withClients(CONNECTIONS, async (clients) => {
      const started = Date.now();
      const outcome = await tallyRace(
        clients.map(async (client, index) => {
          const collection = client.db(database.name).collection<TallyDoc>('tallies');
          for (let update = 0; update < UPDATES_PER_CONNECTION; update += 1) {
            await collection.updateOne({ _id: index % DOCUMENTS }, { $inc: { count: 1 } });
          }
        }),
      );
      return { outcome, elapsedMs: Date.now() - started };
    });

    expect(outcome.otherErrors).toEqual([]);
    expect(elapsedMs).toBeLessThan(BOUND_MS);
    const perDocument = (CONNECTIONS / DOCUMENTS) * UPDATES_PER_CONNECTION;
    expect(await tallies.find().sort({ _id: 1 }).toArray()).toEqual(
      Array.from({ length: DOCUMENTS }, (_, _id) => ({ _id, count: perDocument })),
    );
  },
  // Room for the bound above to be the assertion that fails, not jest's own timeout.
  2 * BOUND_MS,
);
