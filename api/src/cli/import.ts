import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { closeDatabaseOnSignals, openDatabase } from '../db/connect';
import { IMPORT_FORMATS, ImportFileError, type ImportFormat } from '../modules/import/import.formats';
import { importFile, type ImportSummary } from '../modules/import/import.service';
import { LEASE_MS } from '../modules/recording/recording.lease';
import { sweepWorkspaceRecordings } from '../modules/recording/recording.pipeline';
import { WorkspaceModel } from '../modules/workspace/workspace.model';

// `npm run import -- --workspace acme --format csv|delighted FILE`: imports survey answers
// through the batched recording path, with a progress bar and a summary. Ctrl-C stops after
// the current batch; running the same command again imports what is missing.

function wholeNumber(min: number, max: number) {
  return (value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    }
    return number;
  };
}

function oneOf(...allowed: number[]) {
  return (value: string) => {
    const number = Number(value);
    if (!allowed.includes(number)) throw new InvalidArgumentError(`must be ${allowed.join(' or ')}`);
    return number;
  };
}

interface ImportCommandOptions {
  workspace: string;
  format: ImportFormat;
  batchSize: number;
  csatScale: number;
  cesScale: number;
}

const program = new Command('import')
  .description('Imports survey answers from a file: our CSV layout or a Delighted export (docs/import.md).')
  .argument('<file>', 'the file to import')
  .requiredOption('--workspace <id>', 'workspace to import into')
  .addOption(new Option('--format <format>', 'the file layout').choices(IMPORT_FORMATS).makeOptionMandatory())
  .option('--batch-size <rows>', 'answers stored and counted together', wholeNumber(1, 10_000), 1000)
  .option('--csat-scale <max>', 'Delighted CSAT answers: 5 (default) or 3 for a 3-point project', oneOf(3, 5), 5)
  .option('--ces-scale <max>', 'Delighted CES answers: 7 (default) or 5 for a 5-point project', oneOf(5, 7), 7)
  .parse();

const count = (value: number) => value.toLocaleString('en-US');

function printSummary(summary: ImportSummary): void {
  const rate = summary.seconds > 0 ? summary.rowsRead / summary.seconds : 0;
  console.log(
    [
      `rows read:       ${count(summary.rowsRead)}`,
      `stored:          ${count(summary.stored)}`,
      `already present: ${count(summary.alreadyPresent)}`,
      `rejected:        ${count(summary.rejected)}` + (summary.rejectedFile ? ` (see ${summary.rejectedFile})` : ''),
      `time:            ${summary.seconds.toFixed(1)} s, ${count(Math.round(rate))} rows/s`,
    ].join('\n'),
  );
  if (summary.stopped) {
    console.log('Stopped before the end of the file: run the same command again to import the rest.');
  } else if (summary.rejected > 0) {
    console.log('The import ran; the rejected rows were left out.');
  }
}

async function main(): Promise<void> {
  const [file] = program.args as [string];
  const options = program.opts<ImportCommandOptions>();
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.error(message));
  // The first Ctrl-C ends the import after the current batch; a second one stops at once.
  let stopRequested = false;
  const requestStop = (signal: NodeJS.Signals) => {
    console.error(`\n${signal} received: stopping after the current batch (again to stop at once)`);
    stopRequested = true;
    closeDatabaseOnSignals(database);
  };
  process.once('SIGINT', requestStop);
  process.once('SIGTERM', requestStop);
  try {
    if (!(await WorkspaceModel.exists({ _id: options.workspace }))) {
      console.error(`There is no workspace "${options.workspace}"`);
      process.exitCode = 1;
      return;
    }
    // What an import killed before left unfinished, once its leases have expired.
    const swept = await sweepWorkspaceRecordings(options.workspace, { leaseWaitMs: LEASE_MS + 1000 });
    if (swept.contacts > 0) console.error(`finished the answers of ${swept.contacts} contacts left by an earlier run`);

    const bar = new SingleBar(
      {
        format:
          'import |{bar}| {percentage}% | {rowsRead} rows, {stored} stored, {rejected} rejected | ETA {eta_formatted}',
        hideCursor: true,
        stream: process.stderr,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      Presets.shades_classic,
    );
    bar.start(1000, 0, { rowsRead: 0, stored: 0, rejected: 0 });
    let summary: ImportSummary;
    try {
      summary = await importFile({
        workspaceId: options.workspace,
        file,
        format: options.format,
        batchSize: options.batchSize,
        formatOptions: { csatScale: options.csatScale, cesScale: options.cesScale },
        shouldStop: () => stopRequested,
        onProgress: ({ fraction, rowsRead, stored, rejected }) =>
          bar.update(Math.round(fraction * 1000), {
            rowsRead: count(rowsRead),
            stored: count(stored),
            rejected: count(rejected),
          }),
      });
      bar.update(Math.round(summary.fraction * 1000), {
        rowsRead: count(summary.rowsRead),
        stored: count(summary.stored),
        rejected: count(summary.rejected),
      });
    } finally {
      bar.stop();
    }
    printSummary(summary);
    if (summary.stopped) process.exitCode = 130;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof ImportFileError ? error.message : error);
  process.exit(1);
});
