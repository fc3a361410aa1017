import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ResponseModel } from '../api/src/modules/response/response.model';
import type { ResponseRecordInput } from './__generated__/graphql';
import { clearContactData, storedState } from './support/db-state';
import { GET_CONTACT, RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
});

async function record(input: ResponseRecordInput, as: 'agent' | 'admin' | 'sales' = 'agent') {
  return server.execute(RECORD_RESPONSE, { input }, { as });
}

describe('responseRecord', () => {
  test('successful-record-creates-the-contact-and-its-snapshot', async () => {
    const result = await record(npsInput({ score: 9 }));
    expect(result.errors).toBeUndefined();
    const payload = result.data?.responseRecord;
    expect(payload?.duplicate).toBe(false);
    expect(payload?.response).toMatchObject({ metric: 'NPS', score: 9, scaleMax: 10, category: 'PROMOTER' });
    expect(payload?.contact).toMatchObject({
      externalId: 'zd-42',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      loyalty: {
        category: 'PROMOTER',
        latestScore: 9,
        latestComment: 'Lovely support',
        answeredAt: '2026-11-01T10:00:00.000Z',
        previousCategory: null,
        previousScore: null,
        movement: 'NONE',
        responseCount: 1,
      },
    });
  });

  test.each([
    [0, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('successful-record-score-%i-is-%s', async (score, category) => {
    const result = await record(npsInput({ score, sourceId: `s-${score}` }));
    expect(result.data?.responseRecord.response.category).toBe(category);
    expect(result.data?.responseRecord.contact.loyalty.category).toBe(category);
  });

  test('successful-duplicate-delivery-is-stored-once', async () => {
    const first = await record(npsInput({ score: 4 }));
    const second = await record(npsInput({ score: 4 }));
    expect(second.errors).toBeUndefined();
    expect(second.data?.responseRecord.duplicate).toBe(true);
    expect(second.data?.responseRecord.response.id).toBe(first.data?.responseRecord.response.id);
    expect(second.data?.responseRecord.contact.loyalty.responseCount).toBe(1);
    expect(await ResponseModel.countDocuments()).toBe(1);
  });

  test('successful-concurrent-duplicate-deliveries-are-stored-once', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => record(npsInput({ score: 8 }))));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(results.filter((result) => result.data?.responseRecord.duplicate === false)).toHaveLength(1);
    expect(new Set(results.map((result) => result.data?.responseRecord.response.id)).size).toBe(1);
    expect(await ResponseModel.countDocuments()).toBe(1);
  });

  test('successful-fall-from-promoter-to-detractor', async () => {
    await record(npsInput({ score: 10, sourceId: 'a', answeredAt: '2026-10-01T00:00:00.000Z' }));
    const result = await record(npsInput({ score: 2, sourceId: 'b', answeredAt: '2026-11-01T00:00:00.000Z' }));
    expect(result.data?.responseRecord.contact.loyalty).toMatchObject({
      category: 'DETRACTOR',
      latestScore: 2,
      previousCategory: 'PROMOTER',
      previousScore: 10,
      movement: 'FALL',
      responseCount: 2,
    });
  });

  test('successful-late-older-response-does-not-overwrite-the-newer-category', async () => {
    await record(npsInput({ score: 9, sourceId: 'newer', answeredAt: '2026-11-10T00:00:00.000Z', comment: 'newer' }));
    const late = await record(
      npsInput({ score: 3, sourceId: 'older', answeredAt: '2026-11-01T00:00:00.000Z', comment: 'older' }),
    );
    expect(late.data?.responseRecord.contact.loyalty).toMatchObject({
      category: 'PROMOTER',
      latestScore: 9,
      latestComment: 'newer',
      answeredAt: '2026-11-10T00:00:00.000Z',
      previousCategory: 'DETRACTOR',
      previousScore: 3,
      movement: 'RISE',
      responseCount: 2,
    });
  });

  test('successful-csat-answer-keeps-the-nps-snapshot', async () => {
    await record(npsInput({ score: 9, sourceId: 'nps' }));
    const csat = await record(npsInput({ metric: 'CSAT', score: 2, scaleMax: 5, sourceId: 'csat' }));
    expect(csat.errors).toBeUndefined();
    expect(csat.data?.responseRecord.response).toMatchObject({ metric: 'CSAT', score: 2, scaleMax: 5, category: null });
    expect(csat.data?.responseRecord.contact.loyalty).toMatchObject({ category: 'PROMOTER', responseCount: 1 });
  });

  test('successful-history-pages-newest-first', async () => {
    const days = [3, 1, 5, 2, 4];
    for (const day of days) {
      await record(npsInput({ score: day, sourceId: `d${day}`, answeredAt: `2026-11-0${day}T00:00:00.000Z` }));
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: GraphQLResponse<ResultOf<typeof GET_CONTACT>> = await server.execute(GET_CONTACT, {
        externalId: 'zd-42',
        first: 2,
        after,
      });
      expect(page.errors).toBeUndefined();
      const responses = page.data?.contact?.responses;
      expect(responses?.totalCount).toBe(5);
      seen.push(...(responses?.edges.map((edge) => edge.node.sourceId) ?? []));
      after = responses?.pageInfo.hasNextPage ? responses.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
  });
});

describe('responseRecord refuses bad input and stores nothing', () => {
  beforeEach(async () => {
    await record(npsInput({ score: 7, sourceId: 'existing' }));
  });

  // Some of these are not even of the schema's types (a string score, an unknown metric): sent
  // as they are, past the typed documents.
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['score 11', { score: 11 }, 'BAD_USER_INPUT', /score/],
    ['score -1', { score: -1 }, 'BAD_USER_INPUT', /score/],
    ['score 7.5', { score: 7.5 }, 'BAD_USER_INPUT', /Int/],
    ['score "x"', { score: 'x' }, 'BAD_USER_INPUT', /Int/],
    ['CSAT 6 on a 5-point scale', { metric: 'CSAT', score: 6, scaleMax: 5 }, 'BAD_USER_INPUT', /score/],
    ['NPS on a 5-point scale', { scaleMax: 5 }, 'BAD_USER_INPUT', /^scaleMax: NPS scaleMax must be 10/],
    ['no contact identifier', { contact: { name: 'Nobody' } }, 'BAD_USER_INPUT', /externalId or email/],
    ['a malformed email', { contact: { email: 'not-an-email' } }, 'BAD_USER_INPUT', /email/],
    ['an answer in the future', { answeredAt: '2099-01-01T00:00:00.000Z' }, 'BAD_USER_INPUT', /future/],
    ['an empty source id', { sourceId: '  ' }, 'BAD_USER_INPUT', /sourceId/],
    ['an unknown metric', { metric: 'XYZ' }, 'BAD_USER_INPUT', /SurveyMetric/],
  ])('failing-record-with-%s', async (_name, overrides, code, message) => {
    const before = await storedState();
    const input = { ...npsInput({ sourceId: 'new', contact: { externalId: 'zd-new' } }), ...overrides };
    const result = await server.executeRaw(print(RECORD_RESPONSE), { input });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await storedState()).toBe(before);
  });

  test('failing-record-with-a-non-integer-literal-score-fails-validation', async () => {
    const before = await storedState();
    const result = await server.executeRaw(
      `mutation { responseRecord(input: { contact: { externalId: "zd-new" }, score: 7.5, source: "t", sourceId: "lit" }) { duplicate } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await storedState()).toBe(before);
  });

  test('failing-record-as-sales-is-forbidden', async () => {
    const before = await storedState();
    const result = await record(npsInput({ sourceId: 'by-sales' }), 'sales');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await storedState()).toBe(before);
  });

  test('failing-record-without-token-is-unauthenticated', async () => {
    const before = await storedState();
    const result = await server.execute(
      RECORD_RESPONSE,
      { input: npsInput({ sourceId: 'anon' }) },
      { as: 'anonymous' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await storedState()).toBe(before);
  });
});

describe('concurrent answers of one contact', () => {
  beforeEach(async () => {
    await clearContactData();
  });

  test('successful-snapshot-ends-at-the-latest-answer-whatever-the-arrival-order', async () => {
    // Twelve answers delivered at once, newest first; the latest (by answered-at) is a 9.
    const answers = Array.from({ length: 12 }, (_, day) => ({
      score: day === 11 ? 9 : day % 7,
      answeredAt: `2026-10-${String(day + 10).padStart(2, '0')}T12:00:00.000Z`,
      sourceId: `c-${day}`,
    }));
    const results = await Promise.all([...answers].reverse().map((answer) => record(npsInput(answer))));
    expect(results.every((result) => result.errors === undefined)).toBe(true);

    const final = await server.execute(GET_CONTACT, { externalId: 'zd-42', first: 1 });
    expect(final.data?.contact?.loyalty).toMatchObject({
      category: 'PROMOTER',
      latestScore: 9,
      answeredAt: '2026-10-21T12:00:00.000Z',
      previousScore: 10 % 7,
      responseCount: 12,
    });
  });
});
