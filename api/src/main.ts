import { Command } from 'commander';
import { createApp } from './app';
import { secretBox } from './auth/secret-box';
import { ConfigError, loadConfig } from './config';
import { createLogger, type Logger } from './logger';
import { openDatabase, type OpenDatabase } from './db/connect';
import { seedDemoData } from './demo/seed';
import { startAlertDispatcher } from './modules/alert/alert.dispatcher';
import { startOverdueAlertScheduler } from './modules/alert/alert.events';
import { startRecordingSweeper } from './modules/recording/recording.pipeline';
import { startErasureSweeper } from './modules/data-rights/data-rights.service';

// JSON lines on stdout (pino), at LOG_LEVEL once the configuration is read.
let logger: Logger = createLogger();
const log = (message: string) => logger.info(message);

/** The log callback of a background job: its lines name the job. */
function jobLog(component: string): (message: string) => void {
  const child = logger.child({ component });
  return (message) => child.info(message);
}

async function main(): Promise<void> {
  const options = new Command('nps-desk')
    .description('Starts the NPS Desk API, the panel bundles and (outside production) the demo helpdesk page.')
    .option('--seed', 'seed the demo workspace before listening (idempotent)', false)
    .parse()
    .opts<{ seed: boolean }>();

  const config = loadConfig();
  logger = createLogger({ level: config.logLevel });
  const database = await openDatabase(config, log);
  log(`database: ${database.label}`);
  try {
    await serve(config, database, options.seed);
  } catch (error) {
    // Nothing may outlive a failed start: the embedded database stops with us.
    await database.close();
    throw error;
  }
}

async function serve(config: ReturnType<typeof loadConfig>, database: OpenDatabase, seed: boolean): Promise<void> {
  if (seed && config.env === 'production') {
    // `npm start` passes --seed; production never holds the demo workspace or its data.
    logger.warn('--seed ignored: NODE_ENV=production never seeds the demo workspace');
  } else if (seed) {
    const summary = await seedDemoData();
    log(
      `demo data: ${summary.contacts} contacts, ${summary.responsesCreated} responses added, ` +
        `${summary.responsesAlreadyPresent} already present`,
    );
  }

  // Finishes answers a dead process left half-recorded, now and every 30 s.
  const sweeper = startRecordingSweeper(jobLog('recording-sweeper'));
  // Finishes contact erasures left unfinished (busy contact, dead process), now and every 30 s.
  const erasureSweeper = startErasureSweeper(jobLog('erasure-sweeper'));
  // Sends stored alert deliveries (every 2 s) and stores overdue-recovery alerts (every 60 s).
  const alertDispatcher = startAlertDispatcher(secretBox(config.secretsKey), jobLog('alert-dispatcher'));
  const overdueAlerts = startOverdueAlertScheduler(jobLog('overdue-alerts'));
  const { httpServer, apollo } = await createApp(config, { logger });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const base = `http://${config.host}:${config.port}`;
  log(`GraphQL API at ${base}/graphql`);
  if (config.demo) log(`demo helpdesk ticket page at ${base}/demo/ticket`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal} received: finishing in-flight requests, then stopping (send it again to exit now)`);
    await apollo.stop(); // drains the HTTP server: in-flight requests are answered
    await sweeper.stop();
    await erasureSweeper.stop();
    await Promise.all([alertDispatcher.stop(), overdueAlerts.stop()]);
    await database.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
