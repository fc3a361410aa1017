import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { rebuildAggregates } from '../api/src/modules/report/report.rebuild';
import type { ResponseDoc } from '../api/src/modules/response/response.model';
import { graphql } from './__generated__';
import type { NpsReportInput, ReportGranularity, ReportSegmentDimension } from './__generated__/graphql';
import { FULL_REPORT, SUMMARY_REPORT, type FIGURE_FIELDS } from './report-operations';
import {
  clearAll,
  everythingStored,
  generateResponses,
  inLocalRange,
  insertRaw,
  localDate,
  periodOf,
  referenceFigure,
  referenceRecovery,
  type ReferenceFigure,
} from './report-support';
import { startTestServer, type TestServer } from './support/test-server';

// Report figures against figures computed independently from the raw responses of a
// seeded data set (aggregates rebuilt from the raw responses; report-maintained.test.ts
// shows the write path maintains the very same aggregates).

let server: TestServer;
let data: ResponseDoc[];

const WORKSPACE = 'acme';

beforeAll(async () => {
  server = await startTestServer({ workspaces: [WORKSPACE, 'other'] });
  await clearAll();
  data = generateResponses(WORKSPACE, 4000, {
    seed: 20261128,
    contacts: 400,
    from: new Date('2025-01-01T00:00:00.000Z'),
    to: new Date('2026-07-01T00:00:00.000Z'),
  }).responses;
  // Another workspace's answers must never show up.
  const foreign = generateResponses('other', 300, {
    seed: 7,
    contacts: 30,
    from: new Date('2025-01-01T00:00:00.000Z'),
    to: new Date('2026-07-01T00:00:00.000Z'),
  }).responses;
  await insertRaw([...data, ...foreign]);
  await rebuildAggregates(WORKSPACE);
  await rebuildAggregates('other');
}, 120_000);
afterAll(async () => {
  await server.stop();
});

async function report(
  input: NpsReportInput,
  as: 'admin' | 'sales' | 'agent' = 'admin',
  extra: Omit<VariablesOf<typeof FULL_REPORT>, 'input'> = {},
) {
  return server.execute(FULL_REPORT, { input, first: 100, ...extra }, { as });
}

function expectFigure(actual: ResultOf<typeof FIGURE_FIELDS>, expected: ReferenceFigure): void {
  expect({
    responses: actual.responses,
    promoters: actual.promoters,
    passives: actual.passives,
    detractors: actual.detractors,
  }).toEqual({
    responses: expected.responses,
    promoters: expected.promoters,
    passives: expected.passives,
    detractors: expected.detractors,
  });
  if (expected.nps === null) {
    expect(actual.nps).toBeNull();
  } else {
    expect(actual.nps).toBeCloseTo(expected.nps, 9);
    expect(actual.marginOfError).toBeCloseTo(expected.marginOfError ?? Number.NaN, 9);
  }
  expect(actual.lowSample).toBe(expected.responses < 30);
}

const npsScores = (responses: ResponseDoc[]) =>
  responses.filter((response) => response.metric === 'NPS').map((response) => response.score);

describe('npsReport figures equal figures computed from the raw responses', () => {
  test.each<[string, ReportGranularity, string, string]>([
    ['UTC', 'MONTH', '2025-01-01', '2026-06-30'],
    ['America/New_York', 'MONTH', '2025-01-15', '2026-05-20'],
    ['Asia/Kolkata', 'QUARTER', '2025-02-01', '2026-06-30'],
    ['Asia/Kathmandu', 'WEEK', '2025-03-01', '2025-09-30'],
    ['Pacific/Chatham', 'DAY', '2025-10-01', '2026-01-31'],
    ['Australia/Lord_Howe', 'DAY', '2026-03-15', '2026-04-30'],
    ['America/St_Johns', 'MONTH', '2025-01-01', '2025-12-31'],
  ])('successful-report-in-%s-by-%s-from-%s-to-%s', async (timeZone, granularity, from, to) => {
    const result = await report({ from, to, granularity, timeZone });
    expect(result.errors).toBeUndefined();
    const body = result.data!.npsReport;
    const inRange = inLocalRange(data, from, to, timeZone);
    expectFigure(body.overall, referenceFigure(npsScores(inRange)));

    // Every period of the range, in order, each with the answers of its local dates.
    const expectedPeriods = [
      ...new Set(
        Array.from({ length: 4000 }, (_, day) => new Date(Date.parse(`${from}T12:00:00Z`) + day * 86_400_000))
          .map((date) => date.toISOString().slice(0, 10))
          .filter((date) => date <= to)
          .map((date) => periodOf(date, granularity as 'DAY')),
      ),
    ];
    expect(body.buckets.map((bucket) => bucket.periodStart)).toEqual(expectedPeriods);
    for (const bucket of body.buckets) {
      const answers = inRange.filter(
        (response) => periodOf(localDate(response.answeredAt, timeZone), granularity as 'DAY') === bucket.periodStart,
      );
      expectFigure(bucket.figure, referenceFigure(npsScores(answers)));
    }
    // Buckets tile the range without gaps.
    expect(body.buckets[0]?.start).toBe(body.start);
    expect(body.buckets.at(-1)?.end).toBe(body.end);
    body.buckets.slice(1).forEach((bucket, index) => expect(bucket.start).toBe(body.buckets[index]?.end));
  });

  test('successful-distribution-csat-ces-and-recovery-match-the-raw-responses', async () => {
    const [from, to, timeZone] = ['2025-03-01', '2026-02-28', 'Asia/Kolkata'];
    const result = await report({ from, to, granularity: 'MONTH', timeZone });
    expect(result.errors).toBeUndefined();
    const body = result.data!.npsReport;
    const inRange = inLocalRange(data, from, to, timeZone);

    const scores = npsScores(inRange);
    expect(body.distribution).toEqual(
      Array.from({ length: 11 }, (_, score) => scores.filter((value) => value === score).length),
    );

    for (const [metric, field] of [
      ['CSAT', 'csat'],
      ['CES', 'ces'],
    ] as const) {
      const answers = inRange.filter((response) => response.metric === metric);
      const summary = body[field]!;
      expect(summary.responses).toBe(answers.length);
      const scales = [...new Set(answers.map((answer) => answer.scaleMax))].sort((a, b) => a - b);
      expect(summary.scales.map((scale) => scale.scaleMax)).toEqual(scales);
      for (const scale of summary.scales) {
        const onScale = answers.filter((answer) => answer.scaleMax === scale.scaleMax);
        expect(scale.responses).toBe(onScale.length);
        expect(scale.average).toBeCloseTo(onScale.reduce((sum, a) => sum + a.score, 0) / onScale.length, 9);
      }
    }
    const csat = inRange.filter((response) => response.metric === 'CSAT');
    const box = (scaleMax: number) => (scaleMax === 3 ? 1 : 2);
    expect(body.csat!.positiveShare).toBeCloseTo(
      csat.filter((a) => a.score > a.scaleMax - box(a.scaleMax)).length / csat.length,
      9,
    );
    expect(body.csat!.negativeShare).toBeCloseTo(
      csat.filter((a) => a.score <= box(a.scaleMax)).length / csat.length,
      9,
    );

    const recovery = referenceRecovery(data, inRange);
    expect(recovery.answeredAgain).toBeGreaterThan(0);
    expect(recovery.recovered).toBeGreaterThan(0);
    expect(body.closedLoop!.detractorRecovery).toEqual(recovery);
  });

  const SEGMENT_FIELDS: [ReportSegmentDimension, (response: ResponseDoc) => (string | null)[]][] = [
    ['PLAN', (r) => [r.plan ?? null]],
    ['REGION', (r) => [r.region ?? null]],
    ['CHANNEL', (r) => [r.channel]],
    ['CAMPAIGN', (r) => [r.campaign]],
    ['AGENT', (r) => [r.agentId ?? null]],
    ['TEAM', (r) => [r.team ?? null]],
    ['TAG', (r) => (r.tags && r.tags.length > 0 ? r.tags : [null])],
  ];

  test.each(SEGMENT_FIELDS)('successful-segments-by-%s-match-the-raw-responses', async (dimension, valuesOf) => {
    const [from, to, timeZone] = ['2025-02-10', '2026-03-03', 'Asia/Kathmandu'];
    const result = await report({ from, to, timeZone, segmentBy: dimension });
    expect(result.errors).toBeUndefined();
    const inRange = inLocalRange(data, from, to, timeZone);
    const segments = result.data!.npsReport.segments!;
    const values = [...new Set(inRange.flatMap(valuesOf))];
    expect(segments.totalCount).toBe(values.length);
    expect(new Set(segments.edges.map((edge) => edge.node.value))).toEqual(new Set(values));
    for (const { node } of segments.edges) {
      expect(node.dimension).toBe(dimension);
      const members = inRange.filter((response) => valuesOf(response).includes(node.value));
      expectFigure(node.figure, referenceFigure(npsScores(members)));
    }
    // Most responses first.
    const sizes = segments.edges.map((edge) => edge.node.figure.responses);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  test('successful-segments-page-with-cursors', async () => {
    const input: NpsReportInput = { from: '2025-01-01', to: '2026-06-30', segmentBy: 'TAG' };
    const all = (await report(input)).data!.npsReport.segments!;
    const seen: (string | null)[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof report>> = await report(input, 'admin', { first: 2, after });
      expect(page.errors).toBeUndefined();
      const segments = page.data!.npsReport.segments!;
      seen.push(...segments.edges.map((edge) => edge.node.value));
      after = segments.pageInfo.hasNextPage ? segments.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.value));
    expect(seen).toHaveLength(6);
  });

  test('successful-filter-by-one-segment-matches-the-raw-responses', async () => {
    const input = {
      from: '2025-01-01',
      to: '2026-06-30',
      granularity: 'QUARTER',
      timeZone: 'Europe/Paris',
      filter: { segment: { dimension: 'PLAN', value: 'pro' } },
    } satisfies NpsReportInput;
    const result = await report(input);
    expect(result.errors).toBeUndefined();
    const members = inLocalRange(data, input.from, input.to, input.timeZone).filter((r) => r.plan === 'pro');
    expectFigure(result.data!.npsReport.overall, referenceFigure(npsScores(members)));
    const notSet = await report({ ...input, filter: { segment: { dimension: 'PLAN', value: null } } });
    const withoutPlan = inLocalRange(data, input.from, input.to, input.timeZone).filter((r) => r.plan === null);
    expectFigure(notSet.data!.npsReport.overall, referenceFigure(npsScores(withoutPlan)));
  });

  test('successful-empty-range-has-null-figures', async () => {
    const result = await report({ from: '2030-01-01', to: '2030-01-31', granularity: 'WEEK' });
    expect(result.errors).toBeUndefined();
    const body = result.data!.npsReport;
    expect(body.overall).toMatchObject({ responses: 0, nps: null, marginOfError: null, lowSample: true });
    expect(body.csat).toBeNull();
    expect(body.closedLoop!.detractorRecovery.recoveryRate).toBeNull();
    expect(body.buckets.every((bucket) => !bucket.significantChangeFromPrevious)).toBe(true);
  });
});

describe('npsReport permissions', () => {
  const input: NpsReportInput = { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER' };

  test('successful-sales-reads-the-summary', async () => {
    const result = await server.execute(SUMMARY_REPORT, { input }, { as: 'sales' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.npsReport.buckets).toHaveLength(4);
    expect(result.data!.npsReport.overall.responses).toBe(
      npsScores(inLocalRange(data, '2025-01-01', '2025-12-31', 'UTC')).length,
    );
  });

  test('failing-sales-reads-admin-figures-is-forbidden', async () => {
    const result = await report(input, 'sales');
    const forbidden = (result.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(forbidden.map((error) => error.path?.at(-1)).sort()).toEqual([
      'ces',
      'closedLoop',
      'csat',
      'distribution',
      'segments',
    ]);
    expect(result.data?.npsReport.overall.responses).toBeGreaterThan(0);
    expect(result.data?.npsReport.distribution).toBeNull();
  });

  test.each<[string, Partial<NpsReportInput>]>([
    ['a breakdown', { segmentBy: 'AGENT' }],
    ['a filter', { filter: { segment: { dimension: 'TEAM', value: 'billing' } } }],
  ])('failing-sales-asks-for-%s-is-forbidden', async (_name, extra) => {
    const result = await server.execute(SUMMARY_REPORT, { input: { ...input, ...extra } }, { as: 'sales' });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('failing-agent-is-forbidden', async () => {
    const result = await server.execute(SUMMARY_REPORT, { input }, { as: 'agent' });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('failing-anonymous-is-unauthenticated', async () => {
    const result = await server.execute(SUMMARY_REPORT, { input }, { as: 'anonymous' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('successful-viewer-says-what-reports-each-role-may-read', async () => {
    const query = graphql(`
      query TestViewerReports {
        viewer {
          canReadReports
          canReadReportSummary
        }
      }
    `);
    const roles = ['admin', 'sales', 'agent'] as const;
    const answers = await Promise.all(roles.map((as) => server.execute(query, {}, { as })));
    expect(answers.map((answer) => answer.data?.viewer)).toEqual([
      { canReadReports: true, canReadReportSummary: true },
      { canReadReports: false, canReadReportSummary: true },
      { canReadReports: false, canReadReportSummary: false },
    ]);
  });

  test('successful-other-workspace-sees-only-its-own-answers', async () => {
    const result = await server.execute(
      SUMMARY_REPORT,
      { input: { from: '2025-01-01', to: '2026-06-30' } },
      { as: 'admin', workspaceId: 'other' },
    );
    expect(result.errors).toBeUndefined();
    const expected = generateResponses('other', 300, {
      seed: 7,
      contacts: 30,
      from: new Date('2025-01-01T00:00:00.000Z'),
      to: new Date('2026-07-01T00:00:00.000Z'),
    }).responses.filter((response) => response.metric === 'NPS');
    expect(result.data!.npsReport.overall.responses).toBe(expected.length);
  });
});

describe('npsReport refuses bad input and reads or writes nothing', () => {
  test.each<[string, NpsReportInput, string, RegExp]>([
    ['to before from', { from: '2026-02-01', to: '2026-01-31' }, 'to', /before from/],
    ['an unknown time zone', { from: '2026-01-01', to: '2026-01-31', timeZone: 'Mars/Olympus' }, 'timeZone', /IANA/],
    ['a malformed date', { from: '2026-1-1', to: '2026-01-31' }, 'from', /YYYY-MM-DD/],
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-31' }, 'from', /calendar date/],
    ['a year by day', { from: '2025-01-01', to: '2026-01-02', granularity: 'DAY' }, 'granularity', /366/],
    ['eleven years', { from: '2015-01-01', to: '2026-01-01', granularity: 'QUARTER' }, 'to', /3660/],
    [
      'a breakdown with a filter',
      { from: '2026-01-01', to: '2026-01-31', segmentBy: 'PLAN', filter: { segment: { dimension: 'REGION' } } },
      'segmentBy',
      /single segment dimension/,
    ],
    [
      'a local-mean-time zone offset',
      { from: '1890-01-01', to: '1890-01-31', timeZone: 'Europe/Amsterdam' },
      'timeZone',
      /quarter hour/,
    ],
  ])('failing-report-with-%s', async (_name, input, field, message) => {
    const before = await everythingStored();
    const result = await report(input);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await everythingStored()).toBe(before);
  });

  test('failing-report-with-a-bad-segments-page-size', async () => {
    const result = await report({ from: '2026-01-01', to: '2026-01-31', segmentBy: 'PLAN' }, 'admin', { first: 500 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('first');
  });
});
