// `npm run soak`: the API under steady load for a while (SOAK_SECONDS, default 60) on
// loopback at a fixed concurrency (SOAK_CONCURRENCY, default 8: half the connections run
// the panel's contact query, half record new answers with `responseRecord`), against the
// server at MONGODB_URI or an embedded database it starts and stops itself. Reports
// throughput, p50/p95/p99 latency and errors per operation, and the server's memory (RSS
// and heap used, after a full GC) at the start, the middle and the end; exits 1 when any
// request failed, when the report counts disagree with the recorded answers afterwards, or
// when the heap keeps growing (end more than 1.5x the middle). Writes its figures to
// docs/benchmarks.md, in its own marked section. Not part of `npm test`.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import v8 from 'node:v8';
import mongoose from 'mongoose';
import { loadConfig, PROJECT_ROOT } from '../api/src/config';
import { startEmbeddedDatabase } from '../api/src/db/embedded';
import { seedDemoData } from '../api/src/demo/seed';
import { ContactLeaseModel } from '../api/src/modules/recording/recording.lease';
import { sweepPendingRecordings } from '../api/src/modules/recording/recording.pipeline';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { PANEL_CONTACT_QUERY } from '../test/support/panel-query';
import type { OperationFigures, SoakJob } from './soak-client';
import { writeSection } from './sections';
import { count, inDatabase, ms, percentile, postGraphQL, startApi } from './support';

const SECTION = 'soak';
const GROWTH_LIMIT = 1.5;
const PANEL_CONTACTS = ['zd-1001', 'zd-1002', 'zd-1003'];
const RECORD_CONTACTS = 500;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

// A full collection before each memory reading, so the heap figure is what is live: from
// `--expose-gc` when given, else switched on here.
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

interface MemoryReading {
  at: string;
  rssMiB: number;
  heapUsedMiB: number;
}

function readMemory(at: string): MemoryReading {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { at, rssMiB: rss / 1024 ** 2, heapUsedMiB: heapUsed / 1024 ** 2 };
}

const mib = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const seconds = positiveInt('SOAK_SECONDS', 60);
  const concurrency = positiveInt('SOAK_CONCURRENCY', 8);
  if (concurrency < 2) throw new Error('SOAK_CONCURRENCY must be at least 2 (one connection per operation)');
  const started = new Date();
  const log = (message: string) =>
    console.log(`[soak ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s] ${message}`);

  const env = loadConfig();
  let stopDatabase = async () => undefined as void;
  let uri = env.database.uri;
  let databaseLabel = 'the server at `MONGODB_URI`';
  if (!uri) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-soak-db-'));
    const embedded = await startEmbeddedDatabase({ kind: env.database.embedded, dataDir, ephemeral: true, log });
    uri = embedded.uri;
    databaseLabel = `${embedded.label}, started by the soak (throwaway data directory)`;
    stopDatabase = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  log(`database: ${databaseLabel}`);

  // The rate limits stay on (every request is counted as in production) but high enough
  // for one token per operation driven flat out on loopback.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    NPS_DEMO: 'false',
    NPS_RATE_LIMIT_PER_CREDENTIAL: process.env.NPS_RATE_LIMIT_PER_CREDENTIAL ?? '1000000',
    NPS_RATE_LIMIT_PER_WORKSPACE: process.env.NPS_RATE_LIMIT_PER_WORKSPACE ?? '1000000',
    // A log line per request would measure the terminal; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });

  let failures: string[];
  try {
    failures = await inDatabase(uri, `soak_${process.pid}`, async () => {
      await seedDemoData();
      const api = await startApi(config);
      let stopped = false;
      const stopApi = async () => {
        if (stopped) return;
        stopped = true;
        await api.stop();
      };
      try {
        return await soak(api, stopApi, { seconds, concurrency, databaseLabel, started, log });
      } finally {
        await stopApi();
      }
    });
  } finally {
    await stopDatabase();
    await mongoose.disconnect();
  }
  if (failures.length > 0) {
    console.error(`soak failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  log('no errors, memory steady');
  process.exit(0);
}

/**
 * Waits until no answer is being recorded: no contact lease held and the number of stored
 * answers unchanged for 3 s (a recording in flight takes well under that), at most 60 s.
 */
async function recordingsSettled(log: (message: string) => void): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const [answers, leases] = await Promise.all([
      ResponseModel.countDocuments().exec(),
      ContactLeaseModel.countDocuments().exec(),
    ]);
    if (answers !== last || leases > 0) {
      last = answers;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 3000) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log('recordings still in flight after 60 s');
}

interface SoakOptions {
  seconds: number;
  concurrency: number;
  databaseLabel: string;
  started: Date;
  log: (message: string) => void;
}

async function soak(
  api: Awaited<ReturnType<typeof startApi>>,
  stopApi: () => Promise<void>,
  options: SoakOptions,
): Promise<string[]> {
  const { seconds, concurrency, log } = options;
  const url = `${api.baseUrl}/graphql`;
  const panelToken = api.tokenFor('demo', 'agent');
  const recordToken = api.tokenFor('demo', 'admin');
  // Warm-up: both operations answer, and the first-request costs (schema, pools) are paid.
  for (const externalId of PANEL_CONTACTS) {
    const { body } = await postGraphQL(url, panelToken, PANEL_CONTACT_QUERY, { externalId });
    if (body.errors || !body.data) throw new Error(`the panel query failed: ${JSON.stringify(body).slice(0, 300)}`);
  }

  const memory: MemoryReading[] = [readMemory('start')];
  const job: SoakJob = {
    url,
    panelToken,
    recordToken,
    connections: { panel: Math.ceil(concurrency / 2), record: Math.floor(concurrency / 2) },
    seconds,
    panelContacts: PANEL_CONTACTS,
    recordContacts: RECORD_CONTACTS,
    runId: `soak-${Date.now().toString(36)}`,
  };
  log(
    `load: ${concurrency} connections for ${seconds} s (panel ${job.connections.panel}, record ${job.connections.record})`,
  );
  const middle = setTimeout(() => memory.push(readMemory('middle')), (seconds * 1000) / 2);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'soak-client.ts'), JSON.stringify(job)],
    { cwd: PROJECT_ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  clearTimeout(middle);
  const result = JSON.parse(stdout) as { panel: OperationFigures; record: OperationFigures };
  // autocannon stops at the deadline and drops its connections, which does not stop the
  // requests the API is working on: wait until the last of them is done.
  await stopApi();
  await recordingsSettled(log);
  memory.push(readMemory('end'));

  // Whatever a recording left to the sweep (a contact busy too long) is finished, as the
  // running API's sweep would; then the recorded answers must all be counted, once.
  const swept = await sweepPendingRecordings();
  const verified = await verifyAggregates('demo');
  log(`report counts checked: ${verified.documentsChecked} documents, ${verified.differences.length} differences`);

  const failures: string[] = [];
  for (const [name, figures] of Object.entries(result)) {
    if (figures.errors > 0) failures.push(`${name}: ${figures.errors} errors, e.g. ${figures.samples.join(' | ')}`);
    if (figures.total === 0) failures.push(`${name}: no request completed`);
  }
  if (verified.differences.length > 0) {
    failures.push(`report counts differ from the answers: ${verified.differences.slice(0, 3).join('; ')}`);
  }
  const mid = memory.find(({ at }) => at === 'middle');
  const end = memory.find(({ at }) => at === 'end');
  const growth = mid && end ? end.heapUsedMiB / mid.heapUsedMiB : Number.NaN;
  const growing = growth > GROWTH_LIMIT;
  if (growing)
    failures.push(`heap used grew ${growth.toFixed(2)}x from the middle to the end (limit ${GROWTH_LIMIT}x)`);

  const rows = (Object.entries(result) as [string, OperationFigures][]).map(([name, figures]) => {
    const label = name === 'panel' ? 'panel contact query' : '`responseRecord` (new answer)';
    return `| ${label} | ${job.connections[name as 'panel' | 'record']} | ${count(figures.total)} | ${(figures.total / seconds).toFixed(0)} | ${ms(percentile(figures.latencies, 50))} | ${ms(percentile(figures.latencies, 95))} | ${ms(percentile(figures.latencies, 99))} | ${figures.errors} |`;
  });
  const command = [
    process.env.MONGODB_URI ? 'MONGODB_URI=…' : '',
    process.env.SOAK_SECONDS ? `SOAK_SECONDS=${seconds}` : '',
    process.env.SOAK_CONCURRENCY ? `SOAK_CONCURRENCY=${concurrency}` : '',
    'npm run soak',
  ]
    .filter(Boolean)
    .join(' ');
  const section = [
    '## Soak: panel query and answer recording under steady load',
    '',
    `_Measured ${options.started.toISOString()} with \`${command}\` against ${options.databaseLabel}; ` +
      `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}. The machine is ` +
      'shared and noisy (other jobs ran at the same time), so absolute figures vary from run to run; errors and the ' +
      'memory trend are what the soak checks._',
    '',
    `${seconds} s on loopback at ${concurrency} concurrent connections: half run the panel's contact query ` +
      `(test/support/panel-query.ts) over the three demo requesters, half record a new answer each ` +
      `(\`responseRecord\`, a fresh source id, spread over ${RECORD_CONTACTS} contacts), all at once. The API ` +
      '(express + Apollo Server, rate limits on with raised ceilings) runs in the soak process; autocannon drives it ' +
      'from a process of its own (bench/soak-client.ts). A request is an error when it is not HTTP 200 or its body ' +
      "holds GraphQL `errors`. Latency is autocannon's response time per request.",
    '',
    '| operation | connections | requests | per second | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Server memory (the API process), each reading after a full garbage collection:',
    '',
    '| when | RSS MiB | heap used MiB |',
    '| --- | ---: | ---: |',
    ...memory.map(({ at, rssMiB, heapUsedMiB }) => `| ${at} | ${mib(rssMiB)} | ${mib(heapUsedMiB)} |`),
    '',
    `Heap used at the end is ${Number.isNaN(growth) ? 'n/a' : `${growth.toFixed(2)}x`} the middle's ` +
      `(the soak fails above ${GROWTH_LIMIT}x): ${growing ? '**growing**' : 'steady'}. ` +
      `After the run the recording sweep had ${swept.contacts} contacts to finish, and \`verifyAggregates\` found ${verified.differences.length} differences between the report ` +
      `counts and the ${count(verified.responses)} stored answers.`,
    '',
  ].join('\n');
  writeSection(SECTION, section);
  log(`wrote docs/benchmarks.md (section ${SECTION})`);
  console.log(section);
  return failures;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
