import { randomBytes } from 'node:crypto';
import { mongo } from 'mongoose';
import { loadConfig } from '../api/src/config';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { captureLog, LOG_LEVEL } from './support/log-capture';
import { startTestServer, type TestServer } from './support/test-server';

// NODE_ENV=production: the schema stays hidden (no introspection, landing page, IDE or
// suggestions), no demo, no cross-origin access unless configured, and no internal text
// ever reaches a client: one generic message with a code and the request id, the detail in
// the structured log under the same id.

const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('base64'),
  NPS_SECRETS_KEY: randomBytes(32).toString('base64'),
  // The test server turns the demo on by default: production must not get it.
  NPS_DEMO: undefined,
  CORS_ORIGINS: undefined,
};

let server: TestServer;
const log = captureLog();

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'], env: PRODUCTION_ENV, logger: log.logger });
});
afterAll(async () => {
  await server.stop();
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.tokenFor('admin')}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('configuration', () => {
  test('production-config-defaults: no demo, no cross-origin access', () => {
    expect(server.config.env).toBe('production');
    expect(server.config.demo).toBe(false);
    expect(server.config.corsOrigins).toEqual([]);
  });

  test('production-config-refuses-the-demo', () => {
    expect(() => loadConfig({ ...PRODUCTION_ENV, NPS_DEMO: 'true' })).toThrow(/NPS_DEMO cannot be on in production/);
  });

  test('cors-origins: explicit list in production, open by default outside it', () => {
    expect(loadConfig({ ...PRODUCTION_ENV, CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual(
      ['https://a.example', 'https://b.example'],
    );
    expect(loadConfig({ NODE_ENV: 'development' }).corsOrigins).toBe('*');
  });
});

describe('the schema stays hidden', () => {
  test.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Contact") { fields { name } } }'],
  ])('introspection-refused (%s)', async (_label, query) => {
    const { status, text } = await post({ query });
    expect(status).toBe(400);
    const body = JSON.parse(text) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toMatch(/introspection/i);
  });

  test.each([
    ['a browser', { accept: 'text/html' }],
    ['a browser with the preflight header', { accept: 'text/html', 'apollo-require-preflight': 'true' }],
  ])('no-landing-page on GET /graphql (%s)', async (_label, headers) => {
    const response = await fetch(`${server.baseUrl}/graphql`, { headers });
    const text = await response.text();
    // 400 (no query) or 406 (nothing but HTML accepted): never a page.
    expect([400, 406]).toContain(response.status);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(text).not.toMatch(/<html|sandbox|apollographql|embeddable-explorer/i);
  });

  test('no-suggestions for a misspelt field', async () => {
    const { text } = await post({ query: '{ viewr { userId } }' });
    expect(text).toMatch(/Cannot query field/);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/viewer/);
  });

  test('no-suggestions for a misspelt enum value in variables', async () => {
    const { text } = await post({
      query: 'query ($s: FollowUpStatus) { followUps(first: 1, filter: { status: $s }) { edges { cursor } } }',
      variables: { s: 'OPN' },
    });
    expect(text).toMatch(/OPN/);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/"OPEN"/);
  });
});

describe('internal errors reach clients as one generic message', () => {
  test('internal-error: generic message, code and request id; the detail logged under the same id', async () => {
    const leaked =
      'E11000 duplicate key error collection: contacts index: emailKey dup key: { emailKey: "ceo@other-tenant.example" }';
    jest.spyOn(ContactModel, 'find').mockImplementation(() => {
      throw new mongo.MongoServerError({ message: leaked, code: 11000 });
    });
    const { status, headers, text } = await post({ query: '{ contacts(first: 5) { edges { cursor } } }' });
    expect(status).toBe(200);
    expect(text).not.toMatch(/other-tenant|E11000|emailKey|stack|\.ts:\d+/);
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const requestId = headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      }),
    ]);
    const logged = log.lines.find((line) => line.requestId === requestId && line.level === LOG_LEVEL.error);
    expect(logged?.msg).toBe('internal error');
    expect(logged?.err?.message).toBe(leaked);
    expect(logged?.err?.stack).toMatch(/MongoServerError/);
    // Every line of that request carries its id, the access line included.
    expect(log.lines.filter((line) => line.requestId === requestId).map((line) => line.msg)).toEqual(
      expect.arrayContaining(['internal error', 'request finished']),
    );
  });

  const unreachable = () =>
    new mongo.MongoServerSelectionError('connect ECONNREFUSED 10.20.30.40:27017', { servers: new Map() } as never);

  test('database-unreachable while resolving the caller: 503 SERVICE_UNAVAILABLE, no address', async () => {
    jest.spyOn(WorkspaceModel, 'findById').mockImplementation(() => {
      throw unreachable();
    });
    const { status, headers, text } = await post({ query: '{ viewer { userId } }' });
    expect(status).toBe(503);
    expect(text).not.toMatch(/10\.20\.30\.40|27017|ECONNREFUSED|Context creation/);
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: headers.get('x-request-id') });
    const logged = log.lines.find(
      (line) => line.requestId === headers.get('x-request-id') && line.level === LOG_LEVEL.error,
    );
    expect(logged?.err?.message).toMatch(/10\.20\.30\.40:27017/);
  });

  test('database-unreachable inside a resolver: 503 SERVICE_UNAVAILABLE, no address', async () => {
    jest.spyOn(ContactModel, 'find').mockImplementation(() => {
      throw unreachable();
    });
    const { status, text } = await post({ query: '{ contacts(first: 5) { edges { cursor } } }' });
    expect(status).toBe(503);
    expect(text).not.toMatch(/10\.20\.30\.40|27017|ECONNREFUSED/);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  });

  test('invalid-json in production: a JSON 400 with a code and the request id', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toMatch(/<html|SyntaxError|node_modules/);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'The request body is not valid JSON',
          extensions: { code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });
});

describe('no demo', () => {
  test.each(['/demo/ticket', '/demo/sales', '/demo/report', '/demo/session', '/demo/session?role=admin'])(
    'no-demo-routes: %s answers 404',
    async (path) => {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/token/);
    },
  );

  test('no-demo-routes: / does not lead to the demo', async () => {
    const response = await fetch(`${server.baseUrl}/`, { redirect: 'manual' });
    expect(response.headers.get('location') ?? '').not.toMatch(/demo/);
  });
});

describe('CORS is closed unless origins are configured', () => {
  test('cors-closed-by-default: a preflight gets no Access-Control-Allow-Origin', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('cors-closed-by-default: a cross-origin POST gets no Access-Control-Allow-Origin', async () => {
    const { headers } = await post({ query: '{ health }' }, { origin: 'https://evil.example' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });
});
