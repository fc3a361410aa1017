import path from 'node:path';
import { z } from 'zod';

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
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('nps-desk'),
    JWT_AUDIENCE: z.string().min(1).default('nps-desk-api'),
    NPS_SECRETS_KEY: z
      .string()
      .refine(isBase64Key, 'NPS_SECRETS_KEY must be 32 bytes in base64 (make one with `openssl rand -base64 32`)')
      .optional(),
    NPS_DEMO: booleanFromEnv.optional(),
    CORS_ORIGINS: z.string().default('*'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.NPS_SECRETS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['NPS_SECRETS_KEY'], message: 'NPS_SECRETS_KEY is required in production' });
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
  jwt: { secret: string; issuer: string; audience: string };
  /** AES-256 key sealing the credentials the server must read back, such as webhook secrets. */
  secretsKey: Buffer;
  /** Serves the demo helpdesk page and hands it a short-lived agent token. */
  demo: boolean;
  /** `*` or an allowlist of origins that may call the API from a browser. */
  corsOrigins: '*' | string[];
}

export class ConfigError extends Error {}

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
    jwt: { secret: e.JWT_SECRET ?? DEV_JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    secretsKey: Buffer.from(e.NPS_SECRETS_KEY ?? DEV_SECRETS_KEY, 'base64'),
    demo: e.NPS_DEMO ?? e.NODE_ENV !== 'production',
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
  };
}
