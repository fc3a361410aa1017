import { ContactModel } from '../api/src/modules/contact/contact.model';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { WebhookSecretModel } from '../api/src/modules/webhook/webhook.model';
import { MAX_BODY_BYTES } from '../api/src/modules/webhook/webhook.routes';
import { clearContactData } from './support/db-state';
import { npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';
import {
  ROTATE_WEBHOOK_SECRET,
  addSecret,
  newStandardSecret,
  postHook,
  revokeSecret,
  standardHeaders,
  storedStateWithSecrets,
} from './support/webhooks';

let server: TestServer;
let secret: { id: string; secret: string };

const PATH = '/hooks/acme/standard';

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
  await WebhookSecretModel.deleteMany({}).exec();
  secret = await addSecret(server, { provider: 'STANDARD' });
});

function body(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...npsInput(),
    contact: { externalId: 'zd-42', email: 'ada@example.com', name: 'Ada Lovelace', plan: 'pro', region: 'EU' },
    source: 'typeform',
    sourceId: 'tf-1',
    ...overrides,
  });
}

/** Signs with the `standardwebhooks` package, by default with the current secret. */
function deliver(payload: string, options: { key?: string; timestamp?: Date; path?: string } = {}) {
  const headers = standardHeaders(options.key ?? secret.secret, payload, { timestamp: options.timestamp });
  return postHook(server, options.path ?? PATH, payload, headers);
}

async function expectRefused(
  attempt: () => Promise<{ status: number; body: { errors?: { extensions: { code: string; field?: string } }[] } }>,
  status: number,
  code: string,
  field?: string,
) {
  const before = await storedStateWithSecrets();
  const answer = await attempt();
  expect(answer.status).toBe(status);
  expect(answer.body.errors?.[0]?.extensions).toEqual({ code, ...(field ? { field } : {}) });
  expect(await storedStateWithSecrets()).toBe(before);
}

describe('POST /hooks/:workspace/standard', () => {
  test('successful-delivery-records-the-answer-with-the-contact-segments', async () => {
    const answer = await deliver(body());
    expect(answer).toEqual({ status: 200, body: { duplicate: false, responseId: expect.any(String) } });
    const response = await ResponseModel.findById(answer.body.responseId).lean().exec();
    expect(response).toMatchObject({
      workspaceId: 'acme',
      metric: 'NPS',
      score: 9,
      category: 'PROMOTER',
      comment: 'Lovely support',
      channel: 'email',
      plan: 'pro',
      region: 'EU',
      source: 'typeform',
      sourceId: 'tf-1',
      pending: [],
    });
    expect(response?.answeredAt.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    const contact = await ContactModel.findById(response?.contactId).lean().exec();
    expect(contact).toMatchObject({ externalId: 'zd-42', name: 'Ada Lovelace', plan: 'pro', region: 'EU' });
    expect(contact?.loyalty).toMatchObject({ category: 'PROMOTER', latestScore: 9, responseCount: 1 });
    const stored = await WebhookSecretModel.findById(secret.id).lean().exec();
    expect(stored?.lastUsedAt).toBeInstanceOf(Date);
  });

  test('successful-repeated-delivery-is-stored-once', async () => {
    const first = await deliver(body());
    const second = await deliver(body());
    expect(second).toEqual({ status: 200, body: { duplicate: true, responseId: first.body.responseId } });
    expect(await ResponseModel.countDocuments()).toBe(1);
  });

  test('successful-10-concurrent-identical-deliveries-store-one-answer', async () => {
    const payload = body({ sourceId: 'tf-concurrent' });
    const headers = standardHeaders(secret.secret, payload);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postHook(server, PATH, payload, headers)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((answer) => answer.body.duplicate === false)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.responseId)).size).toBe(1);
    expect(await ResponseModel.countDocuments()).toBe(1);
    expect(await ContactModel.countDocuments()).toBe(1);
    const contact = await ContactModel.findOne().lean().exec();
    expect(contact?.loyalty?.responseCount).toBe(1);
  });

  test('successful-csat-answer-and-no-plan', async () => {
    const answer = await deliver(
      body({ contact: { email: 'kim@example.com' }, metric: 'CSAT', score: 4, scaleMax: 5, answeredAt: undefined }),
    );
    expect(answer.status).toBe(200);
    expect(await ResponseModel.findById(answer.body.responseId).lean().exec()).toMatchObject({
      metric: 'CSAT',
      score: 4,
      scaleMax: 5,
      plan: null,
    });
  });

  test.each([-299, 299])('successful-timestamp-%i-seconds-away-is-accepted', async (seconds) => {
    const answer = await deliver(body(), { timestamp: new Date(Date.now() + seconds * 1000) });
    expect(answer.status).toBe(200);
  });

  test.each([-301, 301])('failing-timestamp-%i-seconds-away-is-refused', async (seconds) => {
    await expectRefused(
      () => deliver(body(), { timestamp: new Date(Date.now() + seconds * 1000) }),
      401,
      'TIMESTAMP_OUT_OF_TOLERANCE',
    );
  });

  test('failing-unsigned-delivery', async () => {
    await expectRefused(() => postHook(server, PATH, body(), {}), 401, 'SIGNATURE_MISSING');
  });

  test('failing-tampered-body', async () => {
    const signed = body();
    const headers = standardHeaders(secret.secret, signed);
    await expectRefused(
      () => postHook(server, PATH, signed.replace('"score":9', '"score":0'), headers),
      401,
      'SIGNATURE_INVALID',
    );
  });

  test('failing-wrong-secret', async () => {
    await expectRefused(() => deliver(body(), { key: newStandardSecret() }), 401, 'SIGNATURE_INVALID');
  });

  test('failing-timestamp-that-is-no-number', async () => {
    const payload = body();
    const headers = { ...standardHeaders(secret.secret, payload), 'webhook-timestamp': 'soon' };
    await expectRefused(() => postHook(server, PATH, payload, headers), 401, 'SIGNATURE_INVALID');
  });

  test('successful-rotation-old-and-new-verify-until-the-old-is-revoked', async () => {
    const rotated = await server.execute(ROTATE_WEBHOOK_SECRET, { input: { id: secret.id } }, { as: 'admin' });
    const successor = rotated.data?.webhookSecretRotate.secret ?? '';
    expect((await deliver(body({ sourceId: 'old-1' }))).status).toBe(200);
    expect((await deliver(body({ sourceId: 'new-1' }), { key: successor })).status).toBe(200);

    await revokeSecret(server, secret.id);
    await expectRefused(() => deliver(body({ sourceId: 'old-2' })), 401, 'SIGNATURE_INVALID');
    expect((await deliver(body({ sourceId: 'new-2' }), { key: successor })).status).toBe(200);
  });

  test('failing-revoked-secret-is-refused-at-once', async () => {
    const other = await addSecret(server, { provider: 'STANDARD' });
    await revokeSecret(server, secret.id);
    await expectRefused(() => deliver(body()), 401, 'SIGNATURE_INVALID');
    expect((await deliver(body(), { key: other.secret })).status).toBe(200);
  });

  test('failing-oversized-body', async () => {
    const payload = body({ comment: 'x'.repeat(MAX_BODY_BYTES) });
    await expectRefused(() => deliver(payload), 413, 'PAYLOAD_TOO_LARGE');
  });

  test('failing-malformed-json', async () => {
    await expectRefused(() => deliver('{"score": 9,'), 400, 'MALFORMED_JSON');
  });

  test.each([
    ['score out of range', { score: 11 }, 'score'],
    ['fractional score', { score: 8.5 }, 'score'],
    ['missing source id', { sourceId: undefined }, 'sourceId'],
    ['future answer', { answeredAt: '2999-01-01T00:00:00Z' }, 'answeredAt'],
    ['date without a time zone', { answeredAt: '2026-11-01 10:00' }, 'answeredAt'],
    ['unknown field', { nps: 9 }, 'nps'],
    ['unknown contact field', { contact: { externalId: 'zd-9', phone: '+1 555' } }, 'contact.phone'],
    ['contact without identifier', { contact: { name: 'Nobody' } }, 'contact.externalId'],
    ['bad email', { contact: { email: 'not-an-email' } }, 'contact.email'],
    ['too long plan', { contact: { externalId: 'zd-9', plan: 'p'.repeat(101) } }, 'contact.plan'],
  ])('failing-invalid-answer-%s', async (_case, overrides, field) => {
    const before = await storedStateWithSecrets();
    const answer = await deliver(body(overrides));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await storedStateWithSecrets()).toBe(before);
  });

  test('failing-unknown-workspace-answers-like-a-workspace-without-secrets', async () => {
    const unknown = await deliver(body(), { path: '/hooks/nowhere/standard' });
    const withoutSecrets = await deliver(body(), { path: '/hooks/globex/standard' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(withoutSecrets).toEqual(unknown);
    await expectRefused(() => deliver(body(), { path: '/hooks/nowhere/standard' }), 404, 'NOT_FOUND');
  });

  test('failing-secret-of-another-provider-does-not-open-this-endpoint', async () => {
    await WebhookSecretModel.deleteMany({}).exec();
    await addSecret(server, { provider: 'SURVICATE', secret: 'a-survicate-signing-secret' });
    await expectRefused(() => deliver(body()), 404, 'NOT_FOUND');
  });
});
