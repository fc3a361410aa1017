import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { loadConfig } from '../config';
import { closeDatabaseOnSignals, openDatabase, type OpenDatabase } from '../db/connect';
import type { ProgressSink } from '../modules/report/report.rebuild';
import { WorkspaceModel } from '../modules/workspace/workspace.model';

/** Progress bars on stderr (one per phase), for the report CLI commands. */
export function progressBars(label: string): ProgressSink & { close(): void } {
  const bars = new MultiBar(
    {
      format: `${label} {phase} |{bar}| {percentage}% {value}/{total} {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  let bar: SingleBar | null = null;
  return {
    start(phase, total) {
      bar = bars.create(Math.max(total, 1), 0, { phase: phase.padEnd(14) });
    },
    advance(count) {
      bar?.increment(count);
    },
    stop() {
      if (bar) bar.update(bar.getTotal());
      bar = null;
    },
    close() {
      bars.stop();
    },
  };
}

export interface ReportCommandOptions {
  workspace?: string;
}

/** Parses `--workspace`, opens the database and lists the workspaces to work on. */
export async function openForReports(
  name: string,
  description: string,
): Promise<{ database: OpenDatabase; workspaces: string[] }> {
  const options = new Command(name)
    .description(description)
    .option('--workspace <id>', 'only this workspace (default: every workspace)')
    .parse()
    .opts<ReportCommandOptions>();
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.error(message));
  closeDatabaseOnSignals(database);
  const workspaces = options.workspace
    ? [options.workspace]
    : (await WorkspaceModel.find().select({ _id: 1 }).lean<{ _id: string }[]>().exec()).map((doc) => doc._id);
  return { database, workspaces };
}
