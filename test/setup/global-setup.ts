import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../api/src/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../api/src/db/embedded';

declare global {
  var npsTestDatabase: { database: EmbeddedDatabase | null; dataDir: string | null } | undefined;
}

/**
 * Starts one throwaway database for the whole run, the same way the product does (the
 * embedded SecantusDB, or mongod where one can be had), unless MONGODB_URI points at one.
 * Test files each use their own database name on it. NPS_TEST_DATA_DIR tells tests where
 * the embedded one keeps its data (unset when MONGODB_URI is used).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.NPS_TEST_MONGODB_URI = process.env.MONGODB_URI;
    console.log('\n[test database] MongoDB at MONGODB_URI');
    globalThis.npsTestDatabase = { database: null, dataDir: null };
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-test-db-'));
  const database = await startEmbeddedDatabase({
    kind: loadConfig().database.embedded,
    dataDir,
    ephemeral: true,
    log: (message) => console.log(`\n[test database] ${message}`),
  });
  process.env.NPS_TEST_MONGODB_URI = database.uri;
  process.env.NPS_TEST_DATA_DIR = dataDir;
  console.log(`\n[test database] tests run against ${database.label} at ${database.uri}`);
  globalThis.npsTestDatabase = { database, dataDir };
}
