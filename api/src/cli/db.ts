import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { processAlive, readServerRecord, resolveEmbeddedKind, secantusOwned, secantusPaths } from '../db/embedded';
import { pinnedSecantusVersion, SECANTUS_BINARY, secantusInstalled, secantusUri } from '../db/secantus';

/** The address without credentials, fit for a terminal. */
function redacted(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    return url.toString();
  } catch {
    return 'an unparsable address';
  }
}

async function status(): Promise<void> {
  const config = loadConfig();
  if (config.database.uri) {
    console.log(
      `database: MongoDB at MONGODB_URI (${redacted(config.database.uri)}), database "${config.database.dbName}"`,
    );
    console.log('the embedded database is not used while MONGODB_URI is set');
    return;
  }
  const kind = resolveEmbeddedKind(config.database.embedded);
  console.log(
    `database: embedded ${kind} (NPS_EMBEDDED_DB=${config.database.embedded}), database "${config.database.dbName}"`,
  );
  if (kind === 'mongod') {
    console.log(`server: mongod through mongodb-memory-server (downloaded on first use; needs internet)`);
    console.log(`data: ${config.database.dataDir}/mongod`);
    return;
  }
  const paths = secantusPaths(config.database.dataDir);
  console.log(
    `server: SecantusDB ${pinnedSecantusVersion()} at ${SECANTUS_BINARY}` +
      (secantusInstalled() ? '' : ' (not installed: run `npm run setup`)'),
  );
  console.log(`data: ${paths.store}`);
  console.log(`log: ${paths.root}/server.log`);
  const record = readServerRecord(paths);
  if ((await secantusOwned(paths)) && record && processAlive(record.pid)) {
    console.log(
      `running: yes, pid ${record.pid} at ${secantusUri(record.port)}, run by process ${record.ownerPid} ` +
        `since ${record.startedAt}; other commands attach to it`,
    );
  } else {
    console.log('running: no; the API or any command that needs it starts it');
  }
}

async function main(): Promise<void> {
  const program = new Command('db').description('The database NPS Desk uses.');
  program
    .command('status')
    .description('says which database server the API would use, where its data is and whether it runs')
    .action(status);
  await program.parseAsync();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
