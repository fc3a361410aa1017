import { ConfigError } from '../config';
import { verifyAggregates } from '../modules/report/report.rebuild';
import { openForReports, progressBars } from './report-progress';

const SHOWN_DIFFERENCES = 20;

/** Compares the report aggregates with the raw responses; exits 1 when they disagree. */
async function main(): Promise<void> {
  const { database, workspaces } = await openForReports(
    'report:verify',
    'Checks that the pre-aggregated report counts agree with the raw responses; exits 1 when they do not.',
  );
  let disagreements = 0;
  try {
    for (const workspaceId of workspaces) {
      const bars = progressBars(workspaceId);
      const summary = await verifyAggregates(workspaceId, bars);
      bars.close();
      if (summary.differences.length === 0) {
        console.log(
          `${workspaceId}: OK, ${summary.documentsChecked} aggregate documents agree with ${summary.responses} responses`,
        );
        continue;
      }
      disagreements += summary.differences.length;
      console.log(`${workspaceId}: ${summary.differences.length} aggregate documents disagree with the responses:`);
      for (const difference of summary.differences.slice(0, SHOWN_DIFFERENCES)) console.log(`  ${difference}`);
      if (summary.differences.length > SHOWN_DIFFERENCES) {
        console.log(`  ... and ${summary.differences.length - SHOWN_DIFFERENCES} more`);
      }
    }
  } finally {
    await database.close();
  }
  if (disagreements > 0) {
    console.log('Run `npm run report:rebuild` (with ingestion paused) to repair them.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
});
