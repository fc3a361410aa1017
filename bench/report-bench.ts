import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { createApp, type App } from '../api/src/app';
import { signToken } from '../api/src/auth/jwt';
import type { AuthenticatedViewer } from '../api/src/auth/viewer';
import { loadConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { countResponseInReports } from '../api/src/modules/report/report.counts';
import { REPORT_MODELS } from '../api/src/modules/report/report.model';
import {
  computeAggregates,
  rebuildAggregates,
  replaceAggregates,
  type ResponseSource,
} from '../api/src/modules/report/report.rebuild';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { recordResponse } from '../api/src/modules/response/response.service';
import { ensureWorkspace } from '../api/src/modules/workspace/workspace.service';
import { benchContacts, benchResponses, type BenchContact } from './report-data';
import type { BenchContext, BenchModule } from './types';

// Report latency at 10k, 100k and 1M responses, from the pre-aggregated counts, against a
// plain aggregation over the raw responses measured in the same run; CSV export throughput
// and memory; ingest throughput with the aggregates maintained against plain inserts.

const WORKSPACE = 'bench';
const LEVELS = [10_000, 100_000, 1_000_000];
const CONTACTS = 5_000;
const INGEST_SAMPLE = 200;
const EXPORT_LEVEL = 100_000;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

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
  return { median: median(times), runs: times.length };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en-US');

async function insertResponses(contacts: BenchContact[], from: number, to: number): Promise<void> {
  let batch: ResponseDoc[] = [];
  for (const response of benchResponses(WORKSPACE, contacts, from, to)) {
    batch.push(response);
    if (batch.length === 10_000) {
      await ResponseModel.collection.insertMany(batch as never[], { ordered: false });
      batch = [];
    }
  }
  if (batch.length > 0) await ResponseModel.collection.insertMany(batch as never[], { ordered: false });
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

async function graphql(app: { baseUrl: string; token: string }, input: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify({ query: REPORT_QUERY, variables: { input } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`report failed: ${JSON.stringify(body.errors)}`);
  return body;
}

/** Streams the CSV export for the whole year, counting bytes and rows, sampling memory. */
async function exportRun(app: { baseUrl: string; token: string }) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = Date.now();
  const response = await fetch(`${app.baseUrl}/export/responses.csv?from=2025-07-01&to=2026-06-30`, {
    headers: { authorization: `Bearer ${app.token}` },
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
  rebuildSeconds: number;
  rebuildFromDatabaseSeconds?: number;
  aggregateDocuments: number;
  reports: { name: string; median: number; runs: number }[];
  raw: { median: number; runs: number };
  export?: Awaited<ReturnType<typeof exportRun>>;
}

async function ingestBench(context: BenchContext): Promise<string> {
  const sample = Math.max(50, Math.round(INGEST_SAMPLE * Math.sqrt(context.scale)));
  const contacts = benchContacts(200);
  const docs = [...benchResponses(WORKSPACE, contacts, 0, sample)];

  // Plain inserts of the same documents, one by one, in a database of their own.
  await connectDatabase(context.uri, 'bench_ingest_plain');
  const plain = await timed(async () => {
    for (const doc of docs) await ResponseModel.collection.insertOne({ ...doc } as never);
  });
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();

  // The real recording path: validation, contact find-or-create, dedup, insert, loyalty
  // snapshot, report aggregates and recovery links.
  await connectDatabase(context.uri, 'bench_ingest_recorded');
  const workspace = await ensureWorkspace(WORKSPACE, 'Bench');
  const viewer: AuthenticatedViewer = {
    kind: 'authenticated',
    userId: 'bench',
    role: 'admin',
    workspaceId: WORKSPACE,
    workspace,
  };
  const now = new Date();
  const recorded = await timed(async () => {
    for (const doc of docs) {
      await recordResponse(
        viewer,
        {
          contact: { externalId: `c-${contacts.findIndex((contact) => contact._id.equals(doc.contactId))}` },
          metric: doc.metric,
          score: doc.score,
          scaleMax: doc.scaleMax,
          comment: doc.comment,
          channel: doc.channel,
          campaign: doc.campaign,
          ticketId: doc.ticketId,
          agentId: doc.agentId,
          team: doc.team,
          tags: doc.tags,
          answeredAt: doc.answeredAt,
          source: doc.source,
          sourceId: doc.sourceId,
        },
        now,
      );
    }
  });
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();

  // The aggregate maintenance alone, for the same documents already stored.
  await connectDatabase(context.uri, 'bench_ingest_aggregates');
  await ResponseModel.collection.insertMany(docs.map((doc) => ({ ...doc })) as never[]);
  const aggregatesOnly = await timed(async () => {
    for (const doc of docs) await countResponseInReports(doc);
  });
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();

  const rate = (elapsedMs: number) => (sample / elapsedMs) * 1000;
  context.log(`ingest: plain ${rate(plain.ms).toFixed(0)}/s, recorded ${rate(recorded.ms).toFixed(0)}/s`);
  return [
    '### Ingest throughput',
    '',
    `${count(sample)} responses of 200 contacts, written one at a time (sequentially) into an empty database each.`,
    '',
    '| write path | responses/s | ms per response |',
    '| --- | ---: | ---: |',
    `| plain \`insertOne\` of the same documents | ${rate(plain.ms).toFixed(0)} | ${ms(plain.ms / sample)} |`,
    `| \`recordResponse\` (the real path, aggregates maintained) | ${rate(recorded.ms).toFixed(0)} | ${ms(recorded.ms / sample)} |`,
    `| of which: aggregate maintenance alone (\`countResponseInReports\`) | ${rate(aggregatesOnly.ms).toFixed(0)} | ${ms(aggregatesOnly.ms / sample)} |`,
    '',
    `Maintained ingest runs at ${((plain.ms / recorded.ms) * 100).toFixed(1)}% of the plain-insert rate; ` +
      `the aggregates take ${((aggregatesOnly.ms / recorded.ms) * 100).toFixed(0)}% of the recording path's time ` +
      '(9 series per response: 2 upserts each, plus the recovery link for NPS detractors).',
  ].join('\n');
}

async function scaleBench(context: BenchContext): Promise<string> {
  await connectDatabase(context.uri, 'bench_reports');
  await ensureWorkspace(WORKSPACE, 'Bench');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false' });
  const app: App = await createApp(config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const client = {
    baseUrl: `http://127.0.0.1:${port}`,
    token: signToken(config.jwt, { userId: 'bench', workspaceId: WORKSPACE, role: 'admin' }, 3600),
  };
  const contacts = benchContacts(CONTACTS);
  await ContactModel.collection.insertMany(
    contacts.map((contact) => ({
      ...contact,
      workspaceId: WORKSPACE,
      externalIdKey: `id:${contact.externalId}`,
      emailKey: `email:${contact.email}`,
      tags: [],
    })) as never[],
  );

  const results: LevelResult[] = [];
  let stored = 0;
  try {
    for (const fullLevel of LEVELS) {
      const level = Math.round(fullLevel * context.scale);
      context.log(`reports: inserting responses ${count(stored)}..${count(level)}`);
      await insertResponses(contacts, stored, level);
      stored = level;
      context.log(`reports: computing aggregates at ${count(level)}`);
      // The rebuild's own computation and writes, fed the generated responses as they were
      // inserted (a database pass on FerretDB costs minutes at 1M).
      const source: ResponseSource = {
        count: async () => level,
        rows: () => benchResponses(WORKSPACE, contacts, 0, level) as unknown as AsyncIterable<never>,
      };
      // One workspace here: dropping is the quick way to empty its aggregates on FerretDB.
      await Promise.all(REPORT_MODELS.map((model) => model.collection.drop().catch(() => undefined)));
      await Promise.all(REPORT_MODELS.map((model) => model.createIndexes()));
      const rebuild = await timed(async () =>
        replaceAggregates(WORKSPACE, await computeAggregates(WORKSPACE, undefined, source)),
      );
      let rebuildFromDatabase: number | undefined;
      if (level <= 10_000) {
        context.log(`reports: rebuilding aggregates from the database at ${count(level)}`);
        await Promise.all(REPORT_MODELS.map((model) => model.collection.drop().catch(() => undefined)));
        await Promise.all(REPORT_MODELS.map((model) => model.createIndexes()));
        rebuildFromDatabase = (await timed(() => rebuildAggregates(WORKSPACE))).ms / 1000;
      }
      const reports = [];
      for (const report of REPORTS) {
        const result = await measure(() => graphql(client, report.input), 5, 15_000);
        context.log(`reports: ${count(level)} ${report.name}: ${ms(result.median)} ms`);
        reports.push({ name: report.name, ...result });
      }
      const raw = await measure(rawAggregation, 3, 45_000, false);
      context.log(`reports: ${count(level)} raw aggregation: ${ms(raw.median)} ms`);
      const result: LevelResult = {
        responses: level,
        rebuildSeconds: rebuild.ms / 1000,
        rebuildFromDatabaseSeconds: rebuildFromDatabase,
        aggregateDocuments: rebuild.value.documents,
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
    await app.apollo.stop();
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  }

  const headline = REPORTS[0]!.name;
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
    'within 45 s (a single run at 1M).',
    '',
    `| responses | ${REPORTS.map((report) => `report: ${report.name} (ms)`).join(' | ')} | raw aggregation (ms) | raw / report (${headline}) |`,
    `| ---: | ${REPORTS.map(() => '---:').join(' | ')} | ---: | ---: |`,
    ...results.map(
      (result) =>
        `| ${count(result.responses)} | ${result.reports.map((report) => ms(report.median)).join(' | ')} | ${ms(result.raw.median)} | ${(result.raw.median / (result.reports[0]?.median ?? 1)).toFixed(1)}x |`,
    ),
    '',
  ];
  const first = results[0];
  const last = results.at(-1);
  if (first && last && first !== last) {
    lines.push(
      `From ${count(first.responses)} to ${count(last.responses)} responses (${(last.responses / first.responses).toFixed(0)}x), ` +
        `the "${headline}" report went from ${ms(first.reports[0]!.median)} to ${ms(last.reports[0]!.median)} ms ` +
        `(${(last.reports[0]!.median / first.reports[0]!.median).toFixed(1)}x) while the raw aggregation went from ` +
        `${ms(first.raw.median)} to ${ms(last.raw.median)} ms (${(last.raw.median / first.raw.median).toFixed(1)}x).`,
      '',
    );
  }
  lines.push(
    '### Rebuilding the aggregates',
    '',
    'Computing and writing the aggregates with the rebuild code from the stream of generated responses, and',
    '`rebuildAggregates` reading the responses back from the database (what `npm run report:rebuild` does:',
    'two cursor passes, into emptied collections; run at 10k only, as FerretDB takes about 140 µs a document a pass).',
    '',
    '| responses | aggregate documents | compute + write (s) | rebuild from the database (s) |',
    '| ---: | ---: | ---: | ---: |',
    ...results.map(
      (result) =>
        `| ${count(result.responses)} | ${count(result.aggregateDocuments)} | ${result.rebuildSeconds.toFixed(1)} | ${result.rebuildFromDatabaseSeconds?.toFixed(1) ?? 'not run'} |`,
    ),
    '',
  );
  const exportedAt = results.find((result) => result.export);
  const exported = exportedAt?.export;
  if (exported && exportedAt) {
    lines.push(
      '### CSV export',
      '',
      `\`GET /export/responses.csv\` for the whole year at ${count(exportedAt.responses)} responses: ` +
        `${count(exported.newlines - 1)} rows, ${(exported.bytes / 1024 ** 2).toFixed(0)} MiB in ${exported.seconds.toFixed(1)} s ` +
        `(${count(Math.round((exported.newlines - 1) / exported.seconds))} rows/s). The process's resident memory grew by at most ` +
        `${exported.peakGrowthMiB.toFixed(0)} MiB while streaming (server and client are the same process).`,
      '',
    );
  }
  return lines.join('\n');
}

export const reportBench: BenchModule = {
  name: 'reports',
  async run(context) {
    const sections = [
      '## Reports (issue 4)',
      '',
      'FerretDB 1.24 with its SQLite backend uses no index for queries (not even `_id`: its SQL filter is',
      '`_ferretdb_sjson->\'$._id\'` while the index is on `_ferretdb_sjson->"_id"`), so on it every query and every',
      'update scans its whole collection. The aggregates are laid out for that: small month documents of day counts,',
      'and quarter-hour documents read only for UTC days that a bucket boundary cuts, the overall series apart from',
      "the segments'. On MongoDB every read and write of the aggregates is an index lookup.",
      '',
      await scaleBench(context),
      await ingestBench(context),
    ];
    return sections.join('\n');
  },
};
