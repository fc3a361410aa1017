// The panel's side of the benchmarks:
// 1. page load -> panel showing data on the demo ticket page, in Debian's Chromium;
// 2. throughput and latency of the panel's contact query under 16 concurrent clients,
//    against the full API and against a bare graphql-js server over node:http resolving
//    the same query from the same database (the ratio is our stack's overhead).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, graphql } from 'graphql';
import mongoose from 'mongoose';
import { PROJECT_ROOT, loadConfig } from '../api/src/config';
import { seedDemoData } from '../api/src/demo/seed';
import { recommendActions, withDefaultRules, type Playbook } from '../api/src/loyalty';
import { launchChromium } from '../test/support/browser';
import { PANEL_CONTACT_QUERY } from '../test/support/panel-query';
import { FERRETDB } from './baseline-ferretdb';
import { inDatabase, ms, percentile, startApi, verdict } from './support';
import type { BenchContext, BenchModule } from './types';

const CONCURRENT_CLIENTS = 16;
/** The goals for the ticket panel: its script's gzip size and the demo page's median load to data. */
const PANEL_GZIP_GOAL_BYTES = 120_000;
const PANEL_LOAD_GOAL_MS = 250;
/** The standalone scripts (dist/plugin-ui/standalone), the ticket panel's first. */
const STANDALONE_SCRIPTS = [
  { file: 'nps-desk.js', view: 'ticket panel (`NpsDesk.mount`, `<nps-desk-panel>`)' },
  { file: 'nps-desk-sales.js', view: 'sales candidates (`NpsDesk.mountSalesCandidates`)' },
  { file: 'nps-desk-report.js', view: 'report page (`NpsDesk.mountReport`)' },
  { file: 'nps-desk-preload.js', view: "the ticket panel's query from a page's <head> (`NpsDesk.preload`)" },
];
const STANDALONE_DIR = path.join(PROJECT_ROOT, 'dist', 'plugin-ui', 'standalone');
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * Each standalone script's size: raw, gzipped (node's zlib, default level: the measure)
 * and as the API sends it to a browser taking brotli (the `.br` copy the build writes).
 */
function scriptSizes() {
  return STANDALONE_SCRIPTS.map(({ file, view }) => {
    const bytes = readFileSync(path.join(STANDALONE_DIR, file));
    const brotli = statSync(path.join(STANDALONE_DIR, `${file}.br`)).size;
    return { file, view, raw: bytes.length, gzip: gzipSync(bytes).length, brotli };
  });
}
/** The goal for the panel's contact query through the API, at 16 concurrent clients. */
const API_P95_GOAL_MS = 20;

/** One load of the demo ticket page: when each step ended, in ms since navigation start. */
interface PanelLoad {
  /** The panel's standalone script received. */
  script: number;
  /** The demo session (the agent's token) received. */
  session: number;
  /** The panel's GraphQL query sent. */
  querySent: number;
  /** Its answer received. */
  queryAnswered: number;
  /** The panel showing the data. */
  ready: number;
}

/**
 * How the demo page sends the panel's query: `NpsDesk.preload` from its <head> (what it does), or
 * `NpsDesk.mount` alone (`?preload=off`), measured side by side.
 */
const QUERY_SENDERS = ['preload', 'mount'] as const;
type QuerySender = (typeof QUERY_SENDERS)[number];

async function measurePanelLoads(baseUrl: string, loadsPerContact: number, log: (m: string) => void) {
  const browser = await launchChromium();
  const timings: Record<QuerySender, PanelLoad[]> = { preload: [], mount: [] };
  try {
    for (const requester of ['zd-1001', 'zd-1002', 'zd-1003']) {
      // The two ways in turn, so both meet the same moments of this shared machine.
      for (let i = 0; i < loadsPerContact * QUERY_SENDERS.length; i += 1) {
        const sender = QUERY_SENDERS[i % QUERY_SENDERS.length]!;
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        // Records, in page time (ms since navigation start), when the panel first shows data.
        await page.addInitScript(() => {
          const observer = new MutationObserver(() => {
            if (document.querySelector('[data-testid="nps-panel-ready"]')) {
              (window as unknown as { npsReadyAt: number }).npsReadyAt = performance.now();
              observer.disconnect();
            }
          });
          // From the start: with its query preloaded, the panel can show data before DOMContentLoaded.
          observer.observe(document, { childList: true, subtree: true });
        });
        await page.goto(`${baseUrl}/demo/ticket?requester=${requester}${sender === 'mount' ? '&preload=off' : ''}`);
        await page.getByTestId('nps-panel-ready').waitFor();
        timings[sender].push(
          // No named functions in here: tsx would wrap them in a helper the page does not have.
          await page.evaluate(() => {
            const [script, session, query] = ['/panel/nps-desk.js', '/demo/session', '/graphql'].map((part) => {
              const entry = performance
                .getEntriesByType('resource')
                .find((candidate) => new URL(candidate.name).pathname.startsWith(part));
              if (!(entry instanceof PerformanceResourceTiming)) throw new Error(`the page did not request ${part}`);
              return entry;
            }) as [PerformanceResourceTiming, PerformanceResourceTiming, PerformanceResourceTiming];
            return {
              script: script.responseEnd,
              session: session.responseEnd,
              querySent: query.startTime,
              queryAnswered: query.responseEnd,
              ready: (window as unknown as { npsReadyAt: number }).npsReadyAt,
            };
          }),
        );
        await page.close();
      }
      log(`panel loads: ${requester} done`);
    }
  } finally {
    await browser.close();
  }
  return timings;
}

interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Both servers must answer the query with data and no errors, or their figures mean nothing. */
async function assertAnswersQuery(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: PANEL_CONTACT_QUERY, variables: { externalId: 'zd-1003' } }),
  });
  const body = (await response.json()) as { data?: { contact?: { recommendedActions?: unknown[] } }; errors?: unknown };
  if (body.errors || !body.data?.contact?.recommendedActions?.length) {
    throw new Error(`${url} did not answer the panel query: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<LoadResult> {
  await assertAnswersQuery(url, headers);
  const bodies = ['zd-1001', 'zd-1002', 'zd-1003'].map((externalId) =>
    JSON.stringify({ query: PANEL_CONTACT_QUERY, variables: { externalId } }),
  );
  // Every response time, for exact percentiles (autocannon's summary has no p95), measured
  // by a load generator in a process of its own.
  const job = { url, headers, bodies, connections: CONCURRENT_CLIENTS, seconds };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'load-client.ts'), JSON.stringify(job)],
    { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as { latencies: number[]; total: number; perSecond: number; errors: number };
  return {
    requests: result.total,
    perSecond: result.perSecond,
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    p99: percentile(result.latencies, 99),
    errors: result.errors,
  };
}

/** The same query over node:http with graphql-js and the MongoDB driver: no Apollo, express, auth or mongoose models. */
async function startBareServer(workspaceId: string, playbook: Playbook): Promise<http.Server> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  const schema = buildSchema(`
    type Query { contact(externalId: String): Contact }
    enum SurveyMetric { NPS CSAT CES }
    type Contact { id: ID! name: String loyalty: Loyalty! responses(first: Int, metric: SurveyMetric): ResponseConnection! recommendedActions: [Action!]! }
    type Loyalty { category: String latestScore: Int latestComment: String answeredAt: String previousCategory: String movement: String! responseCount: Int! }
    type ResponseConnection { edges: [ResponseEdge!]! }
    type ResponseEdge { node: Response! }
    type Response { id: ID! score: Int! comment: String answeredAt: String! }
    type Action { kind: String! title: String! script: String! priority: String! dueAt: String reason: String! }
  `);
  type ContactRow = {
    _id: mongoose.Types.ObjectId;
    name: string | null;
    company: string | null;
    loyalty: Parameters<typeof recommendActions>[0]['snapshot'];
    csat?: { recent: [] };
  };
  const rootValue = {
    contact: async ({ externalId }: { externalId: string }) => {
      const contact = await db
        .collection<ContactRow>('contacts')
        .findOne({ workspaceId, externalIdKey: `id:${externalId}` });
      if (!contact) return null;
      return {
        id: contact._id.toHexString(),
        name: contact.name,
        loyalty: { ...contact.loyalty, answeredAt: contact.loyalty.answeredAt?.toISOString() },
        responses: async ({ first, metric }: { first: number; metric: string }) => {
          const rows = await db
            .collection('responses')
            .find({ workspaceId, contactId: contact._id, metric })
            .sort({ answeredAt: -1, _id: -1 })
            .limit(first)
            .toArray();
          return {
            edges: rows.map((row) => ({
              node: {
                id: String(row._id),
                score: row.score,
                comment: row.comment,
                answeredAt: row.answeredAt.toISOString(),
              },
            })),
          };
        },
        recommendedActions: async () => {
          const followUps = await db
            .collection('follow_ups')
            .find({ workspaceId, contactId: contact._id, status: 'OPEN' })
            .toArray();
          return recommendActions(
            {
              name: contact.name,
              company: contact.company,
              snapshot: contact.loyalty,
              recentCsat: [],
              followUps: followUps.map((f) => ({ kind: f.kind, status: f.status, closedAt: f.closedAt })),
            },
            new Date(),
            playbook,
          ).map((action) => ({ ...action, dueAt: action.dueAt?.toISOString() ?? null }));
        },
      };
    },
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      void graphql({ schema, source: query, rootValue, variableValues: variables }).then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export const panelBench: BenchModule = {
  name: 'panel',
  async run({ uri, scale, log }: BenchContext): Promise<string> {
    if (!STANDALONE_SCRIPTS.every(({ file }) => existsSync(path.join(STANDALONE_DIR, file)))) {
      throw new Error('The panel bundles are missing: run `npm run build:ui` first (npm run bench does)');
    }
    const sizes = scriptSizes();
    // NODE_ENV=test: the demo (NPS_DEMO) is refused in production, and the API logs nothing.
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      NPS_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
      NPS_DEMO: 'true',
    });
    const seconds = Math.max(3, Math.round(15 * scale));
    const loadsPerContact = Math.max(3, Math.round(20 * scale));
    const { loadsBySender, loadAverages, full, baseline } = await inDatabase(uri, 'bench_panel', async () => {
      await seedDemoData();
      const api = await startApi(config);
      let bare: http.Server | undefined;
      try {
        const loadAverageBefore = os.loadavg()[0]!;
        const loadsBySender = await measurePanelLoads(api.baseUrl, loadsPerContact, log);
        const loadAverages = { before: loadAverageBefore, after: os.loadavg()[0]! };
        const auth = { authorization: `Bearer ${api.tokenFor('demo', 'agent')}` };
        // Warm both servers before measuring.
        await load(`${api.baseUrl}/graphql`, auth, 2);
        const full = await load(`${api.baseUrl}/graphql`, auth, seconds);
        log(`full API: ${full.perSecond.toFixed(0)} req/s, p95 ${ms(full.p95)} ms`);
        bare = await startBareServer('demo', withDefaultRules({}));
        const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
        await load(bareUrl, {}, 2);
        const baseline = await load(bareUrl, {}, seconds);
        log(`bare graphql-js: ${baseline.perSecond.toFixed(0)} req/s, p95 ${ms(baseline.p95)} ms`);
        return { loadsBySender, loadAverages, full, baseline };
      } finally {
        await api.stop();
        bare?.close();
      }
    });

    const row = (server: string, measuredOn: string, r: LoadResult) =>
      `| ${server} | ${measuredOn} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`;
    const ferret = FERRETDB.panel;
    const ticket = sizes[0]!;
    const loads = loadsBySender.preload;
    const stepMedian = (sent: PanelLoad[], step: keyof PanelLoad) =>
      percentile(
        sent.map((load) => load[step]),
        50,
      );
    const loadMedian = stepMedian(loads, 'ready');
    const mountMedian = stepMedian(loadsBySender.mount, 'ready');
    const loadRow = (label: string, sent: PanelLoad[]) => {
      const ready = sent.map((load) => load.ready);
      return `| ${label} | ${ms(percentile(ready, 50))} | ${ms(percentile(ready, 95))} | ${ms(percentile(ready, 0))} | ${ms(percentile(ready, 100))} |`;
    };
    const stepRow = (label: string, sent: PanelLoad[]) =>
      `| ${label} | ${(['script', 'session', 'querySent', 'queryAnswered', 'ready'] as const)
        .map((step) => ms(stepMedian(sent, step)))
        .join(' | ')} |`;
    return [
      '## Panel',
      '',
      '### Standalone scripts',
      '',
      "Each script as `npm run build:ui` writes it to dist/plugin-ui/standalone/, its gzip size (node's",
      '`zlib.gzipSync`, default level) and its size as the API sends it to a browser that takes brotli (the `.br`',
      "copy the build writes beside it). Each carries Preact's React compatibility layer in place of React DOM",
      "(plugin-ui/vite.standalone.config.mts), Apollo Client and the panel's CSS; a page loads the one its view",
      'needs. Before the split (commit 38d4867, 2026-12-01), the single nps-desk.js held all three views, on React DOM.',
      '',
      '| script | view | size (kB) | gzip (kB) | brotli, as sent (kB) |',
      '| --- | --- | ---: | ---: | ---: |',
      ...sizes.map(
        ({ file, view, raw, gzip, brotli }) => `| ${file} | ${view} | ${kB(raw)} | ${kB(gzip)} | ${kB(brotli)} |`,
      ),
      `| nps-desk.js before the split | all three | – | ${kB(ferret.standaloneGzipBytes)} | – |`,
      '',
      `Goal: the ticket panel's script at most ${kB(PANEL_GZIP_GOAL_BYTES)} kB gzip: ${kB(ticket.gzip)} kB, ` +
        `${verdict(ticket.gzip <= PANEL_GZIP_GOAL_BYTES)} (before the split: ${kB(ferret.standaloneGzipBytes)} kB).`,
      '',
      `### Demo ticket page: load to panel showing data (${loads.length} + ${loadsBySender.mount.length} loads in Chromium)`,
      '',
      'Each load opens `/demo/ticket?requester=…` in a new page (3 demo contacts in turn) and records the',
      'page time from navigation start to the moment the panel renders its data (`nps-panel-ready`):',
      "HTML, the standalone script and the demo session token (both requested from the page's <head>, without",
      "blocking its parser) and the panel's GraphQL query included. The page sends that query",
      'with `NpsDesk.preload` (nps-desk-preload.js, loaded in its <head>) as soon as the session is there, and the',
      'panel takes the answer; beside it, loads of the same page with `?preload=off`, which leaves the query to',
      "`NpsDesk.mount` (sent before the panel's first render, once nps-desk.js has run), one of each in turn.",
      'Every step waits for a core: the 1-minute load average of',
      `this machine (${os.cpus().length} cores, shared with other jobs) was ${loadAverages.before.toFixed(1)} before the loads ` +
        `and ${loadAverages.after.toFixed(1)} after.`,
      '',
      '| measured on | median (ms) | p95 (ms) | min (ms) | max (ms) |',
      '| --- | ---: | ---: | ---: | ---: |',
      loadRow('this run: the demo page (`NpsDesk.preload`)', loads),
      loadRow('this run: `NpsDesk.mount` alone (`?preload=off`)', loadsBySender.mount),
      `| ${FERRETDB.label} (\`NpsDesk.mount\` alone) | ${ms(ferret.loads.median)} | ${ms(ferret.loads.p95)} | ${ms(ferret.loads.min)} | ${ms(ferret.loads.max)} |`,
      '',
      `Goal: a median of at most ${PANEL_LOAD_GOAL_MS} ms: ${ms(loadMedian)} ms, ${verdict(loadMedian <= PANEL_LOAD_GOAL_MS)} ` +
        `(\`NpsDesk.mount\` alone: ${ms(mountMedian)} ms; ${FERRETDB.label}: ${ms(ferret.loads.median)} ms).`,
      '',
      'Where the time goes: the median moment of each step, in ms since navigation start (from the',
      "page's Resource Timing entries).",
      '',
      '| query sent by | script received | session received | query sent | query answered | panel shows data |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      stepRow('`NpsDesk.preload`', loads),
      stepRow('`NpsDesk.mount`', loadsBySender.mount),
      '',
      `### The panel's contact query, ${CONCURRENT_CLIENTS} concurrent clients for ${seconds} s each`,
      '',
      'Contact by helpdesk id with its loyalty snapshot, last 20 NPS answers and recommended actions.',
      'Full API: express + Apollo Server + JWT verification + workspace lookup + mongoose services.',
      'Bare: graphql-js over node:http with the MongoDB driver resolving the same fields from the same database.',
      'The load generator (autocannon) runs in a process of its own; both servers run in the benchmark process.',
      '',
      '| server | measured on | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('NPS Desk API', 'this run', full),
      row('NPS Desk API', FERRETDB.label, ferret.api),
      row('bare graphql-js', 'this run', baseline),
      row('bare graphql-js', FERRETDB.label, ferret.bare),
      '',
      `Throughput ratio (API / bare): ${(full.perSecond / baseline.perSecond).toFixed(2)}; ` +
        `p95 ratio: ${(full.p95 / baseline.p95).toFixed(2)} ` +
        `(${FERRETDB.label}: ${(ferret.api.perSecond / ferret.bare.perSecond).toFixed(2)} and ${(ferret.api.p95 / ferret.bare.p95).toFixed(2)}).`,
      '',
      `Goal: the API's p95 at most ${API_P95_GOAL_MS} ms at ${CONCURRENT_CLIENTS} concurrent clients: ${ms(full.p95)} ms, ` +
        `${verdict(full.p95 <= API_P95_GOAL_MS)} (${FERRETDB.label}: ${ms(ferret.api.p95)} ms).`,
      '',
    ].join('\n');
  },
};
