import path from 'node:path';
import { z } from 'zod';
import { JwksError, readJwksFile, type PinnedJwk } from './auth/jwks';
import { LOG_LEVELS, type LogLevel } from './logger';

/** The repository root: two levels above both `api/src` (tsx) and `dist/api` (built). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

// Only for local development and the demo; production refuses to start without JWT_SECRET.
const DEV_JWT_SECRET = 'nps-desk-development-secret-not-for-production-use';
// Likewise for NPS_SECRETS_KEY: base64 of the 32 bytes `nps-desk-dev-secrets-key-32bytes`.
const DEV_SECRETS_KEY = Buffer.from('nps-desk-dev-secrets-key-32bytes').toString('base64');

/** Canonical base64 of exactly 32 bytes (Node's decoder skips stray characters: re-encode to compare). */
function isBase64Key(value: string): boolean {
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 32 && bytes.toString('base64') === value;
}

const positiveInt = z.coerce.number().int().min(1);

/** `*`, or a comma-separated allowlist (empty: no cross-origin access). */
function corsOriginsOf(value: string): '*' | string[] {
  if (value.trim() === '*') return '*';
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    MONGODB_URI: z.string().startsWith('mongodb').optional(),
    MONGODB_DB_NAME: z.string().min(1).default('npsdesk'),
    NPS_EMBEDDED_DB: z.enum(['auto', 'secantus', 'mongod']).default('auto'),
    NPS_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.data')),
    // HS256 keys under 256 bits are refused (RFC 7518 section 3.2): counted in bytes, as HMAC
    // sees them, not characters. It must also be random: `openssl rand -base64 32`.
    JWT_SECRET: z
      .string()
      .refine(
        (value) => Buffer.byteLength(value, 'utf8') >= 32,
        'JWT_SECRET must be at least 32 bytes (256 bits): make one with `openssl rand -base64 32`',
      )
      .optional(),
    JWT_ISSUER: z.string().min(1).default('nps-desk'),
    JWT_AUDIENCE: z.string().min(1).default('nps-desk-api'),
    // Leeway for exp, nbf and iat between clocks; at most a minute.
    JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
    // Longest accepted token lifetime (exp - iat, or exp - now without iat); at most 30 days.
    JWT_MAX_LIFETIME_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 24 * 60 * 60)
      .default(24 * 60 * 60),
    // Public keys (RS256, ES256) chosen by `kid`: a JWKS file read at boot, or a URL fetched and cached.
    JWT_JWKS_FILE: z.string().min(1).optional(),
    JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: 'JWT_JWKS_URL must be an http(s) URL' }).optional(),
    // Least time between two fetches of JWT_JWKS_URL (a token with an unknown kid triggers one).
    JWT_JWKS_COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    NPS_SECRETS_KEY: z
      .string()
      .refine(isBase64Key, 'NPS_SECRETS_KEY must be 32 bytes in base64 (make one with `openssl rand -base64 32`)')
      .optional(),
    NPS_DEMO: booleanFromEnv.optional(),
    // Unset: any origin outside production, none in production.
    CORS_ORIGINS: z.string().optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
    // Abuse limits (api/src/graphql/query-limits.ts, api/src/http/): on in every mode.
    NPS_MAX_QUERY_DEPTH: positiveInt.default(10),
    NPS_MAX_QUERY_ALIASES: positiveInt.default(15),
    NPS_MAX_QUERY_DIRECTIVES: positiveInt.default(20),
    NPS_MAX_QUERY_TOKENS: positiveInt.default(1000),
    NPS_MAX_QUERY_COST: positiveInt.default(20000),
    NPS_MAX_BODY_BYTES: positiveInt.default(256 * 1024),
    NPS_RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
    NPS_RATE_LIMIT_PER_CREDENTIAL: positiveInt.default(30000),
    NPS_RATE_LIMIT_PER_WORKSPACE: positiveInt.default(60000),
    NPS_RATE_LIMIT_PER_IP: positiveInt.default(1200),
    NPS_MAX_WS_CONNECTIONS_PER_CREDENTIAL: positiveInt.default(20),
    NPS_MAX_WS_CONNECTIONS_PER_WORKSPACE: positiveInt.default(500),
  })
  .superRefine((env, ctx) => {
    if (env.JWT_JWKS_FILE && env.JWT_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_JWKS_URL'], message: 'set JWT_JWKS_FILE or JWT_JWKS_URL, not both' });
    }
    if (env.NODE_ENV === 'production' && env.JWT_JWKS_URL?.startsWith('http:')) {
      ctx.addIssue({ code: 'custom', path: ['JWT_JWKS_URL'], message: 'JWT_JWKS_URL must be https in production' });
    }
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.NPS_SECRETS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['NPS_SECRETS_KEY'], message: 'NPS_SECRETS_KEY is required in production' });
    }
    if (env.NODE_ENV === 'production' && env.NPS_DEMO) {
      // The demo hands anyone admin tokens for the `demo` workspace: never where real data lives.
      ctx.addIssue({ code: 'custom', path: ['NPS_DEMO'], message: 'NPS_DEMO cannot be on in production' });
    }
  });

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  database: {
    /** Set: use this MongoDB. Unset: start the embedded database. */
    uri: string | undefined;
    dbName: string;
    embedded: 'auto' | 'secantus' | 'mongod';
    dataDir: string;
  };
  jwt: JwtConfig;
  /** AES-256 key sealing the credentials the server must read back, such as webhook secrets. */
  secretsKey: Buffer;
  /** Serves the demo helpdesk page and hands it a short-lived agent token. */
  demo: boolean;
  /** `*` or an allowlist of origins that may call the API from a browser. */
  corsOrigins: '*' | string[];
  /** pino level of the API server's JSON log (default `info`). */
  logLevel: LogLevel;
  limits: AbuseLimits;
}

/**
 * Abuse limits, on in every mode; the defaults and why they are what they are are in
 * api/src/graphql/query-limits.ts, api/src/http/rate-limit.ts and api/src/graphql/subscriptions.ts.
 */
export interface AbuseLimits {
  /** Per GraphQL operation, checked before anything runs. */
  query: { depth: number; aliases: number; directives: number; tokens: number; cost: number };
  /** Largest JSON body of a GraphQL request. */
  bodyBytes: number;
  /** Requests per window, counted in the database so every API process shares them. */
  rate: { windowSeconds: number; perCredential: number; perWorkspace: number; perIp: number };
  /** WebSocket connections open at once in one API process. */
  webSocketConnections: { perCredential: number; perWorkspace: number };
}

/** How tokens are checked (api/src/auth/jwt.ts). */
export interface JwtConfig {
  /** HS256 key for tokens without a JWKS `kid` (and what `npm run token` signs with). */
  secret: string;
  issuer: string;
  audience: string;
  clockToleranceSeconds: number;
  maxLifetimeSeconds: number;
  /** Public keys chosen by `kid`, each pinned to its algorithm; null when none are configured. */
  jwks: JwksSource | null;
}

/** JWT_JWKS_FILE, read and checked at boot, or JWT_JWKS_URL, fetched when first needed. */
export type JwksSource =
  { kind: 'file'; file: string; keys: PinnedJwk[] } | { kind: 'url'; url: string; cooldownSeconds: number };

export class ConfigError extends Error {}

function jwksSource(file: string | undefined, url: string | undefined, cooldownSeconds: number): JwksSource | null {
  if (url) return { kind: 'url', url, cooldownSeconds };
  if (!file) return null;
  try {
    return { kind: 'file', file: path.resolve(file), keys: readJwksFile(file) };
  } catch (error) {
    if (error instanceof JwksError) throw new ConfigError(`Invalid configuration:\n  ${error.message}`);
    throw error;
  }
}

/** Validates the environment once at boot; nothing else reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: {
      uri: e.MONGODB_URI,
      dbName: e.MONGODB_DB_NAME,
      embedded: e.NPS_EMBEDDED_DB,
      dataDir: path.resolve(e.NPS_DATA_DIR),
    },
    jwt: {
      secret: e.JWT_SECRET ?? DEV_JWT_SECRET,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      clockToleranceSeconds: e.JWT_CLOCK_TOLERANCE_SECONDS,
      maxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
      jwks: jwksSource(e.JWT_JWKS_FILE, e.JWT_JWKS_URL, e.JWT_JWKS_COOLDOWN_SECONDS),
    },
    secretsKey: Buffer.from(e.NPS_SECRETS_KEY ?? DEV_SECRETS_KEY, 'base64'),
    demo: e.NPS_DEMO ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL ?? 'info',
    corsOrigins: corsOriginsOf(e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? '' : '*')),
    limits: {
      query: {
        depth: e.NPS_MAX_QUERY_DEPTH,
        aliases: e.NPS_MAX_QUERY_ALIASES,
        directives: e.NPS_MAX_QUERY_DIRECTIVES,
        tokens: e.NPS_MAX_QUERY_TOKENS,
        cost: e.NPS_MAX_QUERY_COST,
      },
      bodyBytes: e.NPS_MAX_BODY_BYTES,
      rate: {
        windowSeconds: e.NPS_RATE_LIMIT_WINDOW_SECONDS,
        perCredential: e.NPS_RATE_LIMIT_PER_CREDENTIAL,
        perWorkspace: e.NPS_RATE_LIMIT_PER_WORKSPACE,
        perIp: e.NPS_RATE_LIMIT_PER_IP,
      },
      webSocketConnections: {
        perCredential: e.NPS_MAX_WS_CONNECTIONS_PER_CREDENTIAL,
        perWorkspace: e.NPS_MAX_WS_CONNECTIONS_PER_WORKSPACE,
      },
    },
  };
}
