// `npm run bench`: uses the server at MONGODB_URI when set, else starts a throwaway embedded
// database (NPS_EMBEDDED_DB picks which, as for the API), runs every bench module in turn and
// writes docs/benchmarks.md: the command, the machine, then one section per module.
//
// To add a benchmark, write a module exporting a BenchModule and list it in BENCHES.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { loadConfig, PROJECT_ROOT, type AppConfig } from '../api/src/config';
import { MONGO_CLIENT_OPTIONS } from '../api/src/db/client-options';
import { startEmbeddedDatabase } from '../api/src/db/embedded';
import { FERRETDB } from './baseline-ferretdb';
import { importBench } from './import-bench';
import { panelBench } from './panel-bench';
import { recordingBench } from './recording-bench';
import { reportBench } from './report-bench';
import { BENCHMARKS_FILE, readSections, sectionBlock, writeBenchmarks } from './sections';
import type { BenchModule } from './types';

const BENCHES: BenchModule[] = [recordingBench, reportBench, panelBench, importBench];

function machine(): string {
  const cpus = os.cpus();
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  let osName = `${os.type()} ${os.release()}`;
  try {
    const release = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' });
    osName = `${release.trim()} (${os.release()})`;
  } catch {
    // keep the kernel name
  }
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores`,
    `- Memory: ${memoryGiB} GiB`,
    `- OS: ${osName}`,
    `- Node: ${process.version}`,
  ].join('\n');
}

/** Names the server at a URI from its buildInfo. */
async function describeServer(uri: string): Promise<string> {
  const client = new MongoClient(uri, MONGO_CLIENT_OPTIONS);
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    return typeof info.secantusVersion === 'string'
      ? `SecantusDB ${info.secantusVersion} (MongoDB ${info.version} protocol)`
      : `a server reporting MongoDB ${info.version}`;
  } finally {
    await client.close();
  }
}

interface BenchDatabase {
  uri: string;
  label: string;
  /** How the measured-with line says where the server came from. */
  origin: string;
  stop(): Promise<void>;
}

/** The server at MONGODB_URI, or a throwaway embedded one in a temporary directory. */
async function openBenchDatabase(
  database: AppConfig['database'],
  log: (message: string) => void,
): Promise<BenchDatabase> {
  if (database.uri) {
    return {
      uri: database.uri,
      label: await describeServer(database.uri),
      origin: 'at `MONGODB_URI`, not started by the benchmark (its own `bench_*` databases, dropped after use)',
      stop: async () => undefined,
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-bench-db-'));
  const embedded = await startEmbeddedDatabase({ kind: database.embedded, dataDir, ephemeral: true, log });
  return {
    uri: embedded.uri,
    label: embedded.label,
    origin: 'started by the benchmark on this machine (throwaway data directory)',
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const TARGET = BENCHMARKS_FILE;

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be in (0, 1]');
  const only = process.env.BENCH_ONLY?.split(',');
  const started = new Date();
  const log = (message: string) =>
    console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s] ${message}`);
  const config = loadConfig().database;
  const database = await openBenchDatabase(config, log);
  log(`database: ${database.label}`);
  const command = [
    // The URI may hold credentials: the line only says it was set.
    config.uri ? 'MONGODB_URI=…' : config.embedded === 'auto' ? '' : `NPS_EMBEDDED_DB=${config.embedded}`,
    scale === 1 ? '' : `BENCH_SCALE=${scale}`,
    only ? `BENCH_ONLY=${only.join(',')}` : '',
    'npm run bench',
  ]
    .filter(Boolean)
    .join(' ');
  // Sections of an earlier run, by name, so a run of some benches keeps the others' figures.
  const sections = readSections();
  try {
    for (const bench of BENCHES) {
      if (only && !only.includes(bench.name)) continue;
      log(`${bench.name}: starting`);
      const benchStarted = Date.now();
      const body = await bench.run({ uri: database.uri, databaseLabel: database.label, scale, log });
      const minutes = ((Date.now() - benchStarted) / 60_000).toFixed(1);
      const measured =
        `_Measured ${started.toISOString()} with \`${command}\`${scale === 1 ? '' : ' (a reduced run)'} ` +
        `against ${database.label}, ${database.origin}; this part took ${minutes} min._`;
      const [heading, ...rest] = body.trim().split('\n');
      sections.set(bench.name, [heading, '', measured, ...rest].join('\n') + '\n');
      // Written after every part, so a later part's failure loses nothing measured.
      writeDocument(sections);
      log(`${bench.name}: done, wrote ${path.relative(PROJECT_ROOT, TARGET)}`);
    }
  } finally {
    await database.stop();
  }
}

function writeDocument(sections: Map<string, string>): void {
  const document = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts): do not edit by hand, run it again. `BENCH_ONLY=recording`,',
    "`BENCH_ONLY=reports`, `BENCH_ONLY=panel` or `BENCH_ONLY=import` reruns one part and keeps the others' figures; each part says when and",
    'how it was measured, and against which server. `MONGODB_URI` runs them against that server instead of a throwaway',
    `embedded one. Beside the figures, those of ${FERRETDB.label}, measured on ${FERRETDB.machine}`,
    '(bench/baseline-ferretdb.ts says where each comes from).',
    '',
    '## Machine',
    '',
    machine(),
    '',
    ...BENCHES.filter((bench) => sections.has(bench.name)).map((bench) =>
      sectionBlock(bench.name, sections.get(bench.name) ?? ''),
    ),
    // Sections other commands write (`npm run soak`), kept as they are.
    ...[...sections]
      .filter(([name]) => !BENCHES.some((bench) => bench.name === name))
      .map(([name, body]) => sectionBlock(name, body)),
  ].join('\n');
  writeBenchmarks(document);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
