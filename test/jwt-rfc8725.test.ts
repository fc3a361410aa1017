import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { ConfigError, loadConfig } from '../api/src/config';
import { credentialState, expectUnauthenticated, RECORD, recordInput } from './support/credentials';
import { VIEWER } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// RFC 8725 token vectors against the real app over HTTP: HS256 with JWT_SECRET, RS256 and
// ES256 keys chosen by kid from a JWKS file and from a JWKS URL served here.

const DAY = 24 * 60 * 60;
const YEAR = 365 * DAY;
const now = () => Math.floor(Date.now() / 1000);

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function rsaKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, alg: 'RS256', privateKey, publicKey };
}
function ecKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, alg: 'ES256', privateKey, publicKey };
}
const jwkOf = (key: SigningKey, withAlg = true) => ({
  ...key.publicKey.export({ format: 'jwk' }),
  kid: key.kid,
  use: 'sig',
  ...(withAlg ? { alg: key.alg } : {}),
});

const rs1 = rsaKey('rs-1');
const rs2 = rsaKey('rs-2');
const es1 = ecKey('es-1');
const es2 = ecKey('es-2');
const published = [rs1, rs2, es1, es2];

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'nps-jwks-'));
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function writeJwks(name: string, keys: unknown[]): string {
  const file = path.join(directory, name);
  writeFileSync(file, JSON.stringify({ keys }));
  return file;
}

/** Claims of a valid token for workspace acme, issued now for 10 minutes. */
function claims(server: TestServer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = now();
  const all: Record<string, unknown> = {
    sub: 'u-1',
    workspace: 'acme',
    role: 'admin',
    iss: server.config.jwt.issuer,
    aud: server.config.jwt.audience,
    iat,
    exp: iat + 600,
    ...overrides,
  };
  // An override of `undefined` leaves the claim out.
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

/** Signs the claims as they are: jsonwebtoken adds no iat when they have none (noTimestamp). */
function sign(payload: Record<string, unknown>, key: SigningKey, header: Record<string, unknown> = {}): string {
  return jwt.sign(payload, key.privateKey, {
    algorithm: key.alg,
    noTimestamp: !('iat' in payload),
    header: { alg: key.alg, kid: key.kid, ...header },
  });
}
function signHs(server: TestServer, payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  return jwt.sign(payload, server.config.jwt.secret, {
    algorithm: 'HS256',
    noTimestamp: !('iat' in payload),
    header: { alg: 'HS256', ...header },
  });
}
/** An unsigned token (`alg: none`), built by hand as an attacker would. */
function unsigned(payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT', ...header })}.${part(payload)}.`;
}

/** The token is refused with UNAUTHENTICATED (HTTP 401) and a write attempted with it writes nothing. */
async function expectRefused(server: TestServer, token: string, message: RegExp, probe: string): Promise<void> {
  const before = await credentialState();
  expectUnauthenticated(await server.execute(RECORD, recordInput(probe), { token }), message);
  expect(await credentialState()).toBe(before);
}

async function expectAccepted(server: TestServer, token: string): Promise<void> {
  const result = await server.execute(VIEWER, {}, { token });
  expect(result.errors).toBeUndefined();
  expect(result.data?.viewer).toMatchObject({ userId: 'u-1', role: 'ADMIN' });
}

describe('HS256 with JWT_SECRET and a JWKS file (RS256, ES256)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        JWT_JWKS_FILE: writeJwks(
          'keys.json',
          published.map((key) => jwkOf(key)),
        ),
      },
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  test.each([rs1, rs2, es1, es2])('successful-$alg-token-with-kid-$kid-from-the-file', async (key) => {
    await expectAccepted(server, sign(claims(server), key));
  });

  test('successful-hs256-token-without-kid', async () => {
    await expectAccepted(server, signHs(server, claims(server)));
  });

  test('successful-lifetime-of-exactly-the-maximum', async () => {
    const iat = now();
    await expectAccepted(server, sign(claims(server, { iat, exp: iat + DAY }), rs1));
  });

  test('successful-nbf-and-iat-within-the-clock-tolerance', async () => {
    const soon = now() + 20;
    await expectAccepted(server, sign(claims(server, { iat: soon, nbf: soon, exp: soon + 600 }), es1));
  });

  const refused: [string, (server: TestServer) => string, RegExp][] = [
    [
      '10-year lifetime',
      (s) => sign(claims(s, { iat: now(), exp: now() + 10 * YEAR }), rs1),
      /lifetime of 315360000 s exceeds the maximum of 86400 s/,
    ],
    [
      '100-year lifetime',
      (s) => sign(claims(s, { iat: now(), exp: now() + 100 * YEAR }), es1),
      /lifetime of 3153600000 s exceeds the maximum/,
    ],
    [
      '10-year lifetime without iat (exp - now)',
      (s) => sign(claims(s, { iat: undefined, exp: now() + 10 * YEAR }), rs1),
      /lifetime of \d+ s exceeds the maximum of 86400 s/,
    ],
    ['HS256 10-year lifetime', (s) => signHs(s, claims(s, { exp: now() + 10 * YEAR })), /exceeds the maximum/],
    [
      'iat in the future beyond the tolerance',
      (s) => sign(claims(s, { iat: now() + 3600, exp: now() + 3600 + 600 }), rs1),
      /issued in the future \(iat\)/,
    ],
    ['crit header', (s) => sign(claims(s), rs1, { crit: ['exp'] }), /"crit"/],
    ['empty crit header', (s) => signHs(s, claims(s), { crit: [] }), /"crit"/],
    ['nbf in the future', (s) => sign(claims(s, { nbf: now() + 3600 }), es1), /jwt not active/],
    ['alg none without kid', (s) => unsigned(claims(s)), /JWT_SECRET verifies HS256 only, not none/],
    [
      'alg none with the kid of an RS256 key',
      (s) => unsigned(claims(s), { kid: 'rs-1' }),
      /verifies RS256 only, not none/,
    ],
    [
      'HS256 token signed with the RS256 public key, kid of that key',
      (s) =>
        jwt.sign(claims(s), rs1.publicKey.export({ format: 'pem', type: 'spki' }).toString(), {
          algorithm: 'HS256',
          header: { alg: 'HS256', kid: 'rs-1' },
        }),
      /key "rs-1" verifies RS256 only, not HS256/,
    ],
    [
      'RS256 token naming an ES256 key',
      (s) => sign(claims(s), { ...rs1, kid: 'es-1' }),
      /key "es-1" verifies ES256 only, not RS256/,
    ],
    ['token signed by rs-1 naming rs-2', (s) => sign(claims(s), { ...rs1, kid: 'rs-2' }), /invalid signature/],
    ['unknown kid', (s) => sign(claims(s), rsaKey('rs-9')), /unknown key id \(kid\) "rs-9"/],
    [
      'expired beyond the tolerance',
      (s) => sign(claims(s, { iat: now() - 700, exp: now() - 60 }), rs1),
      /Token expired/,
    ],
    ['wrong audience', (s) => sign(claims(s, { aud: 'someone-else' }), es2), /audience/],
    ['JWT-carried integration role', (s) => sign(claims(s, { role: 'integration' }), es2), /claims \(role\)/],
  ];

  test.each(refused)('failing-%s', async (name, makeToken, message) => {
    await expectRefused(server, makeToken(server), message, `file-${name}`);
  });
});

describe('a JWKS URL, fetched, cached and refetched at most once per cooldown', () => {
  let server: TestServer;
  let jwksServer: http.Server;
  let served: unknown[] = [rs1, es1].map((key) => jwkOf(key));
  let fetches = 0;

  beforeAll(async () => {
    jwksServer = http.createServer((_req, res) => {
      fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: served }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    server = await startTestServer({
      env: { JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, JWT_JWKS_COOLDOWN_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await server.stop();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  test('successful-rs256-and-es256-with-two-kids-one-fetch', async () => {
    await expectAccepted(server, sign(claims(server), rs1));
    await expectAccepted(server, sign(claims(server), es1));
    expect(fetches).toBe(1);
  });

  test('failing-unknown-kids-refetch-at-most-once-per-cooldown-then-a-rotated-key-works', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const start = fetches;
    for (let i = 0; i < 5; i += 1) {
      await expectRefused(server, sign(claims(server), rs2), /unknown key id \(kid\) "rs-2"/, `url-unknown-${i}`);
    }
    // The first unknown kid after the cooldown fetched once; the next four fetched nothing.
    expect(fetches - start).toBe(1);
    // The key server publishes rs-2 and es-2: after the cooldown, the first token naming them works.
    served = published.map((key) => jwkOf(key));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expectAccepted(server, sign(claims(server), rs2));
    await expectAccepted(server, sign(claims(server), es2));
    expect(fetches - start).toBe(2);
  });

  test('failing-hs256-token-with-the-kid-of-a-fetched-rs256-key', async () => {
    const token = jwt.sign(claims(server), rs1.publicKey.export({ format: 'pem', type: 'spki' }).toString(), {
      algorithm: 'HS256',
      header: { alg: 'HS256', kid: 'rs-1' },
    });
    await expectRefused(server, token, /key "rs-1" verifies RS256 only, not HS256/, 'url-hs-confusion');
  });

  test('failing-a-served-key-without-alg-is-not-used', async () => {
    const loose = rsaKey('rs-loose');
    served = [...published.map((key) => jwkOf(key)), jwkOf(loose, false)];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expectRefused(server, sign(claims(server), loose), /rs-loose.*alg must be one of RS256, ES256/, 'url-no-alg');
  });

  test('failing-10-year-lifetime-and-crit-through-the-url-keys-too', async () => {
    await expectRefused(
      server,
      sign(claims(server, { exp: now() + 10 * YEAR }), es1),
      /exceeds the maximum/,
      'url-10y',
    );
    await expectRefused(server, sign(claims(server), es1, { crit: ['b64'] }), /"crit"/, 'url-crit');
  });
});

describe('loadConfig refuses weak or unclear JWT settings at boot', () => {
  const base = { NODE_ENV: 'test' };

  test.each([
    ['a 31-byte JWT_SECRET', { JWT_SECRET: 'x'.repeat(31) }, /JWT_SECRET must be at least 32 bytes/],
    ['a JWT_CLOCK_TOLERANCE_SECONDS over 60', { JWT_CLOCK_TOLERANCE_SECONDS: '61' }, /JWT_CLOCK_TOLERANCE_SECONDS/],
    ['a JWT_MAX_LIFETIME_SECONDS over 30 days', { JWT_MAX_LIFETIME_SECONDS: String(31 * DAY) }, /JWT_MAX_LIFETIME/],
    ['both a JWKS file and URL', { JWT_JWKS_FILE: '/x.json', JWT_JWKS_URL: 'https://idp.example/jwks' }, /not both/],
    [
      'an http JWKS URL in production',
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'y'.repeat(44),
        NPS_SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
        JWT_JWKS_URL: 'http://idp.example/jwks',
      },
      /must be https in production/,
    ],
    [
      'a JWKS URL that is not http(s)',
      { JWT_JWKS_URL: 'file:///etc/keys.json' },
      /JWT_JWKS_URL must be an http\(s\) URL/,
    ],
  ])('failing-config-with-%s', (_case, env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  test('successful-32-byte-secrets-counted-in-bytes', () => {
    expect(loadConfig({ ...base, JWT_SECRET: 'x'.repeat(32) }).jwt.secret).toHaveLength(32);
    // 16 two-byte characters are 32 bytes; 15 and one ASCII character are 31.
    expect(() => loadConfig({ ...base, JWT_SECRET: 'é'.repeat(16) })).not.toThrow();
    expect(() => loadConfig({ ...base, JWT_SECRET: `${'é'.repeat(15)}a` })).toThrow(/32 bytes/);
  });

  test('successful-defaults-30-s-tolerance-and-24-h-lifetime', () => {
    const { jwt: settings } = loadConfig(base);
    expect(settings).toMatchObject({ clockToleranceSeconds: 30, maxLifetimeSeconds: DAY, jwks: null });
  });

  test.each([
    ['a key without alg', [jwkOf(rs1, false)], /alg must be one of RS256, ES256/],
    ['a key pinned to HS256', [{ ...jwkOf(rs1), alg: 'HS256' }], /alg must be one of RS256, ES256/],
    ['an RSA key pinned to ES256', [{ ...jwkOf(rs1), alg: 'ES256' }], /ES256 key must have kty "EC"/],
    ['a private key', [{ ...rs1.privateKey.export({ format: 'jwk' }), kid: 'rs-1', alg: 'RS256' }], /private "d"/],
    ['a key without kid', [{ ...jwkOf(rs1), kid: undefined }], /kid/],
    ['two keys with one kid', [jwkOf(rs1), { ...jwkOf(rs2), kid: 'rs-1' }], /kid "rs-1" appears twice/],
    ['no keys', [], /expected \{"keys": \[...\]\} with keys/],
  ])('failing-jwks-file-with-%s', (name, keys, message) => {
    const file = writeJwks(`bad-${name.replaceAll(' ', '-')}.json`, keys);
    expect(() => loadConfig({ ...base, JWT_JWKS_FILE: file })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, JWT_JWKS_FILE: file })).toThrow(message);
  });

  test('failing-jwks-file-that-is-missing', () => {
    expect(() => loadConfig({ ...base, JWT_JWKS_FILE: path.join(directory, 'absent.json') })).toThrow(/ENOENT/);
  });
});
