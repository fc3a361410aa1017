import { print } from 'graphql';
import jwt from 'jsonwebtoken';
import { graphql } from './__generated__';
import { startTestServer, type TestServer } from './support/test-server';
import { VIEWER } from './support/operations';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});

function rawToken(payload: Record<string, unknown>, options: jwt.SignOptions = {}, secret?: string): string {
  const merged: jwt.SignOptions = {
    algorithm: 'HS256',
    issuer: server.config.jwt.issuer,
    audience: server.config.jwt.audience,
    subject: 'u-1',
    expiresIn: 600,
    ...options,
  };
  // `expiresIn: undefined` means "no expiry": jsonwebtoken rejects an explicit undefined.
  if (merged.expiresIn === undefined) delete merged.expiresIn;
  return jwt.sign(payload, secret ?? server.config.jwt.secret, merged);
}

describe('viewer', () => {
  test.each([
    ['agent', 'AGENT', { canReadContacts: true, canWriteContacts: true, canRecordResponses: true }],
    ['sales', 'SALES', { canReadContacts: true, canWriteContacts: false, canRecordResponses: false }],
    ['admin', 'ADMIN', { canReadContacts: true, canWriteContacts: true, canRecordResponses: true }],
  ] as const)('successful-viewer-as-%s names the user, role, workspace and permissions', async (role, gqlRole, can) => {
    const result = await server.execute(VIEWER, {}, { as: role });
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer).toEqual({
      userId: `test-${role}`,
      role: gqlRole,
      workspace: { id: 'acme', name: 'Workspace acme' },
      ...can,
    });
  });

  test('successful-health-needs-no-token', async () => {
    const result = await server.execute(
      graphql(`
        query Health {
          health
        }
      `),
      {},
      { as: 'anonymous' },
    );
    expect(result.data).toEqual({ health: true });
  });
});

describe('bad tokens answer UNAUTHENTICATED with HTTP 401', () => {
  const cases: [string, () => string | undefined, RegExp][] = [
    ['missing token', () => undefined, /Missing bearer token/],
    [
      'expired token',
      () =>
        rawToken(
          { workspace: 'acme', role: 'admin', exp: Math.floor(Date.now() / 1000) - 60 },
          { expiresIn: undefined },
        ),
      /expired/,
    ],
    [
      'unsigned token (alg none)',
      () =>
        jwt.sign(
          {
            workspace: 'acme',
            role: 'admin',
            sub: 'u-1',
            iss: server.config.jwt.issuer,
            aud: server.config.jwt.audience,
            exp: Math.floor(Date.now() / 1000) + 600,
          },
          '',
          { algorithm: 'none' },
        ),
      /Invalid token/,
    ],
    [
      'wrong signing secret',
      () => rawToken({ workspace: 'acme', role: 'admin' }, {}, 'another-secret-that-is-long-enough-to-be-valid'),
      /invalid signature/,
    ],
    ['wrong audience', () => rawToken({ workspace: 'acme', role: 'admin' }, { audience: 'someone-else' }), /audience/],
    ['wrong issuer', () => rawToken({ workspace: 'acme', role: 'admin' }, { issuer: 'someone-else' }), /issuer/],
    [
      'token without expiry',
      () => rawToken({ workspace: 'acme', role: 'admin' }, { expiresIn: undefined }),
      /claims \(exp\)/,
    ],
    ['unknown role', () => rawToken({ workspace: 'acme', role: 'superuser' }), /claims \(role\)/],
    [
      'unknown workspace',
      () => rawToken({ workspace: 'no-such-workspace', role: 'admin' }),
      /Unknown workspace "no-such-workspace"/,
    ],
  ];

  test.each(cases)('failing-viewer-with-%s', async (_name, makeToken, message) => {
    const token = makeToken();
    const result = await server.execute(VIEWER, {}, token ? { token } : { as: 'anonymous' });
    expect(result.status).toBe(401);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  test('failing-malformed-authorization-header', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${server.tokenFor('admin')}` },
      body: JSON.stringify({ query: print(VIEWER) }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(401);
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
