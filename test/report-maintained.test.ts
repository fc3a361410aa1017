import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { MonthCountsModel, REPORT_MODELS } from '../api/src/modules/report/report.model';
import { rebuildAggregates, verifyAggregates } from '../api/src/modules/report/report.rebuild';
import type { NpsReportInput, ResponseRecordInput } from './__generated__/graphql';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { FULL_REPORT, SUMMARY_REPORT } from './report-operations';
import { clearAll } from './report-support';
import { seededRandom } from './support/seeded-random';
import { startTestServer, type TestServer } from './support/test-server';

// The aggregates the write path maintains: bucket edges in time zones, equality with a
// rebuild from the raw responses under concurrent and out-of-order writes, duplicates,
// tampering caught by verify (the CLI exits non-zero), significance on known cases.

jest.setTimeout(120_000);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearAll();
});

let sequence = 0;
async function record(overrides: Partial<ResponseRecordInput>) {
  sequence += 1;
  const result = await server.execute(
    RECORD_RESPONSE,
    { input: npsInput({ sourceId: `m-${sequence}`, ...overrides }) },
    { as: 'admin' },
  );
  expect(result.errors).toBeUndefined();
  return result;
}

async function summary(input: NpsReportInput) {
  const result = await server.execute(SUMMARY_REPORT, { input }, { as: 'admin' });
  expect(result.errors).toBeUndefined();
  return result.data!.npsReport;
}

/**
 * Every aggregate document as plain JSON, zero counters dropped (a recovery counter moved
 * back to zero is stored as 0; a rebuild leaves it out).
 */
async function aggregateState(): Promise<string> {
  const all = await Promise.all(REPORT_MODELS.map((model) => model.collection.find().sort({ _id: 1 }).toArray()));
  const strip = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (value instanceof mongoose.Types.ObjectId) return value.toHexString();
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, inner]) => inner !== 0)
        .map(([key, inner]) => [key, strip(inner)] as const)
        .filter(([, inner]) => !(inner && typeof inner === 'object' && Object.keys(inner).length === 0))
        .sort(([a], [b]) => a.localeCompare(b));
      return Object.fromEntries(entries);
    }
    return value;
  };
  return JSON.stringify(strip(all));
}

describe('bucket edges are local midnights', () => {
  test('successful-answer-at-23-30-local-on-the-last-day-of-the-month-counts-in-that-month', async () => {
    // 2026-01-31 23:30 in Asia/Kolkata (+05:30) is 18:00 UTC; 2026-02-01 00:00 local is 18:30 UTC.
    await record({ score: 10, answeredAt: '2026-01-31T18:00:00.000Z', contact: { externalId: 'a' } });
    await record({ score: 0, answeredAt: '2026-01-31T18:29:59.999Z', contact: { externalId: 'b' } });
    await record({ score: 8, answeredAt: '2026-01-31T18:30:00.000Z', contact: { externalId: 'c' } });
    const kolkata = await summary({
      from: '2026-01-01',
      to: '2026-02-28',
      granularity: 'MONTH',
      timeZone: 'Asia/Kolkata',
    });
    expect(kolkata.buckets.map((bucket) => [bucket.periodStart, bucket.start, bucket.figure.responses])).toEqual([
      ['2026-01-01', '2025-12-31T18:30:00.000Z', 2],
      ['2026-02-01', '2026-01-31T18:30:00.000Z', 1],
    ]);
    expect(kolkata.buckets[0]?.figure).toMatchObject({ promoters: 1, detractors: 1, nps: 0 });
    expect(kolkata.buckets[1]?.figure).toMatchObject({ passives: 1, nps: 0 });
    // In UTC all three are on January 31st.
    const utc = await summary({ from: '2026-01-01', to: '2026-02-28', granularity: 'MONTH' });
    expect(utc.buckets.map((bucket) => bucket.figure.responses)).toEqual([3, 0]);
  });

  test('successful-quarter-hour-zones-and-dst', async () => {
    // Asia/Kathmandu is +05:45: local midnight of 2026-03-02 is 2026-03-01T18:15Z.
    await record({ score: 9, answeredAt: '2026-03-01T18:14:59.000Z', contact: { externalId: 'a' } });
    await record({ score: 9, answeredAt: '2026-03-01T18:15:00.000Z', contact: { externalId: 'b' } });
    const kathmandu = await summary({
      from: '2026-03-01',
      to: '2026-03-02',
      granularity: 'DAY',
      timeZone: 'Asia/Kathmandu',
    });
    expect(kathmandu.buckets.map((bucket) => bucket.figure.responses)).toEqual([1, 1]);
    // America/New_York springs forward on 2026-03-08: that local day lasts 23 hours.
    await record({ score: 3, answeredAt: '2026-03-09T03:59:00.000Z', contact: { externalId: 'c' } });
    await record({ score: 3, answeredAt: '2026-03-09T04:00:00.000Z', contact: { externalId: 'd' } });
    const newYork = await summary({
      from: '2026-03-08',
      to: '2026-03-09',
      granularity: 'DAY',
      timeZone: 'America/New_York',
    });
    expect(newYork.buckets.map((bucket) => [bucket.start, bucket.end, bucket.figure.responses])).toEqual([
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', 1],
      ['2026-03-09T04:00:00.000Z', '2026-03-10T04:00:00.000Z', 1],
    ]);
  });

  test('successful-weeks-start-on-monday-and-cut-periods-are-partial', async () => {
    const report = await summary({
      from: '2026-11-04',
      to: '2026-11-20',
      granularity: 'WEEK',
      timeZone: 'Europe/Paris',
    });
    expect(report.buckets.map((bucket) => [bucket.periodStart, bucket.partial])).toEqual([
      ['2026-11-02', true],
      ['2026-11-09', false],
      ['2026-11-16', true],
    ]);
    expect(report.buckets[0]?.start).toBe('2026-11-03T23:00:00.000Z');
    expect(report.buckets[2]?.end).toBe('2026-11-20T23:00:00.000Z');
  });
});

describe('maintained aggregates equal a rebuild from the raw responses', () => {
  test('successful-concurrent-out-of-order-writes-and-duplicates-match-the-rebuild', async () => {
    const random = seededRandom(42);
    const inputs = Array.from({ length: 160 }, (_, index): ResponseRecordInput => {
      const metric = random() < 0.8 ? 'NPS' : 'CSAT';
      return {
        contact: { externalId: `c-${Math.floor(random() * 12)}` },
        metric,
        score: metric === 'NPS' ? Math.floor(random() * 11) : 1 + Math.floor(random() * 5),
        scaleMax: metric === 'NPS' ? null : 5,
        channel: ['email', 'chat', null][Math.floor(random() * 3)],
        agentId: ['ag-1', 'ag-2', null][Math.floor(random() * 3)],
        team: ['t1', 't2'][Math.floor(random() * 2)],
        tags: random() < 0.5 ? ['vip', 'bug'].slice(0, 1 + Math.floor(random() * 2)) : [],
        // Shuffled times: many answers arrive after a later one of the same contact.
        answeredAt: new Date(Date.parse('2026-06-01T00:00:00Z') + Math.floor(random() * 90 * 86_400_000)).toISOString(),
        source: 'test',
        sourceId: `conc-${index}`,
      };
    });
    // Every input is delivered twice, eight requests at a time.
    const deliveries = [...inputs, ...inputs.filter((_, index) => index % 3 === 0)];
    for (let index = 0; index < deliveries.length; index += 8) {
      const results = await Promise.all(
        deliveries.slice(index, index + 8).map((input) => server.execute(RECORD_RESPONSE, { input }, { as: 'admin' })),
      );
      for (const result of results) expect(result.errors).toBeUndefined();
    }
    const input: NpsReportInput = {
      from: '2026-05-01',
      to: '2026-09-30',
      granularity: 'WEEK',
      timeZone: 'Asia/Kolkata',
      segmentBy: 'TAG',
    };
    const maintainedReport = await server.execute(FULL_REPORT, { input, first: 100 }, { as: 'admin' });
    expect(maintainedReport.errors).toBeUndefined();
    expect(maintainedReport.data!.npsReport.overall.responses).toBe(inputs.filter((i) => i.metric === 'NPS').length);
    expect(maintainedReport.data!.npsReport.closedLoop!.detractorRecovery.answeredAgain).toBeGreaterThan(0);

    expect((await verifyAggregates('acme')).differences).toEqual([]);
    const maintained = await aggregateState();
    await rebuildAggregates('acme');
    expect(await aggregateState()).toBe(maintained);
    const rebuiltReport = await server.execute(FULL_REPORT, { input, first: 100 }, { as: 'admin' });
    expect(rebuiltReport.data).toEqual(maintainedReport.data);
  });

  test('successful-late-answer-moves-the-recovery-of-the-detractor-before-it', async () => {
    const contact = { externalId: 'late' };
    await record({ score: 2, answeredAt: '2026-05-01T10:00:00.000Z', contact });
    await record({ score: 3, answeredAt: '2026-05-20T10:00:00.000Z', contact });
    const input = { from: '2026-05-01', to: '2026-05-31' };
    const recovery = async () =>
      (await server.execute(FULL_REPORT, { input }, { as: 'admin' })).data!.npsReport.closedLoop!.detractorRecovery;
    expect(await recovery()).toEqual({ detractors: 2, answeredAgain: 1, recovered: 0, recoveryRate: 0 });
    // A promoter answer given between them arrives late: the first detractor recovered.
    await record({ score: 9, answeredAt: '2026-05-10T10:00:00.000Z', contact });
    expect(await recovery()).toEqual({ detractors: 2, answeredAgain: 1, recovered: 1, recoveryRate: 0.5 });
    await record({ score: 7, answeredAt: '2026-05-25T10:00:00.000Z', contact });
    expect(await recovery()).toEqual({ detractors: 2, answeredAgain: 2, recovered: 2, recoveryRate: 1 });
    expect((await verifyAggregates('acme')).differences).toEqual([]);
  });

  test('successful-duplicate-delivery-counts-once', async () => {
    const input = npsInput({ sourceId: 'dup', score: 4 });
    await server.execute(RECORD_RESPONSE, { input }, { as: 'admin' });
    const again = await server.execute(RECORD_RESPONSE, { input }, { as: 'admin' });
    expect(again.data?.responseRecord.duplicate).toBe(true);
    const report = await summary({ from: '2026-11-01', to: '2026-11-01', granularity: 'DAY' });
    expect(report.overall).toMatchObject({ responses: 1, detractors: 1 });
  });
});

describe('verify finds tampered aggregates', () => {
  const root = path.resolve(__dirname, '..');
  const cli = (command: string) =>
    promisify(execFile)(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'api', 'src', 'cli', command), '--workspace', 'acme'],
      {
        cwd: root,
        env: {
          ...process.env,
          MONGODB_URI: process.env.NPS_TEST_MONGODB_URI,
          MONGODB_DB_NAME: mongoose.connection.name,
        },
      },
    ).then(
      (output) => ({ code: 0, stdout: output.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  test('failing-verify-after-a-counter-is-tampered-with-and-rebuild-repairs-it', async () => {
    await record({ score: 9, answeredAt: '2026-04-02T12:00:00.000Z' });
    await record({ score: 5, answeredAt: '2026-04-03T12:00:00.000Z', contact: { externalId: 'other' } });
    expect(await cli('report-verify.ts')).toMatchObject({ code: 0 });

    const id = 'acme|all||2026-04';
    await MonthCountsModel.collection.updateOne({ _id: id } as never, { $inc: { 'days.d02.n9': 1 } });
    const summary = await verifyAggregates('acme');
    expect(summary.differences).toEqual([`${id}: d02.n9: stored 2, expected 1`]);
    const failed = await cli('report-verify.ts');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`${id}: d02.n9: stored 2, expected 1`);

    const rebuilt = await cli('report-rebuild.ts');
    expect(rebuilt.code).toBe(0);
    expect(await cli('report-verify.ts')).toMatchObject({ code: 0 });
  });

  test('failing-verify-when-a-counter-document-is-missing', async () => {
    await record({ score: 6, answeredAt: '2026-04-05T12:00:00.000Z' });
    await MonthCountsModel.collection.deleteMany({ dimension: 'channel' });
    const summary = await verifyAggregates('acme');
    expect(summary.differences).toHaveLength(1);
    expect(summary.differences[0]).toMatch(/^acme\|channel\|vemail\|2026-04: missing;/);
  });
});

describe('significance between buckets', () => {
  async function months(counts: [promoters: number, passives: number, detractors: number][]) {
    let index = 0;
    for (const [month, [promoters, passives, detractors]] of counts.entries()) {
      const scores = [
        ...Array<number>(promoters).fill(10),
        ...Array<number>(passives).fill(8),
        ...Array<number>(detractors).fill(2),
      ];
      const answeredAt = `2025-${String(month + 1).padStart(2, '0')}-15T12:00:00.000Z`;
      await Promise.all(
        scores.map((score) => {
          index += 1;
          return server.execute(
            RECORD_RESPONSE,
            { input: npsInput({ score, answeredAt, sourceId: `sig-${index}`, contact: { externalId: `s-${index}` } }) },
            { as: 'admin' },
          );
        }),
      );
    }
    return summary({
      from: '2025-01-01',
      to: `2025-${String(counts.length).padStart(2, '0')}-28`,
      granularity: 'MONTH',
    });
  }

  test('successful-significance-flags-on-known-cases', async () => {
    // NPS 55 (n=40), -40 (n=40): intervals far apart. Then -35 (n=40): overlapping.
    // Then a single promoter (NPS 100, Wald margin 0) against -35: Wald apart, adjusted-Wald not.
    const report = await months([
      [26, 10, 4],
      [6, 12, 22],
      [8, 10, 22],
      [1, 0, 0],
    ]);
    expect(report.buckets.map((bucket) => bucket.figure.nps)).toEqual([55, -40, -35, 100]);
    expect(report.buckets.map((bucket) => bucket.significantChangeFromPrevious)).toEqual([false, true, false, false]);
    expect(report.buckets[3]?.figure).toMatchObject({ marginOfError: 0, lowSample: true });
  });
});
