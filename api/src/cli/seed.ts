import { ConfigError, loadConfig } from '../config';
import { closeDatabaseOnSignals, openDatabase } from '../db/connect';
import { seedDemoData } from '../demo/seed';

/** Seeds the demo workspace into MONGODB_URI or the embedded database, then exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.env === 'production') {
    throw new ConfigError('NODE_ENV=production never holds the demo workspace: nothing seeded');
  }
  const database = await openDatabase(config, console.log);
  closeDatabaseOnSignals(database);
  try {
    const summary = await seedDemoData();
    console.log(
      `Seeded workspace "demo" (${database.label}): ${summary.contacts} contacts, ` +
        `${summary.responsesCreated} responses added, ${summary.responsesAlreadyPresent} already present`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
