import { Command } from 'commander';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/connect';
import { seedDemoData } from './demo/seed';

const log = (message: string) => console.log(`[nps-desk] ${message}`);

async function main(): Promise<void> {
  const options = new Command('nps-desk')
    .description('Starts the NPS Desk API, the panel bundles and (outside production) the demo helpdesk page.')
    .option('--seed', 'seed the demo workspace before listening (idempotent)', false)
    .parse()
    .opts<{ seed: boolean }>();

  const config = loadConfig();
  const database = await openDatabase(config, log);
  log(`database: ${database.label}`);
  if (options.seed) {
    const summary = await seedDemoData();
    log(
      `demo data: ${summary.contacts} contacts, ${summary.responsesCreated} responses added, ` +
        `${summary.responsesAlreadyPresent} already present`,
    );
  }

  const { httpServer, apollo } = await createApp(config);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const base = `http://${config.host}:${config.port}`;
  log(`GraphQL API at ${base}/graphql`);
  if (config.demo) log(`demo helpdesk ticket page at ${base}/demo/ticket`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    await apollo.stop(); // also drains the HTTP server
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
