// Production never holds the demo workspace: `npm start` passes --seed, which the API ignores
// with a warning when NODE_ENV=production, and `npm run seed` refuses. Both run as their own
// processes against the run's database, in a database name of their own.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { MONGO_CLIENT_OPTIONS } from '../api/src/db/client-options';
import { cleanUp, signal, spawnApi, waitUntilServing } from './support/api-process';

const ROOT = path.resolve(__dirname, '..');

function productionEnv(dbName: string): Record<string, string> {
  const uri = process.env.NPS_TEST_MONGODB_URI;
  if (!uri) throw new Error('NPS_TEST_MONGODB_URI is not set: run the tests through jest (global setup)');
  return {
    NODE_ENV: 'production',
    MONGODB_URI: uri,
    MONGODB_DB_NAME: dbName,
    JWT_SECRET: 'a-production-secret-of-at-least-thirty-two-bytes!',
    NPS_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
}

async function demoWorkspaces(dbName: string): Promise<number> {
  const client = await MongoClient.connect(process.env.NPS_TEST_MONGODB_URI!, MONGO_CLIENT_OPTIONS);
  try {
    const db = client.db(dbName);
    return (
      (await db.collection('workspaces').countDocuments({ _id: 'demo' as never })) +
      (await db.collection('contacts').countDocuments({ workspaceId: 'demo' }))
    );
  } finally {
    await client.db(dbName).dropDatabase();
    await client.close();
  }
}

afterAll(() => {
  cleanUp();
});

test('failing-seed-command-refuses-in-production-and-writes-nothing', async () => {
  const dbName = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  const ran = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'api/src/cli/seed.ts'], {
    cwd: ROOT,
    env: { ...inherited, ...productionEnv(dbName) },
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  expect(ran.code).toBe(1);
  expect(ran.stderr).toContain('NODE_ENV=production never holds the demo workspace: nothing seeded');
  expect(await demoWorkspaces(dbName)).toBe(0);
});

test('successful-start-with-seed-in-production-serves-without-the-demo-workspace', async () => {
  const dbName = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const api = await spawnApi({ args: ['--seed'], env: productionEnv(dbName) });
  await waitUntilServing(api);
  expect(api.output()).toContain('--seed ignored: NODE_ENV=production never seeds the demo workspace');
  expect((await fetch(`${api.baseUrl}/demo/ticket`)).status).toBe(404);
  signal(api.pid, 'SIGTERM');
  expect((await api.exited).code).toBe(0);
  expect(await demoWorkspaces(dbName)).toBe(0);
});
