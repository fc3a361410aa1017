import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_EMBED_ORIGINS } from '../api/src/modules/workspace/workspace.embed';
import { graphql } from './__generated__';
import { startTestServer, type TestServer } from './support/test-server';

// The panel pages a helpdesk frames answer `Content-Security-Policy: frame-ancestors` with
// their workspace's configured helpdesk origins only; every response says nosniff; no token
// ever travels in a URL.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['demo', 'acme'] });
});
afterAll(async () => {
  await server.stop();
});

const EMBED_SETTINGS = graphql(`
  query TestEmbedSettings {
    embedSettings {
      origins
    }
  }
`);
const EMBED_SETTINGS_UPDATE = graphql(`
  mutation TestEmbedSettingsUpdate($origins: [String!]!) {
    embedSettingsUpdate(input: { origins: $origins }) {
      embedSettings {
        origins
      }
    }
  }
`);

function setOrigins(workspaceId: string, origins: string[]) {
  return server.execute(EMBED_SETTINGS_UPDATE, { origins }, { as: 'admin', workspaceId });
}

async function headersOf(urlPath: string, init: RequestInit = {}): Promise<Headers> {
  const response = await fetch(`${server.baseUrl}${urlPath}`, init);
  await response.arrayBuffer();
  return response.headers;
}

describe('frame-ancestors of the panel pages, per workspace', () => {
  test('csp-frame-ancestors-none-until-origins-are-configured', async () => {
    await setOrigins('demo', []);
    for (const page of ['/demo/ticket', '/demo/sales', '/demo/report']) {
      const headers = await headersOf(page);
      expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    }
  });

  test('csp-frame-ancestors-lists-the-workspace-origins-only', async () => {
    const demo = await setOrigins('demo', ['https://demo.zendesk.com', 'https://Sandbox.Demo.zendesk.com:8443/']);
    expect(demo.errors).toBeUndefined();
    expect(demo.data?.embedSettingsUpdate.embedSettings.origins).toEqual([
      'https://demo.zendesk.com',
      'https://sandbox.demo.zendesk.com:8443',
    ]);
    // Another workspace's helpdesk never appears on the demo workspace's pages.
    expect((await setOrigins('acme', ['https://acme.freshdesk.com'])).errors).toBeUndefined();

    const headers = await headersOf('/demo/ticket');
    expect(headers.get('content-security-policy')).toBe(
      'frame-ancestors https://demo.zendesk.com https://sandbox.demo.zendesk.com:8443',
    );
    // X-Frame-Options cannot name an origin (and would contradict the list): absent here.
    expect(headers.get('x-frame-options')).toBeNull();
    expect(headers.get('content-security-policy')).not.toMatch(/acme/);

    const read = await server.execute(EMBED_SETTINGS, {}, { as: 'agent', workspaceId: 'demo' });
    expect(read.data?.embedSettings.origins).toEqual([
      'https://demo.zendesk.com',
      'https://sandbox.demo.zendesk.com:8443',
    ]);
  });

  test('api-responses-may-not-be-framed-at-all', async () => {
    const headers = await headersOf('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health }' }),
    });
    expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('embedSettingsUpdate validation', () => {
  test.each([
    ['plain http', 'http://demo.zendesk.com'],
    ['a path', 'https://demo.zendesk.com/agent'],
    ['a query', 'https://demo.zendesk.com?x=1'],
    ['a wildcard', 'https://*.zendesk.com'],
    ['user info', 'https://user:pw@demo.zendesk.com'],
    ['a CSP keyword', "'self'"],
    ['a directive smuggled in', 'https://a.example; script-src *'],
    ['javascript:', 'javascript:alert(1)'],
    ['no host', 'https://'],
  ])('embed-origins-refused: %s', async (_label, origin) => {
    await setOrigins('demo', ['https://kept.example']);
    const result = await setOrigins('demo', ['https://fine.example', origin]);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('origins.1');
    // Nothing changed.
    const headers = await headersOf('/demo/ticket');
    expect(headers.get('content-security-policy')).toBe('frame-ancestors https://kept.example');
  });

  test(`embed-origins-at-most-${MAX_EMBED_ORIGINS}`, async () => {
    const origins = Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, index) => `https://h${index}.example`);
    const result = await setOrigins('demo', origins);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await setOrigins('demo', origins.slice(0, MAX_EMBED_ORIGINS))).errors).toBeUndefined();
  });

  test.each(['agent', 'sales'] as const)('embed-origins-only-admins-change-them (%s: FORBIDDEN)', async (role) => {
    const result = await server.execute(EMBED_SETTINGS_UPDATE, { origins: [] }, { as: role, workspaceId: 'demo' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('X-Content-Type-Options: nosniff on every response', () => {
  const panelBuilt = existsSync(path.join(__dirname, '..', 'dist', 'plugin-ui', 'standalone', 'nps-desk.js'));

  test.each([
    ['liveness', '/healthz', {}],
    [
      'a GraphQL answer',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health }"}' },
    ],
    [
      'a GraphQL error',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ nope }"}' },
    ],
    ['invalid JSON', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
    ['the demo ticket page', '/demo/ticket', {}],
    ['the demo session', '/demo/session', {}],
    ['an export refused', '/export/responses.csv', {}],
    ['a webhook refused', '/hooks/acme/standard', { method: 'POST', body: '{}' }],
    ['an unknown path', '/nothing/here', {}],
    ['a redirect', '/', { redirect: 'manual' }],
  ] as [string, string, RequestInit][])('nosniff: %s', async (_label, urlPath, init) => {
    const headers = await headersOf(urlPath, init);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  (panelBuilt ? test : test.skip)('nosniff: the panel script, which other origins may load', async () => {
    const headers = await headersOf('/panel/nps-desk.js');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-type')).toMatch(/javascript/);
    // Helpdesk pages load it with <script src>: the resource policy must let them.
    expect(headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});

describe('no token in a URL', () => {
  test('token-in-url-is-never-accepted: GraphQL and the CSV export read the Authorization header only', async () => {
    const admin = server.tokenFor('admin', 'acme');
    const graphql = await fetch(
      `${server.baseUrl}/graphql?query=${encodeURIComponent('{ viewer { userId } }')}&token=${admin}&access_token=${admin}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(graphql.status).toBe(401);
    const csv = await fetch(
      `${server.baseUrl}/export/responses.csv?from=2026-01-01&to=2026-01-31&token=${admin}&access_token=${admin}`,
    );
    expect(csv.status).toBe(401);
  });

  test('token-in-url-never-sent: the demo pages and the panel code put no token in a URL', () => {
    const root = path.join(__dirname, '..', 'plugin-ui');
    const files = [
      ...readdirSync(path.join(root, 'demo')).map((file) => path.join(root, 'demo', file)),
      ...readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('gql'))
        .map((file) => path.join(root, 'src', file)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // A token as a query parameter, however the URL is built (the Authorization header is fine).
      const found = text.match(
        /[?&](access_|id_)?token=|searchParams\.(set|append)\(\s*['"]\w*token|[?&][\w-]*=\$\{\w*token\}/gi,
      );
      expect({ file, found }).toEqual({
        file,
        found: null,
      });
    }
  });

  test('demo-session-hands-the-token-in-the-body, never cached', async () => {
    const response = await fetch(`${server.baseUrl}/demo/session`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.url).not.toMatch(/token/);
    expect(((await response.json()) as { token?: string }).token).toEqual(expect.any(String));
  });
});
