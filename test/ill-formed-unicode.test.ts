import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { importFile } from '../api/src/modules/import/import.service';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { WebhookSecretModel } from '../api/src/modules/webhook/webhook.model';
import { clearContactData, storedState } from './support/db-state';
import { npsInput, RECORD_RESPONSE, UPSERT_CONTACT } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';
import { addSecret, postHook, standardHeaders } from './support/webhooks';

// A lone UTF-16 surrogate is stored by MongoDB as U+FFFD, so `a\ud800` and `a\udc00` would
// be one `sourceId` and the second answer would be dropped as a duplicate of the first.
// Every way in refuses such strings, and stores nothing: GraphQL (variables and inline
// arguments), signed webhooks, and import rows.

let server: TestServer;
let directory: string;

const LONE_HIGH = 'a\uD800';
const LONE_LOW = 'a\uDC00';

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
  directory = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-unicode-'));
});
afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearContactData();
});

async function postGraphQL(body: string) {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.tokenFor('agent')}` },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string; field?: string } }[] },
  };
}

describe('GraphQL', () => {
  test.each([
    ['sourceId', { sourceId: LONE_HIGH }, 'variables.input.sourceId'],
    ['sourceId (low half)', { sourceId: LONE_LOW }, 'variables.input.sourceId'],
    ['comment', { comment: `great ${LONE_HIGH}` }, 'variables.input.comment'],
    ['contact name', { contact: { externalId: 'zd-1', name: LONE_LOW } }, 'variables.input.contact.name'],
    ['a tag', { tags: ['ok', LONE_HIGH] }, 'variables.input.tags[1]'],
  ])('failing-a-lone-surrogate-in-%s-is-bad-user-input-and-nothing-is-stored', async (_name, overrides, field) => {
    const before = await storedState();
    // JSON.stringify writes the lone surrogate as a `\ud800` escape, as any client would.
    const answer = await postGraphQL(
      JSON.stringify({ query: print(RECORD_RESPONSE), variables: { input: npsInput(overrides) } }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.body.errors?.[0]?.message).toContain('well-formed Unicode');
    expect(await storedState()).toBe(before);
  });

  test('failing-the-two-ids-that-would-collide-are-both-refused-and-a-well-formed-one-is-stored', async () => {
    for (const sourceId of [LONE_HIGH, LONE_LOW]) {
      const answer = await server.execute(RECORD_RESPONSE, { input: npsInput({ sourceId }) });
      expect(answer.status).toBe(400);
    }
    expect(await ResponseModel.countDocuments().exec()).toBe(0);
    // A surrogate pair (an emoji) is well formed and kept as it is.
    const emoji = await server.execute(RECORD_RESPONSE, { input: npsInput({ sourceId: 'a\uD83D\uDE00' }) });
    expect(emoji.errors).toBeUndefined();
    expect((await ResponseModel.findOne().lean().exec())?.sourceId).toBe('a😀');
  });

  test('failing-a-lone-surrogate-in-an-inline-argument-is-refused', async () => {
    const before = await storedState();
    const inline = `mutation { contactUpsert(input: { externalId: "${LONE_HIGH}" }) { contact { id } } }`;
    const raw = await postGraphQL(JSON.stringify({ query: inline }));
    expect(raw.status).toBe(400);
    // Written as a GraphQL escape instead: the GraphQL parser refuses it.
    const escaped = 'mutation { contactUpsert(input: { externalId: "a\\uD800" }) { contact { id } } }';
    const parsed = await postGraphQL(JSON.stringify({ query: escaped }));
    expect(parsed.status).toBe(400);
    expect(await storedState()).toBe(before);
  });

  test('failing-every-input-type-is-covered-not-just-answers', async () => {
    const answer = await server.execute(UPSERT_CONTACT, { input: { externalId: 'zd-9', company: LONE_HIGH } });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables.input.company' });
  });
});

describe('webhooks', () => {
  let secret: { secret: string };
  beforeAll(async () => {
    await WebhookSecretModel.deleteMany({}).exec();
    secret = await addSecret(server, { provider: 'STANDARD' });
  });

  test('failing-a-signed-delivery-with-a-lone-surrogate-is-400-and-nothing-is-stored', async () => {
    const before = await storedState();
    const payload = JSON.stringify(
      npsInput({ contact: { externalId: 'zd-42' }, source: 'typeform', sourceId: LONE_HIGH }),
    );
    expect(payload).toContain('\\ud800');
    const answer = await postHook(server, '/hooks/acme/standard', payload, standardHeaders(secret.secret, payload));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceId' });
    expect(await storedState()).toBe(before);
  });

  test('successful-the-same-delivery-well-formed-is-stored', async () => {
    const payload = JSON.stringify(
      npsInput({ contact: { externalId: 'zd-42' }, source: 'typeform', sourceId: 'a\uFFFD' }),
    );
    const answer = await postHook(server, '/hooks/acme/standard', payload, standardHeaders(secret.secret, payload));
    expect(answer.status).toBe(200);
    expect(await ResponseModel.countDocuments().exec()).toBe(1);
  });
});

describe('import', () => {
  test('failing-rows-with-a-lone-surrogate-are-rejected-the-others-imported', async () => {
    const row = (id: string, email: string, comment: string | null) =>
      JSON.stringify({
        id,
        person: { id: email, email },
        survey_type: 'nps',
        score: 9,
        comment,
        created_at: 1767261600,
        person_properties: {},
        tags: [],
        notes: [],
      });
    const target = path.join(directory, 'delighted.ndjson');
    writeFileSync(
      target,
      [
        row('201', 'kim@example.com', 'fine'),
        row(LONE_HIGH, 'sam@example.com', null),
        row('203', 'lee@example.com', `x${LONE_LOW}`),
      ].join('\n'),
    );
    const summary = await importFile({ workspaceId: 'acme', file: target, format: 'delighted', batchSize: 10 });
    expect(summary).toMatchObject({ rowsRead: 3, stored: 1, rejected: 2 });
    const rejected = readFileSync(`${target}.rejected.csv`, 'utf8').trim().split('\n');
    expect(rejected[0]).toBe('row,column,reason');
    expect(rejected.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['2,id', '3,comment']);
    expect(rejected[1]).toContain('well-formed Unicode');
    const stored = await ResponseModel.find().lean().exec();
    expect(stored.map(({ sourceId }) => sourceId)).toEqual(['201']);
  });
});
