import { createHash } from 'node:crypto';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { WebhookSecretModel } from '../api/src/modules/webhook/webhook.model';
import { MAX_ACTIVE_SECRETS } from '../api/src/modules/webhook/webhook.service';
import type { WebhookProvider, WebhookSecretAddInput } from './__generated__/graphql';
import { startTestServer, type TestServer } from './support/test-server';
import {
  ADD_WEBHOOK_SECRET,
  LIST_WEBHOOK_SECRETS,
  ROTATE_WEBHOOK_SECRET,
  addSecret,
  newStandardSecret,
  newSurvicateSecret,
  revokeSecret,
  storedStateWithSecrets,
} from './support/webhooks';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await WebhookSecretModel.deleteMany({}).exec();
});

const fingerprintOf = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 8);

async function add(input: WebhookSecretAddInput, as: 'admin' | 'agent' | 'sales' | 'anonymous' = 'admin') {
  return server.execute(ADD_WEBHOOK_SECRET, { input }, { as });
}

async function list(variables: VariablesOf<typeof LIST_WEBHOOK_SECRETS> = {}) {
  return server.execute(LIST_WEBHOOK_SECRETS, variables, { as: 'admin' });
}

describe('webhookSecretAdd', () => {
  test('successful-generated-standard-secret-is-shown-once', async () => {
    const result = await add({ provider: 'STANDARD', label: 'Delighted' });
    expect(result.errors).toBeUndefined();
    const payload = result.data?.webhookSecretAdd;
    expect(payload?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(payload?.webhookSecret).toMatchObject({
      provider: 'STANDARD',
      label: 'Delighted',
      fingerprint: fingerprintOf(payload?.secret ?? ''),
      endpointPath: '/hooks/acme/standard',
      active: true,
      rotatedFromId: null,
      createdBy: 'test-admin',
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  test('successful-pasted-secrets-are-not-returned', async () => {
    const standard = newStandardSecret();
    const survicate = newSurvicateSecret();
    const first = await add({ provider: 'STANDARD', secret: standard });
    const second = await add({ provider: 'SURVICATE', secret: survicate });
    expect(first.data?.webhookSecretAdd.secret).toBeNull();
    expect(first.data?.webhookSecretAdd.webhookSecret.fingerprint).toBe(fingerprintOf(standard));
    expect(second.data?.webhookSecretAdd.secret).toBeNull();
    expect(second.data?.webhookSecretAdd.webhookSecret).toMatchObject({
      provider: 'SURVICATE',
      endpointPath: '/hooks/acme/survicate',
      fingerprint: fingerprintOf(survicate),
    });
  });

  test('successful-secrets-are-stored-sealed', async () => {
    const standard = newStandardSecret();
    await add({ provider: 'STANDARD', secret: standard });
    const stored = JSON.stringify(await WebhookSecretModel.find().lean().exec());
    expect(stored).not.toContain(standard.slice('whsec_'.length));
    expect(stored).toMatch(/"sealedSecret":"v1\./);
  });

  test.each<[string, WebhookProvider, string | undefined, string]>([
    ['standard-without-whsec', 'STANDARD', 'not-a-secret', 'must be whsec_'],
    ['standard-key-too-short', 'STANDARD', 'whsec_c2hvcnQ=', 'must be whsec_'],
    ['standard-key-too-long', 'STANDARD', `whsec_${Buffer.alloc(65).toString('base64')}`, 'must be whsec_'],
    ['survicate-too-short', 'SURVICATE', 'short', 'at least 16 characters'],
    ['survicate-with-spaces', 'SURVICATE', 'has spaces in the middle of it', 'must not contain spaces'],
    ['survicate-generated', 'SURVICATE', undefined, 'Survicate makes the signing secret'],
  ])('failing-%s-secret-is-refused', async (_case, provider, secret, message) => {
    const before = await storedStateWithSecrets();
    const result = await add({ provider, secret });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secret' });
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await storedStateWithSecrets()).toBe(before);
  });

  test('failing-more-active-secrets-than-the-limit', async () => {
    for (let i = 0; i < MAX_ACTIVE_SECRETS; i += 1) await addSecret(server, { provider: 'STANDARD' });
    const before = await storedStateWithSecrets();
    const result = await add({ provider: 'STANDARD' });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedStateWithSecrets()).toBe(before);
    // The limit is per provider.
    expect((await add({ provider: 'SURVICATE', secret: newSurvicateSecret() })).errors).toBeUndefined();
  });
});

describe('webhookSecrets', () => {
  test('successful-list-never-returns-a-secret-in-full', async () => {
    const generated = await addSecret(server, { provider: 'STANDARD' });
    const pasted = await addSecret(server, { provider: 'SURVICATE', secret: newSurvicateSecret() });
    const result = await list();
    expect(result.errors).toBeUndefined();
    expect(result.data?.webhookSecrets.edges.map((edge) => edge.node.id)).toEqual([pasted.id, generated.id]);
    const text = JSON.stringify(result);
    for (const { secret } of [generated, pasted]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.replace('whsec_', '').slice(0, 16));
    }
  });

  test('successful-pages-newest-first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.unshift((await addSecret(server, { provider: 'STANDARD' })).id);
    const first = await list({ first: 2 });
    expect(first.data?.webhookSecrets.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(first.data?.webhookSecrets.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.data?.webhookSecrets.pageInfo.endCursor });
    expect(second.data?.webhookSecrets.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2));
    expect(second.data?.webhookSecrets.pageInfo.hasNextPage).toBe(false);
  });

  test('successful-other-workspaces-secrets-are-not-listed', async () => {
    await addSecret(server, { provider: 'STANDARD' }, { workspaceId: 'globex' });
    expect((await list()).data?.webhookSecrets.edges).toEqual([]);
  });
});

describe('webhookSecretRotate and webhookSecretRevoke', () => {
  test('successful-rotate-keeps-the-old-secret-active', async () => {
    const old = await addSecret(server, { provider: 'STANDARD', label: 'Typeform' });
    const result = await server.execute(ROTATE_WEBHOOK_SECRET, { input: { id: old.id } }, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    const rotated = result.data?.webhookSecretRotate;
    expect(rotated?.secret).toMatch(/^whsec_/);
    expect(rotated?.secret).not.toBe(old.secret);
    expect(rotated?.webhookSecret).toMatchObject({ label: 'Typeform', rotatedFromId: old.id, active: true });
    expect(rotated?.previous).toMatchObject({ id: old.id, active: true });
    expect((await list()).data?.webhookSecrets.edges).toHaveLength(2);
  });

  test('successful-rotate-to-a-pasted-survicate-secret', async () => {
    const old = await addSecret(server, { provider: 'SURVICATE', secret: newSurvicateSecret() });
    const successor = newSurvicateSecret();
    const result = await server.execute(
      ROTATE_WEBHOOK_SECRET,
      { input: { id: old.id, secret: successor } },
      { as: 'admin' },
    );
    expect(result.data?.webhookSecretRotate.secret).toBeNull();
    expect(result.data?.webhookSecretRotate.webhookSecret.fingerprint).toBe(fingerprintOf(successor));
  });

  test('successful-revoke-at-once-and-again-changes-nothing', async () => {
    const { id } = await addSecret(server, { provider: 'STANDARD' });
    const revoked = await revokeSecret(server, id);
    expect(revoked.errors).toBeUndefined();
    const secret = revoked.data?.webhookSecretRevoke.webhookSecret;
    expect(secret).toMatchObject({ id, active: false, revokedBy: 'test-admin' });
    expect(secret?.revokedAt).not.toBeNull();
    const again = await revokeSecret(server, id);
    expect(again.data?.webhookSecretRevoke.webhookSecret.revokedAt).toBe(secret?.revokedAt);
    expect((await list()).data?.webhookSecrets.edges).toEqual([]);
    expect((await list({ includeRevoked: true })).data?.webhookSecrets.edges.map((edge) => edge.node.id)).toEqual([id]);
  });

  test('failing-rotate-of-a-revoked-secret', async () => {
    const { id } = await addSecret(server, { provider: 'STANDARD' });
    await revokeSecret(server, id);
    const before = await storedStateWithSecrets();
    const result = await server.execute(ROTATE_WEBHOOK_SECRET, { input: { id } }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await storedStateWithSecrets()).toBe(before);
  });

  test.each(['globex', 'malformed'])('failing-secret-of-%s-is-not-found', async (kind) => {
    const other = await addSecret(server, { provider: 'STANDARD' }, { workspaceId: 'globex' });
    const id = kind === 'globex' ? other.id : 'not-an-id';
    const before = await storedStateWithSecrets();
    expect((await revokeSecret(server, id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const rotate = await server.execute(ROTATE_WEBHOOK_SECRET, { input: { id } }, { as: 'admin' });
    expect(rotate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await storedStateWithSecrets()).toBe(before);
  });
});

describe('who may manage webhook secrets', () => {
  test.each([
    ['agent', 'FORBIDDEN'],
    ['sales', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('failing-%s-is-refused-with-%s', async (as, code) => {
    const { id } = await addSecret(server, { provider: 'STANDARD' });
    const before = await storedStateWithSecrets();
    const attempts = [
      await server.execute(LIST_WEBHOOK_SECRETS, {}, { as }),
      await add({ provider: 'STANDARD' }, as),
      await server.execute(ROTATE_WEBHOOK_SECRET, { input: { id } }, { as }),
      await revokeSecret(server, id, as),
    ];
    for (const attempt of attempts) {
      expect(attempt.errors?.[0]?.extensions?.code).toBe(code);
      expect(attempt.data ?? null).toBeNull();
    }
    expect(await storedStateWithSecrets()).toBe(before);
  });
});
