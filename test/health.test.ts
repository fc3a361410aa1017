import { graphql } from './__generated__';
import {
  cleanUp,
  freePort,
  processAlive,
  signal,
  startExternalServer,
  tempDir,
  waitFor,
  type ExternalServer,
} from './support/api-process';
import { startTestServer, type TestServer } from './support/test-server';
import { addSecret, postHook, standardHeaders } from './support/webhooks';

// /healthz says the process is alive (no database call), /readyz whether the database
// answers (a ping of at most 2 s); both tell the truth while the database is up, down and
// back. The app runs in this process on a database server of this file's own, which the
// tests kill and start again on the same port and data.

let store: string;
let dbPort: number;
let database: ExternalServer;
let server: TestServer;
const runsTestDatabase = process.env.NPS_TEST_MONGODB_URI;

beforeAll(async () => {
  store = tempDir('health-db');
  dbPort = await freePort();
  database = await startExternalServer(store, dbPort);
  process.env.NPS_TEST_MONGODB_URI = database.uri;
  server = await startTestServer();
}, 60_000);

afterAll(async () => {
  process.env.NPS_TEST_MONGODB_URI = runsTestDatabase;
  try {
    await server?.stop();
  } finally {
    cleanUp();
  }
}, 60_000);

async function get(
  path: string,
): Promise<{ status: number; body: unknown; took: number; cacheControl: string | null }> {
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
  return {
    status: response.status,
    body: await response.json(),
    took: Date.now() - started,
    cacheControl: response.headers.get('cache-control'),
  };
}

const CONTACT = graphql(`
  query HealthContact {
    contact(externalId: "health-1") {
      id
    }
  }
`);

describe('/healthz and /readyz', () => {
  test('while the database is up: alive and ready', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' }, cacheControl: 'no-store' });
  });

  test('while it is down: still alive at once, not ready within 2 s (no address), requests 503; both right again once it is back', async () => {
    const { secret } = await addSecret(server, { provider: 'STANDARD' });

    signal(database.pid, 'SIGKILL');
    await waitFor(() => !processAlive(database.pid), 10_000, 'the database to die');

    const ready = await get('/readyz');
    expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable' }, cacheControl: 'no-store' });
    expect(JSON.stringify(ready.body)).toBe('{"status":"unavailable"}');
    expect(ready.took).toBeLessThan(5_000);
    const alive = await get('/healthz');
    expect(alive).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(alive.took).toBeLessThan(1_000);

    // A GraphQL request and a webhook delivery fail in bounded time with a 503 that names nothing.
    const started = Date.now();
    const graphql = await server.execute(CONTACT, {});
    const graphqlTook = Date.now() - started;
    expect(graphql.status).toBe(503);
    expect(graphql.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(graphql.errors)).not.toContain(String(dbPort));
    expect(graphqlTook).toBeLessThan(15_000);
    const body = JSON.stringify({
      contact: { externalId: 'health-1' },
      score: 9,
      source: 'health',
      sourceId: 'health-1',
    });
    const hook = await postHook(server, `/hooks/${server.workspaceId}/standard`, body, standardHeaders(secret, body));
    expect(hook.status).toBe(503);
    expect(hook.body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(hook.body)).not.toContain(String(dbPort));
    // Still not ready, still alive.
    expect((await get('/readyz')).status).toBe(503);
    expect((await get('/healthz')).status).toBe(200);

    database = await startExternalServer(store, dbPort);
    const upAt = Date.now();
    await waitFor(async () => (await get('/readyz')).status === 200, 30_000, '/readyz to say ready again');
    const readyAfter = Date.now() - upAt;
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    const redelivered = await postHook(
      server,
      `/hooks/${server.workspaceId}/standard`,
      body,
      standardHeaders(secret, body),
    );
    expect(redelivered.status).toBe(200);
    const again = await server.execute(CONTACT, {});
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
    expect(again.data?.contact?.id).toBeDefined();
    console.log(
      `[health] database down: /readyz 503 after ${ready.took} ms, /healthz 200 after ${alive.took} ms, ` +
        `GraphQL 503 after ${graphqlTook} ms; back: /readyz 200 ${readyAfter} ms after its restart`,
    );
  }, 120_000);
});
