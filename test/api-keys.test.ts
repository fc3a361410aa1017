import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApiKeyModel, type ApiKeyDoc } from '../api/src/modules/api-key/api-key.model';
import { issueApiKey, MAX_ACTIVE_API_KEYS } from '../api/src/modules/api-key/api-key.service';
import { graphql } from './__generated__';
import type { Role } from './__generated__/graphql';
import { credentialState, expectUnauthenticated, RECORD, recordInput } from './support/credentials';
import { VIEWER } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await ApiKeyModel.deleteMany({}).exec();
});

const CREATE = graphql(`
  mutation TestApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        id
        name
        role
        prefix
        active
        createdBy
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const LIST = graphql(`
  query TestApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {
    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
      edges {
        cursor
        node {
          id
          name
          role
          prefix
          active
          createdBy
          createdAt
          lastUsedAt
          revokedAt
          revokedBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation TestApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      apiKey {
        id
        active
        revokedAt
        revokedBy
      }
    }
  }
`);

async function createKey(name: string, role: Role, as: 'admin' | 'agent' = 'admin') {
  const result = await server.execute(CREATE, { input: { name, role } }, { as });
  expect(result.errors).toBeUndefined();
  return result.data!.apiKeyCreate;
}

describe('apiKeyCreate', () => {
  test('successful-create-returns-the-key-once-and-stores-only-its-hash', async () => {
    const { secret, apiKey } = await createKey('Survey tool', 'INTEGRATION');
    expect(secret).toMatch(/^npsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    // 43 base64url characters are the 32 random bytes: 256 bits.
    expect(Buffer.from(secret.split('_').slice(2).join('_'), 'base64url')).toHaveLength(32);
    expect(apiKey).toMatchObject({
      name: 'Survey tool',
      role: 'INTEGRATION',
      prefix: secret.slice(0, 17),
      active: true,
      createdBy: 'test-admin',
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = await ApiKeyModel.findById(apiKey.id).lean<ApiKeyDoc>().exec();
    expect(stored?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(18));
    // The list never shows the key again.
    const list = await server.execute(LIST, {}, { as: 'admin' });
    expect(JSON.stringify(list.data)).not.toContain(secret.slice(18));
  });

  test('successful-two-keys-differ', async () => {
    const first = await createKey('a', 'AGENT');
    const second = await createKey('b', 'AGENT');
    expect(first.secret).not.toBe(second.secret);
    expect(first.apiKey.prefix).not.toBe(second.apiKey.prefix);
  });

  test.each<[string, { name: string; role: Role }, string]>([
    ['an empty name', { name: '   ', role: 'AGENT' }, 'name'],
    ['a name over 100 characters', { name: 'x'.repeat(101), role: 'AGENT' }, 'name'],
  ])('failing-create-with-%s', async (_case, input, field) => {
    const before = await credentialState();
    const result = await server.execute(CREATE, { input }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await credentialState()).toBe(before);
  });

  test('failing-create-with-an-unknown-role', async () => {
    const before = await credentialState();
    // Not a role of the schema, on purpose: variable coercion refuses it.
    const result = await server.execute(CREATE, { input: { name: 'x', role: 'ROOT' as Role } }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await credentialState()).toBe(before);
  });

  test.each(['agent', 'sales'] as const)('failing-create-as-%s-is-forbidden', async (role) => {
    const before = await credentialState();
    const result = await server.execute(CREATE, { input: { name: 'x', role: 'ADMIN' } }, { as: role });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await credentialState()).toBe(before);
  });

  test('failing-create-anonymous', async () => {
    const before = await credentialState();
    const result = await server.execute(CREATE, { input: { name: 'x', role: 'ADMIN' } }, { as: 'anonymous' });
    expectUnauthenticated(result, /Missing bearer token/);
    expect(await credentialState()).toBe(before);
  });

  test('failing-create-over-the-active-key-limit', async () => {
    for (let i = 0; i < MAX_ACTIVE_API_KEYS; i += 1) {
      await issueApiKey('acme', { name: `k${i}`, role: 'agent', createdBy: 'test' });
    }
    const before = await credentialState();
    const result = await server.execute(CREATE, { input: { name: 'one too many', role: 'AGENT' } }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await credentialState()).toBe(before);
  });
});

describe('using a key', () => {
  test.each([
    ['AGENT', true],
    ['SALES', false],
    ['ADMIN', true],
    ['INTEGRATION', true],
  ] as const)('successful-key-with-role-%s-authenticates-as-that-role', async (role, mayRecord) => {
    const { secret, apiKey } = await createKey(`${role} key`, role);
    if (role !== 'INTEGRATION') {
      const viewer = await server.execute(VIEWER, {}, { token: secret });
      expect(viewer.errors).toBeUndefined();
      expect(viewer.data?.viewer).toMatchObject({
        userId: `apikey:${apiKey.id}`,
        role,
        workspace: { id: 'acme' },
      });
    }
    const recorded = await server.execute(RECORD, recordInput(`key-${role}`), { token: secret });
    if (mayRecord) expect(recorded.errors).toBeUndefined();
    else expect(recorded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('successful-integration-key-only-upserts-contacts-and-records-answers', async () => {
    const { secret } = await createKey('Survey tool', 'INTEGRATION');
    const recorded = await server.execute(RECORD, recordInput('integration-1'), { token: secret });
    expect(recorded.errors).toBeUndefined();
    const before = await credentialState();
    const reads: TypedDocumentNode<object, Record<string, never>>[] = [
      graphql(`
        query TestIntegrationKeyReadsContact {
          contact(externalId: "zd-integration-1") {
            id
          }
        }
      `),
      graphql(`
        query TestIntegrationKeyReadsApiKeys {
          apiKeys {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      graphql(`
        query TestIntegrationKeyReadsWorkspace {
          workspace {
            id
          }
        }
      `),
    ];
    for (const document of reads) {
      const result = await server.execute(document, {}, { token: secret });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const create = await server.execute(CREATE, { input: { name: 'x', role: 'ADMIN' } }, { token: secret });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await credentialState()).toBe(before);
  });

  test('successful-admin-key-manages-keys-and-downloads-csv', async () => {
    const { secret } = await createKey('bootstrap', 'ADMIN');
    const created = await server.execute(CREATE, { input: { name: 'ci', role: 'AGENT' } }, { token: secret });
    expect(created.errors).toBeUndefined();
    expect(created.data?.apiKeyCreate.apiKey.createdBy).toMatch(/^apikey:[0-9a-f]{24}$/);
    const csv = await fetch(`${server.baseUrl}/export/responses.csv?from=2026-01-01&to=2026-12-31`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(csv.status).toBe(200);
    await csv.text();
    const agent = await createKey('agent', 'AGENT');
    const refused = await fetch(`${server.baseUrl}/export/responses.csv?from=2026-01-01&to=2026-12-31`, {
      headers: { authorization: `Bearer ${agent.secret}` },
    });
    expect(refused.status).toBe(403);
  });

  test('successful-last-used-at-is-written-at-most-once-a-minute', async () => {
    const { secret, apiKey } = await createKey('ci', 'AGENT');
    await server.execute(VIEWER, {}, { token: secret });
    const first = (await ApiKeyModel.findById(apiKey.id).lean<ApiKeyDoc>().exec())?.lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await server.execute(VIEWER, {}, { token: secret });
    await server.execute(VIEWER, {}, { token: secret });
    expect((await ApiKeyModel.findById(apiKey.id).lean<ApiKeyDoc>().exec())?.lastUsedAt).toEqual(first);
    // A minute later the next use is recorded.
    const aMinuteAgo = new Date(Date.now() - 61_000);
    await ApiKeyModel.updateOne({ _id: apiKey.id }, { $set: { lastUsedAt: aMinuteAgo } }).exec();
    await server.execute(VIEWER, {}, { token: secret });
    const later = (await ApiKeyModel.findById(apiKey.id).lean<ApiKeyDoc>().exec())?.lastUsedAt;
    expect(later!.getTime()).toBeGreaterThan(aMinuteAgo.getTime() + 30_000);
    const list = await server.execute(LIST, {}, { as: 'admin' });
    expect(list.data?.apiKeys.edges[0]?.node.lastUsedAt).toBe(later!.toISOString());
  });

  test.each([
    ['an unknown key', () => `npsk_0123456789ab_${'A'.repeat(43)}`, /Unknown API key/],
    ['a malformed key', () => 'npsk_not-a-key', /Malformed API key/],
    ['a truncated key', () => `npsk_0123456789ab_${'A'.repeat(42)}`, /Malformed API key/],
  ])('failing-request-with-%s', async (_case, key, message) => {
    await createKey('real', 'ADMIN');
    const before = await credentialState();
    expectUnauthenticated(await server.execute(RECORD, recordInput('unknown-key'), { token: key() }), message);
    expect(await credentialState()).toBe(before);
  });

  test('failing-a-jwt-may-not-carry-the-integration-role', async () => {
    const { default: jwt } = await import('jsonwebtoken');
    const token = jwt.sign({ workspace: 'acme', role: 'integration' }, server.config.jwt.secret, {
      algorithm: 'HS256',
      subject: 'machine',
      issuer: server.config.jwt.issuer,
      audience: server.config.jwt.audience,
      expiresIn: 600,
    });
    const before = await credentialState();
    expectUnauthenticated(await server.execute(RECORD, recordInput('jwt-integration'), { token }), /claims \(role\)/);
    expect(await credentialState()).toBe(before);
  });
});

describe('apiKeys and apiKeyRevoke', () => {
  test('successful-list-newest-first-with-paging-and-revoked-on-request', async () => {
    const a = await createKey('a', 'AGENT');
    const b = await createKey('b', 'SALES');
    const c = await createKey('c', 'INTEGRATION');
    await server.execute(REVOKE, { input: { id: b.apiKey.id } }, { as: 'admin' });
    const active = await server.execute(LIST, {}, { as: 'admin' });
    expect(active.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['c', 'a']);
    const page1 = await server.execute(LIST, { first: 2, includeRevoked: true }, { as: 'admin' });
    expect(page1.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['c', 'b']);
    expect(page1.data?.apiKeys.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.execute(
      LIST,
      { first: 2, includeRevoked: true, after: page1.data?.apiKeys.pageInfo.endCursor },
      { as: 'admin' },
    );
    expect(page2.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['a']);
    const revoked = page1.data?.apiKeys.edges[1]?.node;
    expect(revoked).toMatchObject({ role: 'SALES', prefix: b.apiKey.prefix, active: false, revokedBy: 'test-admin' });
    expect(revoked?.revokedAt).toEqual(expect.any(String));
    expect(c.apiKey.prefix).toMatch(/^npsk_[0-9a-f]{12}$/);
    expect(a.apiKey.createdAt).toEqual(expect.any(String));
  });

  test('successful-revoke-takes-effect-at-once', async () => {
    const { secret, apiKey } = await createKey('ci', 'AGENT');
    expect((await server.execute(VIEWER, {}, { token: secret })).errors).toBeUndefined();
    const revoked = await server.execute(REVOKE, { input: { id: apiKey.id } }, { as: 'admin' });
    expect(revoked.errors).toBeUndefined();
    const before = await credentialState();
    expectUnauthenticated(await server.execute(RECORD, recordInput('after-revoke'), { token: secret }), /revoked/);
    expect(await credentialState()).toBe(before);
    // Revoking again changes nothing.
    const again = await server.execute(REVOKE, { input: { id: apiKey.id } }, { as: 'admin' });
    expect(again.errors).toBeUndefined();
    expect(await credentialState()).toBe(before);
  });

  test('failing-revoke-of-another-workspaces-key-is-not-found', async () => {
    const { apiKey } = await issueApiKey('other', { name: 'theirs', role: 'admin', createdBy: 'test' });
    const before = await credentialState();
    for (const id of [apiKey._id.toHexString(), 'not-an-id']) {
      const result = await server.execute(REVOKE, { input: { id } }, { as: 'admin' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await credentialState()).toBe(before);
  });

  test('failing-list-and-revoke-as-agent-are-forbidden', async () => {
    const { apiKey } = await createKey('ci', 'AGENT');
    const before = await credentialState();
    expect((await server.execute(LIST, {}, { as: 'agent' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoke = await server.execute(REVOKE, { input: { id: apiKey.id } }, { as: 'agent' });
    expect(revoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await credentialState()).toBe(before);
  });

  test('successful-keys-are-scoped-to-their-workspace', async () => {
    await createKey('acme key', 'ADMIN');
    const { secret } = await issueApiKey('other', { name: 'other admin', role: 'admin', createdBy: 'test' });
    const list = await server.execute(LIST, {}, { token: secret });
    expect(list.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['other admin']);
    const viewer = await server.execute(VIEWER, {}, { token: secret });
    expect(viewer.data?.viewer.workspace.id).toBe('other');
  });
});
