import mongoose from 'mongoose';
import { print } from 'graphql';
import { signToken } from '../api/src/auth/jwt';
import { loadConfig } from '../api/src/config';
import { RATE_LIMIT_COLLECTION } from '../api/src/db/rate-limit-store';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { startExtraApp, type ExtraApp, type HttpAnswer } from './support/extra-app';
import { npsInput, RECORD_RESPONSE } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Rate limits of issue 10 item 3: per credential, per workspace and per anonymous address,
// counted in the database, so two app instances on the same database share them.

const WINDOW_SECONDS = 4;
const LIMITS = {
  NPS_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
  NPS_RATE_LIMIT_PER_CREDENTIAL: '3',
  NPS_RATE_LIMIT_PER_WORKSPACE: '5',
  NPS_RATE_LIMIT_PER_IP: '2',
};

let server: TestServer;
let first: ExtraApp;
let second: ExtraApp;
let users = 0;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex', 'initech', 'umbrella', 'hooli'], env: LIMITS });
  // Two API processes on the same database: separate apps, separate limiter instances.
  first = await startExtraApp(LIMITS);
  second = await startExtraApp(LIMITS);
});
afterAll(async () => {
  await first.stop();
  await second.stop();
  await server.stop();
});

/** A token of its own (a new user), so each test's credentials start from zero. */
function freshToken(workspaceId: string, role: 'agent' | 'admin' = 'agent'): string {
  users += 1;
  return signToken(server.config.jwt, { userId: `rate-${users}`, workspaceId, role }, 600);
}

const HEALTH = { query: '{ health }' };

function expectLimited(answer: HttpAnswer) {
  expect(answer.status).toBe(429);
  expect(answer.json?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(answer.json?.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per credential', () => {
  test('the-fourth-request-of-a-token-is-429-with-Retry-After-and-records-nothing', async () => {
    const token = freshToken('acme');
    for (let index = 0; index < 3; index += 1) expect((await first.post('/graphql', HEALTH, token)).status).toBe(200);
    const before = await ResponseModel.countDocuments().exec();
    const refused = await first.post(
      '/graphql',
      { query: print(RECORD_RESPONSE), variables: { input: npsInput({ sourceId: 'rate-1' }) } },
      token,
    );
    expectLimited(refused);
    expect(await ResponseModel.countDocuments().exec()).toBe(before);
    // Another credential of the same workspace is not held back by it.
    expect((await first.post('/graphql', HEALTH, freshToken('acme'))).status).toBe(200);
  });

  test('an-api-route-other-than-graphql-counts-too-export', async () => {
    const token = freshToken('initech', 'admin');
    for (let index = 0; index < 3; index += 1) {
      expect((await first.get('/export/responses.csv?from=2026-01-01&to=2026-01-31', token)).status).not.toBe(429);
    }
    expectLimited(await first.get('/export/responses.csv?from=2026-01-01&to=2026-01-31', token));
  });
});

describe('per workspace', () => {
  test('the-sixth-request-of-a-workspace-is-429-whatever-the-credential', async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await first.post('/graphql', HEALTH, freshToken('globex'))).status).toBe(200);
    }
    expectLimited(await first.post('/graphql', HEALTH, freshToken('globex')));
    // Other workspaces are not held back.
    expect((await first.post('/graphql', HEALTH, freshToken('hooli'))).status).toBe(200);
  });
});

describe('anonymous callers, per address', () => {
  test('the-third-anonymous-request-is-429-and-a-made-up-token-counts-as-anonymous', async () => {
    expect((await second.post('/graphql', HEALTH)).status).toBe(200);
    expect((await second.post('/graphql', HEALTH, 'not-a-token')).status).toBe(200);
    expectLimited(await second.post('/graphql', HEALTH, 'another-made-up-token'));
    expectLimited(await second.post('/graphql', HEALTH));
  });
});

describe('webhooks, per source', () => {
  test('the-fourth-delivery-to-a-source-is-429-before-its-signature-is-checked', async () => {
    for (let index = 0; index < 3; index += 1) {
      const answer = await first.post('/hooks/hooli/standard', { type: 'x' });
      expect(answer.status).not.toBe(429);
    }
    expectLimited(await first.post('/hooks/hooli/standard', { type: 'x' }));
  });
});

describe('shared between processes', () => {
  test('two-app-instances-on-the-same-database-count-together-then-the-window-resets', async () => {
    const token = freshToken('umbrella');
    expect((await first.post('/graphql', HEALTH, token)).status).toBe(200);
    expect((await second.post('/graphql', HEALTH, token)).status).toBe(200);
    expect((await first.post('/graphql', HEALTH, token)).status).toBe(200);
    const refused = await second.post('/graphql', HEALTH, token);
    expectLimited(refused);
    expectLimited(await first.post('/graphql', HEALTH, token));
    // The counters are documents of the shared database.
    const stored = await mongoose.connection.db!.collection(RATE_LIMIT_COLLECTION).countDocuments({ key: /^cred:/ });
    expect(stored).toBeGreaterThan(0);

    await sleep(Number(refused.headers.get('retry-after')) * 1000 + 300);
    expect((await second.post('/graphql', HEALTH, token)).status).toBe(200);
    expect((await first.post('/graphql', HEALTH, token)).status).toBe(200);
  });
});

describe('defaults', () => {
  test('default-limits-are-generous-and-configurable', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).limits.rate).toEqual({
      windowSeconds: 60,
      perCredential: 30000,
      perWorkspace: 60000,
      perIp: 1200,
    });
    expect(server.config.limits.rate).toEqual({ windowSeconds: 4, perCredential: 3, perWorkspace: 5, perIp: 2 });
  });
});
