import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../api/src/db/embedded';

declare global {
  var npsTestDatabase: { database: EmbeddedDatabase | null; dataDir: string | null } | undefined;
}

/**
 * Starts one throwaway database for the whole run, the same way the product does
 * (a real mongod where one can be had, else FerretDB), unless MONGODB_URI points at one.
 * Test files each use their own database name on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.NPS_TEST_MONGODB_URI = process.env.MONGODB_URI;
    console.log('\n[test database] MongoDB at MONGODB_URI');
    globalThis.npsTestDatabase = { database: null, dataDir: null };
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-test-db-'));
  const kind = (process.env.NPS_EMBEDDED_DB as 'auto' | 'mongod' | 'ferretdb' | undefined) ?? 'auto';
  const database = await startEmbeddedDatabase({
    kind,
    dataDir,
    ephemeral: true,
    log: (message) => console.log(`\n[test database] ${message}`),
  });
  process.env.NPS_TEST_MONGODB_URI = database.uri;
  console.log(`\n[test database] tests run against ${database.label} at ${database.uri}`);
  globalThis.npsTestDatabase = { database, dataDir };
}
