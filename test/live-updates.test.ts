import { print } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import { signToken } from '../api/src/auth/jwt';
import { graphql } from './__generated__';
import type { TestContactActivitySubscription } from './__generated__/graphql';
import {
  cleanUp,
  graphql as postGraphQL,
  signal,
  spawnApi,
  waitUntilServing,
  type ApiProcess,
} from './support/api-process';
import { MATRIX_KEY } from './support/authorization';
import { FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { RECORD_RESPONSE } from './support/operations';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION, OVER_LIMIT_CLOSE_CODE } from '../api/src/graphql/subscriptions';
import { startExtraApp, type ExtraApp } from './support/extra-app';
import { startTestServer, type TestServer } from './support/test-server';

// Live updates: a panel subscribed to a contact through one API process hears of answers and
// follow-up changes written through another process on the same database.

const CONTACT_ACTIVITY = graphql(`
  subscription TestContactActivity($id: ID!) {
    contactActivity(id: $id) {
      contactId
      kind
      at
    }
  }
`);

/** How long a test waits for an event before it fails (the feed polls every 500 ms). */
const EVENT_WAIT_MS = 15_000;

let server: TestServer;
let other: ApiProcess;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['demo', 'other'] });
  // A second API process on the same database, as behind a load balancer.
  other = await spawnApi({
    env: { MONGODB_URI: process.env.NPS_TEST_MONGODB_URI!, MONGODB_DB_NAME: mongoose.connection.name },
  });
  await waitUntilServing(other);
}, 180_000);

afterAll(async () => {
  signal(other.pid, 'SIGTERM');
  await other.exited;
  await server.stop();
  cleanUp();
});

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

interface Connection {
  client: Client;
  /** The client's socket once the server accepted the connection; null when it refused it. */
  socket: WebSocket | null;
  closed: Promise<{ code: number; reason: string }>;
}

/** A graphql-ws client of the test server (or another app), connected (or refused) before it returns. */
async function connect(token: string | undefined, baseUrl = server.baseUrl): Promise<Connection> {
  let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    // A refused connection is asserted through `closed`, not logged.
    onNonLazyError: () => undefined,
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason });
      },
    },
  });
  clients.push(client);
  const socket = await new Promise<WebSocket | null>((resolve) => {
    client.on('connected', (connected) => resolve(connected as WebSocket));
    client.on('closed', () => resolve(null));
  });
  return { client, socket, closed };
}

type Activity = FormattedExecutionResult<TestContactActivitySubscription, unknown>;

/**
 * Follows a contact; `next()` is the next event, failing after EVENT_WAIT_MS. A new
 * subscriber also hears of the changes of the last 2 s (made while it subscribed), so tests
 * that wait for a change skip events from before it with `nextSince`.
 */
function follow(client: Client, id: string): { next(): Promise<Activity>; nextSince(time: number): Promise<Activity> } {
  const events = client.iterate<TestContactActivitySubscription>({ query: print(CONTACT_ACTIVITY), variables: { id } });
  return {
    async next() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${EVENT_WAIT_MS} ms`)), EVENT_WAIT_MS);
      });
      try {
        const next = await Promise.race([events.next(), timeout]);
        if (next.done) throw new Error('the subscription ended');
        return next.value;
      } finally {
        clearTimeout(timer);
      }
    },
    async nextSince(time) {
      for (;;) {
        const event = await this.next();
        const at = event.data?.contactActivity.at;
        if (!at || Date.parse(at) >= time) return event;
      }
    },
  };
}

/** Records an answer through the test server; returns the contact's id. */
async function recordAnswer(externalId: string, sourceId: string): Promise<string> {
  const result = await server.execute(RECORD_RESPONSE, {
    input: {
      contact: { externalId },
      score: 3,
      channel: 'email',
      answeredAt: '2026-11-20T10:00:00.000Z',
      source: 'live',
      sourceId,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.responseRecord.contact.id;
}

describe('contactActivity subscription', () => {
  test('successful-live-update: an answer and a follow-up written through another API process reach a subscriber of this one', async () => {
    const contactId = await recordAnswer('live-1', 'live-1-a');
    const { client } = await connect(server.tokenFor('agent'));
    const activity = follow(client, contactId);

    const sentAt = Date.now();
    const recorded = await postGraphQL(other.baseUrl, print(RECORD_RESPONSE), {
      input: {
        contact: { externalId: 'live-1' },
        score: 10,
        channel: 'chat',
        answeredAt: '2026-11-21T10:00:00.000Z',
        source: 'live',
        sourceId: 'live-1-b',
      },
    });
    expect(recorded.status).toBe(200);
    expect(recorded.errors).toBeUndefined();
    const answered = await activity.nextSince(sentAt);
    const answerLatency = Date.now() - sentAt;
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.contactActivity).toMatchObject({ contactId, kind: 'RESPONSE_RECORDED' });

    const opened = await postGraphQL(other.baseUrl, print(FOLLOW_UP_CREATE), {
      input: { contactId, kind: 'RECOVER', title: 'Call back' },
    });
    expect(opened.errors).toBeUndefined();
    const changed = await activity.nextSince(sentAt);
    expect(changed.data?.contactActivity).toMatchObject({ contactId, kind: 'FOLLOW_UP_CHANGED' });
    console.log(`[live] answer through another process reached the subscriber after ${answerLatency} ms`);
  }, 60_000);

  test('successful-live-update: a subscriber hears of its own contact only', async () => {
    const followed = await recordAnswer('live-2', 'live-2-a');
    const { client } = await connect(server.tokenFor('agent'));
    const activity = follow(client, followed);
    await recordAnswer('live-3', 'live-3-a');
    await recordAnswer('live-2', 'live-2-b');
    const event = await activity.next();
    expect(event.data?.contactActivity.contactId).toBe(followed);
  }, 60_000);

  test('failing-live-update: a connection without a valid credential is closed with 4403', async () => {
    const anonymous = await connect(undefined);
    expect((await anonymous.closed).code).toBe(4403);
    const forged = await connect('not-a-token');
    expect((await forged.closed).code).toBe(4403);
  });

  test("failing-live-update: another workspace's contact answers NOT_FOUND exactly like a missing one", async () => {
    const contactId = await recordAnswer('live-4', 'live-4-a');
    const { client } = await connect(server.tokenFor('agent', 'other'));
    const refusals = await Promise.all(
      [contactId, '6a0000000000000000000000', 'not-an-id'].map((id) =>
        follow(client, id)
          .next()
          .then(
            (result) => result.errors,
            (errors: unknown) => errors,
          ),
      ),
    );
    for (const errors of refusals) {
      expect(errors).toEqual([expect.objectContaining({ message: 'No contact matches in this workspace' })]);
      expect((errors as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('failing-live-update: an integration key (no contact:read) is refused with FORBIDDEN', async () => {
    const contactId = await recordAnswer('live-6', 'live-6-a');
    const created = await server.execute(
      MATRIX_KEY,
      { input: { name: 'survey tool', role: 'INTEGRATION' } },
      { as: 'admin' },
    );
    const { client } = await connect(created.data!.apiKeyCreate.secret);
    const refused = await follow(client, contactId)
      .next()
      .then(
        (result) => result.errors,
        (errors: unknown) => errors,
      );
    expect((refused as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('failing-live-update: queries and mutations over WebSocket are refused with BAD_REQUEST and write nothing', async () => {
    const { client } = await connect(server.tokenFor('agent'));
    const mutation = client.iterate({
      query: print(RECORD_RESPONSE),
      variables: {
        input: {
          contact: { externalId: 'live-ws' },
          score: 9,
          channel: 'email',
          source: 'live',
          sourceId: 'live-ws-1',
        },
      },
    });
    const refused = await mutation.next().then(
      () => null,
      (errors: unknown) => errors as { extensions?: { code?: string } }[],
    );
    expect(refused?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const stored = await mongoose.connection.db!.collection('responses').countDocuments({ sourceId: 'live-ws-1' });
    expect(stored).toBe(0);
  });

  test('failing-live-update: a subscription document over the abuse limits is refused with their code', async () => {
    const { client } = await connect(server.tokenFor('agent'));
    const aliases = Array.from({ length: 20 }, (_, index) => `k${index}: kind`).join(' ');
    const refused = await client
      .iterate({ query: `subscription { contactActivity(id: "6a0000000000000000000000") { ${aliases} } }` })
      .next()
      .then(
        () => null,
        (errors: unknown) => errors as { extensions?: { code?: string } }[],
      );
    expect(refused?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  test('failing-live-update: a connection holds at most 10 subscriptions; the eleventh is refused with TOO_MANY_SUBSCRIPTIONS', async () => {
    const contactId = await recordAnswer('live-5', 'live-5-a');
    const { client } = await connect(server.tokenFor('agent'));
    const subscribe = () => client.iterate({ query: print(CONTACT_ACTIVITY), variables: { id: contactId } }).next();
    // Sent at once, as a burst would be: the server counts each as it arrives.
    for (let held = 0; held < MAX_SUBSCRIPTIONS_PER_CONNECTION; held += 1) {
      subscribe().catch(() => undefined);
    }
    const refused = await subscribe().then(
      () => null,
      (errors: unknown) => errors as { extensions?: { code?: string } }[],
    );
    expect(refused?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
  });
});

describe('connections per credential and per workspace', () => {
  // Apps on the same database with low limits: one per limit, so that no test waits for
  // another's connections to be seen closed.
  let perCredential: ExtraApp;
  let perWorkspace: ExtraApp;
  let rateLimited: ExtraApp;

  beforeAll(async () => {
    perCredential = await startExtraApp({ NPS_MAX_WS_CONNECTIONS_PER_CREDENTIAL: '2' });
    perWorkspace = await startExtraApp({ NPS_MAX_WS_CONNECTIONS_PER_WORKSPACE: '2' });
    rateLimited = await startExtraApp({ NPS_RATE_LIMIT_PER_CREDENTIAL: '2' });
  });
  afterAll(async () => {
    await Promise.all([perCredential.stop(), perWorkspace.stop(), rateLimited.stop()]);
  });

  /** A credential of its own (a new user), so that each test counts from zero. */
  const tokenOf = (userId: string, workspaceId = 'demo') =>
    signToken(server.config.jwt, { userId, workspaceId, role: 'agent' }, 600);

  /**
   * Connects until the server accepts, for up to 5 s: a closed connection's place comes free
   * once the server has seen the close, a moment after the client.
   */
  async function connectOnceFree(token: string, baseUrl: string): Promise<Connection> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const connection = await connect(token, baseUrl);
      if (connection.socket || Date.now() > deadline) return connection;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  test('failing-live-update: the connection over the per-credential cap is closed with 4420; another credential is not held back; closing one frees its place', async () => {
    const alice = tokenOf('ws-alice');
    const first = await connect(alice, perCredential.baseUrl);
    const second = await connect(alice, perCredential.baseUrl);
    expect([first.socket, second.socket]).toEqual([expect.any(WebSocket), expect.any(WebSocket)]);

    const third = await connect(alice, perCredential.baseUrl);
    expect(third.socket).toBeNull();
    expect(await third.closed).toEqual({
      code: OVER_LIMIT_CLOSE_CODE,
      reason: 'Too many connections: at most 2 per credential',
    });
    // The same user and workspace with another credential: a place of its own.
    expect((await connect(tokenOf('ws-bob'), perCredential.baseUrl)).socket).not.toBeNull();

    await first.client.dispose();
    expect((await connectOnceFree(alice, perCredential.baseUrl)).socket).not.toBeNull();
  });

  test('failing-live-update: a connection dropped without a close frame frees its place too', async () => {
    const erin = tokenOf('ws-erin');
    const dropped = await connect(erin, perCredential.baseUrl);
    expect((await connect(erin, perCredential.baseUrl)).socket).not.toBeNull();
    expect((await connect(erin, perCredential.baseUrl)).socket).toBeNull();

    // The network goes: no close handshake, the server sees the socket end (1006).
    dropped.socket!.terminate();
    expect((await connectOnceFree(erin, perCredential.baseUrl)).socket).not.toBeNull();
  });

  test('failing-live-update: the connection over the per-workspace cap is closed with 4420; other workspaces are not held back', async () => {
    expect((await connect(tokenOf('ws-carol', 'other'), perWorkspace.baseUrl)).socket).not.toBeNull();
    expect((await connect(tokenOf('ws-dave', 'other'), perWorkspace.baseUrl)).socket).not.toBeNull();
    const refused = await connect(tokenOf('ws-frank', 'other'), perWorkspace.baseUrl);
    expect(await refused.closed).toEqual({
      code: OVER_LIMIT_CLOSE_CODE,
      reason: 'Too many connections: at most 2 per workspace',
    });
    expect((await connect(tokenOf('ws-gina', 'demo'), perWorkspace.baseUrl)).socket).not.toBeNull();
  });

  test('failing-live-update: each connection counts as a request against the HTTP rate limits', async () => {
    const hugo = tokenOf('ws-hugo');
    expect((await connect(hugo, rateLimited.baseUrl)).socket).not.toBeNull();
    expect((await connect(hugo, rateLimited.baseUrl)).socket).not.toBeNull();
    const refused = await connect(hugo, rateLimited.baseUrl);
    expect(await refused.closed).toEqual({
      code: OVER_LIMIT_CLOSE_CODE,
      reason: expect.stringMatching(/^Too many requests: try again in \d+ s$/),
    });
    // The same count as HTTP's: the credential's requests are used up there too.
    const answer = await rateLimited.post('/graphql', { query: '{ health }' }, hugo);
    expect(answer.status).toBe(429);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
