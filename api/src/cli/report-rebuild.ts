import { ConfigError } from '../config';
import { rebuildAggregates } from '../modules/report/report.rebuild';
import { openForReports, progressBars } from './report-progress';

/** Recomputes the report aggregates from the raw responses (run with ingestion paused). */
async function main(): Promise<void> {
  const { database, workspaces } = await openForReports(
    'report:rebuild',
    'Rebuilds the pre-aggregated report counts from the raw responses. Pause response ingestion while it runs.',
  );
  try {
    for (const workspaceId of workspaces) {
      const bars = progressBars(workspaceId);
      const started = Date.now();
      const summary = await rebuildAggregates(workspaceId, bars);
      bars.close();
      console.log(
        `${workspaceId}: rebuilt ${summary.documents} aggregate documents from ${summary.responses} responses ` +
          `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
