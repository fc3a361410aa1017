import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './__generated__';
import { startTestServer, type TestServer } from './support/test-server';
import { captureLog, LOG_LEVEL, type LogLine } from './support/log-capture';
import { UPSERT_CONTACT } from './support/operations';

// HTTP-level errors answer JSON with a code and the request id, never an HTML page with a
// stack; crafted cursors are the caller's mistake; CSRF prevention refuses "simple" requests
// a page on another site could make a browser send; GET never runs a mutation.

let server: TestServer;
const log = captureLog();

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'], logger: log.logger });
});
afterAll(async () => {
  await server.stop();
});

interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string; field?: string; requestId?: string } }[];
  data?: unknown;
}

async function send(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${server.baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Nothing of the server's insides: no HTML page, stack frame or file path. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/api\/src\/|\.ts:\d+|SyntaxError/);
}

const encodeCursor = (json: string) => Buffer.from(json).toString('base64url');
const SOME_ID = '65f0c0ffee0000000000abcd';

describe('invalid JSON', () => {
  test('invalid-json-post answers a JSON 400 BAD_REQUEST with the request id, no HTML or stack', async () => {
    const { status, headers, text } = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.tokenFor('agent')}` },
      body: '{"query": "{ health }", ',
    });
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expectNoInternals(text);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toBe('The request body is not valid JSON');
    expect(body.errors?.[0]?.extensions?.requestId).toBe(headers.get('x-request-id'));
  });

  test('unknown-path answers a JSON 404 NOT_FOUND, not an HTML page', async () => {
    const { status, text } = await send('/no/such/page');
    expect(status).toBe(404);
    expectNoInternals(text);
    expect((JSON.parse(text) as ErrorBody).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('request ids', () => {
  test('request-id-sane-incoming-is-kept-and-echoed', async () => {
    const { headers, text } = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.123:x' },
      body: '{"query": "{ nope }"}',
    });
    expect(headers.get('x-request-id')).toBe('trace-abc.123:x');
    expect((JSON.parse(text) as ErrorBody).errors?.[0]?.extensions?.requestId).toBe('trace-abc.123:x');
  });

  test.each([
    ['spaces and a forged log line', 'abc def\\n{"level":60}'],
    ['too long', 'a'.repeat(65)],
    ['a leading symbol', '-abc'],
  ])('request-id-insane-incoming-is-replaced (%s)', async (_label, incoming) => {
    const { headers } = await send('/healthz', { headers: { 'x-request-id': incoming } });
    expect(headers.get('x-request-id')).not.toBe(incoming);
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/** A first page of five after a cursor, of each list the cases craft a cursor for. */
const SALES_CANDIDATES_PAGE = graphql(`
  query HttpErrorsSalesCandidatesPage($after: String) {
    salesCandidates(first: 5, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

const OVERDUE_FOLLOW_UPS_PAGE = graphql(`
  query HttpErrorsOverdueFollowUpsPage($after: String) {
    followUps(first: 5, after: $after, filter: { overdue: true }) {
      edges {
        cursor
      }
    }
  }
`);

const ALERT_DELIVERIES_PAGE = graphql(`
  query HttpErrorsAlertDeliveriesPage($after: String) {
    alertDeliveries(first: 5, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

const CONTACTS_PAGE = graphql(`
  query HttpErrorsContactsPage($after: String) {
    contacts(first: 5, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

describe('crafted pagination cursors answer BAD_USER_INPUT on `after`', () => {
  type PageQuery = TypedDocumentNode<unknown, { after?: string | null }>;
  const cases: [string, PageQuery, 'agent' | 'sales' | 'admin', string][] = [
    [
      'sales candidates, Infinity account value',
      SALES_CANDIDATES_PAGE,
      'sales',
      `[1e999, 1700000000000, "${SOME_ID}"]`,
    ],
    ['sales candidates, Infinity time', SALES_CANDIDATES_PAGE, 'sales', `[10, 1e999, "${SOME_ID}"]`],
    ['overdue follow-ups, time no Date can hold', OVERDUE_FOLLOW_UPS_PAGE, 'agent', `[1e300, "${SOME_ID}"]`],
    ['alert deliveries, -Infinity time', ALERT_DELIVERIES_PAGE, 'admin', '[-1e999, "delivery-1"]'],
    ['alert deliveries, fractional time', ALERT_DELIVERIES_PAGE, 'admin', '[1.5, "delivery-1"]'],
    ['contacts, not an ObjectId', CONTACTS_PAGE, 'agent', '["../../etc"]'],
  ];

  test.each(cases)('infinity-cursor: %s', async (_label, query, as, key) => {
    const before = log.lines.length;
    const result = await server.execute(query, { after: encodeCursor(key) }, { as });
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('after');
    expect(result.errors?.[0]?.message).toBe('after is not a valid cursor');
    // A client mistake: nothing logged as an error, no stack.
    const errors = log.lines.slice(before).filter((line: LogLine) => line.level >= LOG_LEVEL.error);
    expect(errors).toEqual([]);
  });
});

describe('CSRF prevention', () => {
  test('csrf-simple-post-text-plain-is-refused', async () => {
    const { status, text } = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.tokenFor('agent')}` },
      body: JSON.stringify({ query: '{ health }' }),
    });
    expect(status).toBe(400);
    expect(text).toMatch(/Cross-Site Request Forgery/);
    expect(text).not.toMatch(/"health":true/);
  });

  test('csrf-simple-post-form-urlencoded-is-refused', async () => {
    const { status } = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20health%20%7D',
    });
    expect(status).toBe(400);
  });

  test('csrf-get-without-preflight-header-is-refused', async () => {
    const { status, text } = await send(`/graphql?query=${encodeURIComponent('{ health }')}`);
    expect(status).toBe(400);
    expect(text).toMatch(/Cross-Site Request Forgery/);
  });

  test('csrf-get-with-preflight-header-answers-queries', async () => {
    const { status, text } = await send(`/graphql?query=${encodeURIComponent('{ health }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { health: true } });
  });
});

describe('GET never runs a mutation', () => {
  test('get-mutation-is-refused-and-changes-nothing', async () => {
    const variables = { input: { externalId: 'get-mutation-1', name: 'Via GET' } };
    const url =
      `/graphql?query=${encodeURIComponent(print(UPSERT_CONTACT))}` +
      `&variables=${encodeURIComponent(JSON.stringify(variables))}`;
    const { status, text } = await send(url, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${server.tokenFor('admin')}` },
    });
    expect(status).toBe(405);
    expect(text).toMatch(/mutation/i);
    const check = await server.execute(
      graphql(`
        query HttpErrorsContactAfterGet {
          contact(externalId: "get-mutation-1") {
            id
          }
        }
      `),
      {},
      { as: 'admin' },
    );
    expect(check.data?.contact ?? null).toBeNull();
  });
});
