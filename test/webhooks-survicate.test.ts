import { randomUUID } from 'node:crypto';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { REPORT_MODELS } from '../api/src/modules/report/report.model';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { WebhookSecretModel } from '../api/src/modules/webhook/webhook.model';
import { clearContactData, storedState } from './support/db-state';
import { startTestServer, type TestServer } from './support/test-server';
import {
  addSecret,
  newSurvicateSecret,
  postHook,
  revokeSecret,
  storedStateWithSecrets,
  survicateHeaders,
} from './support/webhooks';

let server: TestServer;
let secret: { id: string; secret: string };

const PATH = '/hooks/acme/survicate';
const RESPONSE_UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const ATTRIBUTES = {
  user_id: 'zd-77',
  email: 'Grace@Example.com',
  first_name: 'Grace',
  last_name: 'Hopper',
  company: 'Navy',
  plan: 'enterprise',
  region: 'US',
  channel: 'in-app',
  agent_id: 'agent-5',
  team: 'Tier 2',
};

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
  await Promise.all(REPORT_MODELS.map((model) => model.deleteMany({}).exec()));
  await WebhookSecretModel.deleteMany({}).exec();
  secret = await addSecret(server, { provider: 'SURVICATE', secret: newSurvicateSecret() });
});

/** A question answered event shaped like the sample in Survicate's webhook docs. */
function questionAnswered(answer: Record<string, unknown>, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    messageId: randomUUID().replaceAll('-', ''),
    deliveryTries: 0,
    event: {
      questionAnswered: {
        responseUuid: RESPONSE_UUID,
        survey: { id: 'b92b6ecae6dd7207', name: 'Quarterly NPS' },
        url: 'https://survey.survicate.com/43f2d5789346d6ad',
        timestamp: '2026-11-02T09:30:00+00:00',
        respondent: {
          id: '534759',
          uuid: '279cd4ab-8a07-4e9e-ac79-bcea32792bbc',
          platform: 'OSX',
          attributes: ATTRIBUTES,
          links: [],
        },
        question: { id: 12123, body: 'How likely are you to recommend us to a friend or colleague?' },
        ...answer,
        ...overrides,
      },
    },
  });
}

const npsEvent = (score: number, overrides: Record<string, unknown> = {}) =>
  questionAnswered({ type: 'nps', choice: { id: score, body: 'promoter', comment: null } }, overrides);
const textEvent = (text: string, overrides: Record<string, unknown> = {}) =>
  questionAnswered({ type: 'text', question: { id: 12124, body: 'What is the main reason?' }, text }, overrides);

function deliver(payload: string, key = secret.secret) {
  return postHook(server, PATH, payload, survicateHeaders(key, payload));
}

async function countsState(): Promise<string> {
  return JSON.stringify(await Promise.all(REPORT_MODELS.map((model) => model.find().sort({ _id: 1 }).lean().exec())));
}

async function expectRefused(payload: string, headers: Record<string, string>, status: number, code: string) {
  const before = await storedStateWithSecrets();
  const answer = await postHook(server, PATH, payload, headers);
  expect(answer.status).toBe(status);
  expect(answer.body.errors?.[0]?.extensions.code).toBe(code);
  expect(await storedStateWithSecrets()).toBe(before);
  return answer;
}

describe('POST /hooks/:workspace/survicate', () => {
  test('successful-nps-answer-maps-respondent-attributes', async () => {
    const answer = await deliver(npsEvent(9));
    expect(answer).toEqual({ status: 200, body: { duplicate: false, responseId: expect.any(String) } });
    const response = await ResponseModel.findById(answer.body.responseId).lean().exec();
    expect(response).toMatchObject({
      metric: 'NPS',
      score: 9,
      category: 'PROMOTER',
      comment: null,
      channel: 'in-app',
      campaign: 'Quarterly NPS',
      agentId: 'agent-5',
      team: 'Tier 2',
      plan: 'enterprise',
      region: 'US',
      source: 'survicate',
      sourceId: RESPONSE_UUID,
    });
    expect(response?.answeredAt.toISOString()).toBe('2026-11-02T09:30:00.000Z');
    expect(await ContactModel.findById(response?.contactId).lean().exec()).toMatchObject({
      externalId: 'zd-77',
      email: 'grace@example.com',
      name: 'Grace Hopper',
      company: 'Navy',
      plan: 'enterprise',
      region: 'US',
    });
  });

  test('successful-score-then-comment-updates-the-stored-answer', async () => {
    const scored = await deliver(npsEvent(3));
    const counts = await countsState();
    const commented = await deliver(textEvent('The app keeps logging me out'));
    expect(commented).toEqual({ status: 200, body: { duplicate: false, responseId: scored.body.responseId } });
    expect(await ResponseModel.countDocuments()).toBe(1);
    const response = await ResponseModel.findById(scored.body.responseId).lean().exec();
    expect(response).toMatchObject({ score: 3, comment: 'The app keeps logging me out', pending: [] });
    const contact = await ContactModel.findById(response?.contactId).lean().exec();
    expect(contact?.loyalty).toMatchObject({
      category: 'DETRACTOR',
      latestComment: 'The app keeps logging me out',
      responseCount: 1,
    });
    // A comment changes no count.
    expect(await countsState()).toBe(counts);

    const repeated = await deliver(textEvent('The app keeps logging me out'));
    expect(repeated).toEqual({ status: 200, body: { duplicate: true, responseId: scored.body.responseId } });
  });

  test('successful-nps-comment-on-the-choice-is-kept', async () => {
    const answer = await deliver(
      questionAnswered({ type: 'nps', choice: { id: 10, body: 'promoter', comment: 'Fast and friendly' } }),
    );
    expect(await ResponseModel.findById(answer.body.responseId).lean().exec()).toMatchObject({
      comment: 'Fast and friendly',
    });
  });

  test('successful-repeated-and-concurrent-nps-deliveries-store-one-answer', async () => {
    const payload = npsEvent(8);
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(payload)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((answer) => answer.body.duplicate === false)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.responseId)).size).toBe(1);
    expect(await ResponseModel.countDocuments()).toBe(1);
  });

  test('successful-respondent-known-by-email-only', async () => {
    const answer = await deliver(npsEvent(7, { respondent: { attributes: { email: 'ada@example.com' } } }));
    expect(answer.status).toBe(200);
    expect(await ContactModel.findOne().lean().exec()).toMatchObject({ externalId: null, email: 'ada@example.com' });
  });

  test.each([
    ['another question type', questionAnswered({ type: 'single', choice: { id: 201139, body: 'B2B', comment: null } })],
    ['a survey completed event', JSON.stringify({ messageId: 'm-1', event: { surveyCompleted: { survey: {} } } })],
  ])('successful-%s-is-acknowledged-and-ignored', async (_case, payload) => {
    const before = await storedState();
    const answer = await deliver(payload);
    expect(answer).toEqual({ status: 200, body: { ignored: expect.any(String) } });
    expect(await storedState()).toBe(before);
  });

  test('failing-comment-before-its-score-is-refused-for-a-retry', async () => {
    const payload = textEvent('Arrived first');
    const answer = await expectRefused(payload, survicateHeaders(secret.secret, payload), 409, 'RESPONSE_NOT_RECORDED');
    expect(answer.body.errors?.[0]?.extensions.field).toBe('event.questionAnswered.responseUuid');
  });

  test('failing-missing-hmac-header', async () => {
    await expectRefused(npsEvent(9), {}, 401, 'SIGNATURE_MISSING');
  });

  test('failing-tampered-body', async () => {
    const signed = npsEvent(9);
    await expectRefused(npsEvent(0), survicateHeaders(secret.secret, signed), 401, 'SIGNATURE_INVALID');
  });

  test('failing-wrong-secret', async () => {
    const payload = npsEvent(9);
    await expectRefused(payload, survicateHeaders(newSurvicateSecret(), payload), 401, 'SIGNATURE_INVALID');
  });

  test('successful-rotated-secrets-both-verify-until-revoked', async () => {
    const successor = newSurvicateSecret();
    await addSecret(server, { provider: 'SURVICATE', secret: successor });
    expect((await deliver(npsEvent(9, { responseUuid: 'r-old' }))).status).toBe(200);
    expect((await deliver(npsEvent(9, { responseUuid: 'r-new' }), successor)).status).toBe(200);
    await revokeSecret(server, secret.id);
    const payload = npsEvent(9, { responseUuid: 'r-after' });
    await expectRefused(payload, survicateHeaders(secret.secret, payload), 401, 'SIGNATURE_INVALID');
  });

  test.each([
    [
      'no user_id or email',
      npsEvent(9, { respondent: { attributes: [] } }),
      'event.questionAnswered.respondent.attributes',
    ],
    ['score out of range', npsEvent(11), 'score'],
    ['missing response uuid', npsEvent(9, { responseUuid: undefined }), 'event.questionAnswered.responseUuid'],
    ['nps without choice', npsEvent(9, { choice: null }), 'event.questionAnswered.choice'],
    ['bad timestamp', npsEvent(9, { timestamp: 'yesterday' }), 'event.questionAnswered.timestamp'],
  ])('failing-invalid-event-%s', async (_case, payload, field) => {
    const answer = await expectRefused(payload, survicateHeaders(secret.secret, payload), 400, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions.field).toBe(field);
  });

  test('failing-malformed-json', async () => {
    await expectRefused('not json', survicateHeaders(secret.secret, 'not json'), 400, 'MALFORMED_JSON');
  });
});
