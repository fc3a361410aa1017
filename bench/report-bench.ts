import { loadConfig } from '../api/src/config';
import { rebuildAggregates } from '../api/src/modules/report/report.rebuild';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { ensureWorkspace } from '../api/src/modules/workspace/workspace.service';
import { FERRETDB } from './baseline-ferretdb';
import { benchContacts, insertBenchContacts, storeBenchResponses } from './report-data';
import { count, inDatabase, ms, percentile, postGraphQL, ratio, startApi, timed, verdict } from './support';
import type { BenchContext, BenchModule } from './types';

// Report latency at 10k, 100k and 1M responses, from the pre-aggregated counts, against a
// plain aggregation over the raw responses measured in the same run; the rebuild of the
// aggregates; CSV export throughput and memory.

const WORKSPACE = 'bench';
const LEVELS = [10_000, 100_000, 1_000_000];
const CONTACTS = 5_000;
const EXPORT_LEVEL = 100_000;
/** The issue's goal for the headline report from 10k to 1M responses (full runs only). */
const GROWTH_GOAL_RATIO = 2;

const REPORT_QUERY = /* GraphQL */ `
  query BenchNpsReport($input: NpsReportInput!) {
    npsReport(input: $input) {
      overall {
        responses
        nps
        marginOfError
        adjustedNps
        adjustedMarginOfError
      }
      buckets {
        periodStart
        significantChangeFromPrevious
        figure {
          responses
          nps
          marginOfError
        }
      }
      segments(first: 100) {
        totalCount
        edges {
          node {
            value
            figure {
              responses
              nps
            }
          }
        }
      }
      distribution
      csat {
        responses
        positiveShare
      }
      ces {
        responses
      }
      closedLoop {
        detractorRecovery {
          recoveryRate
        }
      }
    }
  }
`;

const REPORTS: { name: string; input: Record<string, unknown> }[] = [
  {
    name: 'year by month, America/New_York',
    input: { from: '2025-07-01', to: '2026-06-30', granularity: 'MONTH', timeZone: 'America/New_York' },
  },
  {
    name: '90 days by day, Asia/Kolkata',
    input: { from: '2026-03-01', to: '2026-05-29', granularity: 'DAY', timeZone: 'Asia/Kolkata' },
  },
  {
    name: 'year by quarter, by agent, Asia/Kathmandu',
    input: {
      from: '2025-07-01',
      to: '2026-06-30',
      granularity: 'QUARTER',
      timeZone: 'Asia/Kathmandu',
      segmentBy: 'AGENT',
    },
  },
];

/** Median of `runs` timed runs after one warm-up run, stopping early past `budgetMs`. */
async function measure(
  run: () => Promise<unknown>,
  runs: number,
  budgetMs: number,
  warmUp = true,
): Promise<{ median: number; runs: number }> {
  if (warmUp) await run();
  const times: number[] = [];
  const started = Date.now();
  while (times.length < runs && (times.length === 0 || Date.now() - started < budgetMs)) {
    times.push((await timed(run)).ms);
  }
  return { median: percentile(times, 50), runs: times.length };
}

async function rawAggregation(): Promise<unknown> {
  // The plainest report over raw responses: counts per metric and score for the year.
  // Any richer raw report (buckets, segments) costs at least this full pass.
  return ResponseModel.aggregate([
    {
      $match: {
        workspaceId: WORKSPACE,
        answeredAt: { $gte: new Date('2025-07-01T04:00:00.000Z'), $lt: new Date('2026-07-01T04:00:00.000Z') },
      },
    },
    { $group: { _id: { metric: '$metric', score: '$score' }, count: { $sum: 1 } } },
  ]).exec();
}

interface Client {
  baseUrl: string;
  token: string;
}

async function report(client: Client, input: Record<string, unknown>): Promise<unknown> {
  const { body } = await postGraphQL(`${client.baseUrl}/graphql`, client.token, REPORT_QUERY, { input });
  if (body.errors) throw new Error(`report failed: ${JSON.stringify(body.errors)}`);
  return body;
}

/** Streams the CSV export for the whole year, counting bytes and rows, sampling memory. */
async function exportRun(client: Client) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = Date.now();
  const response = await fetch(`${client.baseUrl}/export/responses.csv?from=2025-07-01&to=2026-06-30`, {
    headers: { authorization: `Bearer ${client.token}` },
  });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) newlines += 1;
  }
  clearInterval(sampler);
  return { seconds: (Date.now() - started) / 1000, bytes, newlines, peakGrowthMiB: (peak - baseline) / 1024 ** 2 };
}

interface LevelResult {
  responses: number;
  computeAndWriteSeconds: number;
  rebuildFromDatabaseSeconds: number;
  aggregateDocuments: number;
  reports: { name: string; median: number; runs: number }[];
  raw: { median: number; runs: number };
  export?: Awaited<ReturnType<typeof exportRun>>;
}

async function measureLevels(context: BenchContext): Promise<LevelResult[]> {
  await ensureWorkspace(WORKSPACE, 'Bench');
  const api = await startApi(loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false' }));
  const client: Client = { baseUrl: api.baseUrl, token: api.tokenFor(WORKSPACE, 'admin') };
  const contacts = benchContacts(CONTACTS);
  await insertBenchContacts(WORKSPACE, contacts);

  const results: LevelResult[] = [];
  let stored = 0;
  try {
    for (const fullLevel of LEVELS) {
      const level = Math.round(fullLevel * context.scale);
      context.log(`reports: storing responses ${count(stored)}..${count(level)} and their aggregates`);
      const { aggregatesMs, aggregateDocuments } = await storeBenchResponses(WORKSPACE, contacts, stored, level);
      stored = level;
      context.log(`reports: rebuilding aggregates from the database at ${count(level)}`);
      const rebuildFromDatabase = await timed(() => rebuildAggregates(WORKSPACE));
      const reports = [];
      for (const { name, input } of REPORTS) {
        const result = await measure(() => report(client, input), 5, 15_000);
        context.log(`reports: ${count(level)} ${name}: ${ms(result.median)} ms`);
        reports.push({ name, ...result });
      }
      const raw = await measure(rawAggregation, 3, 45_000, false);
      context.log(`reports: ${count(level)} raw aggregation: ${ms(raw.median)} ms`);
      const result: LevelResult = {
        responses: level,
        computeAndWriteSeconds: aggregatesMs / 1000,
        rebuildFromDatabaseSeconds: rebuildFromDatabase.ms / 1000,
        aggregateDocuments,
        reports,
        raw,
      };
      if (fullLevel === EXPORT_LEVEL) {
        context.log(`reports: exporting ${count(level)} rows as CSV`);
        result.export = await exportRun(client);
      }
      results.push(result);
    }
  } finally {
    await api.stop();
  }
  return results;
}

function describe(results: LevelResult[]): string {
  const headline = REPORTS[0]!.name;
  const rawPerReport = (raw: number, headlineMs: number) => ratio(raw / headlineMs);
  const lines = [
    '### Report latency against a plain aggregation over raw responses',
    '',
    `A workspace of ${count(CONTACTS)} contacts whose responses (85% NPS, 10% CSAT, 5% CES) are spread over one year`,
    'across 4 plans, 5 regions, 4 channels, 3 campaigns, 6 tags, 20 agents and 4 teams; grown to each size in the',
    'same database.',
    'Report latency: median over up to 5 runs after a warm-up, a GraphQL request over HTTP to the API in the same',
    'process, asking for overall, buckets, segments (when asked for), distribution, CSAT, CES and closed loop.',
    'Raw aggregation: `$match` on the workspace and the year, `$group` by metric and score with `$sum` (the',
    'least any report over raw responses must do; buckets or segments would cost more), median of up to 3 runs',
    'within 45 s (a single run when one takes longer).',
    '',
    `| responses | measured on | ${REPORTS.map(({ name }) => `report: ${name} (ms)`).join(' | ')} | raw aggregation (ms) | raw / report (${headline}) |`,
    `| ---: | --- | ${REPORTS.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ];
  for (const result of results) {
    lines.push(
      `| ${count(result.responses)} | this run | ${result.reports.map((run) => ms(run.median)).join(' | ')} | ` +
        `${ms(result.raw.median)} | ${rawPerReport(result.raw.median, result.reports[0]!.median)} |`,
    );
    const baseline = FERRETDB.reports.get(result.responses);
    if (baseline) {
      lines.push(
        `| ${count(result.responses)} | ${FERRETDB.label} | ${REPORTS.map(({ name }) => cellOf(baseline.reportMs[name])).join(' | ')} | ` +
          `${ms(baseline.rawMs)} | ${rawPerReport(baseline.rawMs, baseline.reportMs[headline]!)} |`,
      );
    }
  }
  lines.push('');

  const first = results[0];
  const last = results.at(-1);
  if (first && last && first !== last) {
    const growth = last.reports[0]!.median / first.reports[0]!.median;
    const goalApplies = first.responses === LEVELS[0] && last.responses === LEVELS.at(-1);
    const ferretFirst = FERRETDB.reports.get(first.responses);
    const ferretLast = FERRETDB.reports.get(last.responses);
    lines.push(
      `From ${count(first.responses)} to ${count(last.responses)} responses (${(last.responses / first.responses).toFixed(0)}x), ` +
        `the "${headline}" report went from ${ms(first.reports[0]!.median)} to ${ms(last.reports[0]!.median)} ms ` +
        `(${ratio(growth)}${goalApplies ? `; goal: at most ${ratio(GROWTH_GOAL_RATIO)}, ${verdict(growth <= GROWTH_GOAL_RATIO)}` : ''}) ` +
        'while the raw aggregation went from ' +
        `${ms(first.raw.median)} to ${ms(last.raw.median)} ms (${ratio(last.raw.median / first.raw.median)}).` +
        (ferretFirst && ferretLast
          ? ` On ${FERRETDB.label}: ${ms(ferretFirst.reportMs[headline]!)} to ${ms(ferretLast.reportMs[headline]!)} ms ` +
            `(${ratio(ferretLast.reportMs[headline]! / ferretFirst.reportMs[headline]!)}).`
          : ''),
      '',
    );
  }

  lines.push(
    '### Rebuilding the aggregates',
    '',
    'Computing and writing the aggregates with the rebuild code from the stream of generated responses, and',
    '`rebuildAggregates` reading the responses back from the database (what `npm run report:rebuild` does:',
    "two cursor passes, then the workspace's aggregates replaced).",
    '',
    '| responses | measured on | aggregate documents | compute + write (s) | rebuild from the database (s) |',
    '| ---: | --- | ---: | ---: | ---: |',
  );
  for (const result of results) {
    lines.push(
      `| ${count(result.responses)} | this run | ${count(result.aggregateDocuments)} | ` +
        `${result.computeAndWriteSeconds.toFixed(1)} | ${result.rebuildFromDatabaseSeconds.toFixed(1)} |`,
    );
    const baseline = FERRETDB.reports.get(result.responses);
    if (baseline) {
      lines.push(
        `| ${count(result.responses)} | ${FERRETDB.label} | ${count(baseline.aggregateDocuments)} | ` +
          `${baseline.computeAndWriteSeconds.toFixed(1)} | ${baseline.rebuildFromDatabaseSeconds?.toFixed(1) ?? 'not run'} |`,
      );
    }
  }
  lines.push(
    '',
    `The aggregate documents counted on ${FERRETDB.label} include recovery links for CSAT and CES answers, which the`,
    "stream of generated responses then made by mistake (it ignored the rebuild's NPS-only pass).",
    '',
  );

  const exportedAt = results.find((result) => result.export);
  const exported = exportedAt?.export;
  if (exported && exportedAt) {
    const rows = exported.newlines - 1;
    lines.push(
      '### CSV export',
      '',
      `\`GET /export/responses.csv\` for the whole year at ${count(exportedAt.responses)} responses: ` +
        `${count(rows)} rows, ${(exported.bytes / 1024 ** 2).toFixed(0)} MiB in ${exported.seconds.toFixed(1)} s ` +
        `(${count(Math.round(rows / exported.seconds))} rows/s). The process's resident memory grew by at most ` +
        `${exported.peakGrowthMiB.toFixed(0)} MiB while streaming (server and client are the same process).` +
        (exportedAt.responses === FERRETDB.export.responses
          ? ` On ${FERRETDB.label}: ${FERRETDB.export.seconds.toFixed(1)} s (${count(FERRETDB.export.rowsPerSecond)} rows/s).`
          : ''),
      '',
    );
  }
  return lines.join('\n');
}

const cellOf = (value: number | undefined) => (value === undefined ? '–' : ms(value));

export const reportBench: BenchModule = {
  name: 'reports',
  async run(context) {
    const results = await inDatabase(context.uri, 'bench_reports', () => measureLevels(context));
    return ['## Reports (issue 4)', '', describe(results)].join('\n');
  },
};
