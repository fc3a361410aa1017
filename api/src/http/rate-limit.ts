import { createHash } from 'node:crypto';
import type http from 'node:http';
import type express from 'express';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { InvalidTokenError, verifyToken } from '../auth/jwt';
import type { AppConfig } from '../config';
import { databaseKnownDown } from '../db/health';
import { ensureRateLimitIndexes, mongoRateLimiter } from '../db/rate-limit-store';
import { httpStatusOf } from '../errors';
import type { Logger } from '../logger';
import { findActiveApiKey, isApiKeyCredential } from '../modules/api-key/api-key.service';
import { requestLog } from '../request-context';

// Rate limits on /graphql, /export and /hooks, on in every mode, counted in the database
// (api/src/db/rate-limit-store.ts) so that every API process on the same database shares
// them. Each request, and each WebSocket connection to /graphql
// (api/src/graphql/subscriptions.ts), counts against:
//
// - its credential: the bearer token (a verified JWT, keyed by a hash of the token, never the
//   token; an API key, by its id) or, for /hooks, the webhook source (workspace and provider
//   of the URL);
// - its workspace: the verified token's workspace or the webhook URL's;
// - its address, when it has no valid credential (anonymous, or a token that fails
//   verification: a made-up token per request must not escape the limit).
//
// Over any of them: HTTP 429 with `Retry-After` (whole seconds until the window ends) and
// `extensions.code` RATE_LIMITED, before the body is read or anything else runs.
//
// Defaults (config.ts, NPS_RATE_LIMIT_*), per 60-second window: 30,000 per credential,
// 60,000 per workspace, 1,200 per anonymous address. The benchmarks (bench/) drive one token
// at up to about 650 requests a second for 15 s (under 10,000 in a window) and the test
// suites far less, so neither comes near them; a test lowers them through its own config.

/** Who a request counts against. */
export interface RateKeys {
  credential?: string;
  workspace?: string;
  ip?: string;
}

export type RateKeysOf = (req: express.Request) => RateKeys | Promise<RateKeys>;

export interface RateLimiters {
  credential: RateLimiterAbstract;
  workspace: RateLimiterAbstract;
  ip: RateLimiterAbstract;
}

/** The limiters of an app, counting in the connected database; their indexes made. */
export async function createRateLimiters(config: AppConfig): Promise<RateLimiters> {
  const { windowSeconds, perCredential, perWorkspace, perIp } = config.limits.rate;
  const limiters = {
    credential: mongoRateLimiter({ keyPrefix: 'cred', points: perCredential, durationSeconds: windowSeconds }),
    workspace: mongoRateLimiter({ keyPrefix: 'ws', points: perWorkspace, durationSeconds: windowSeconds }),
    ip: mongoRateLimiter({ keyPrefix: 'ip', points: perIp, durationSeconds: windowSeconds }),
  };
  // One collection for all three: creating its indexes once is enough.
  await ensureRateLimitIndexes(limiters.credential);
  return limiters;
}

function hashed(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 32);
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who a caller counts against, from the `Authorization` value it sent: a header, or a
 * WebSocket connection's `connection_init` payload.
 */
export type AuthorizationKeysOf = (
  authorization: string | undefined,
  request: http.IncomingMessage,
) => Promise<RateKeys>;

/**
 * A valid credential counts against itself and its workspace; anything else against the
 * caller's address. A JWT is verified with the keys at hand (no database call; the context
 * verifies it again); an API key is looked up (one indexed read, once per request object).
 */
export function authorizationKeys(config: AppConfig): AuthorizationKeysOf {
  return async (authorization, request) => {
    const bearer = BEARER.exec(authorization ?? '')?.[1];
    if (bearer && isApiKeyCredential(bearer)) {
      const found = await findActiveApiKey(bearer, request);
      if (found.ok) return { credential: `key:${found.key._id.toHexString()}`, workspace: found.key.workspaceId };
    } else if (bearer) {
      try {
        const claims = verifyToken(config.jwt, bearer);
        return { credential: `jwt:${hashed(bearer)}`, workspace: claims.workspaceId };
      } catch (error) {
        if (!(error instanceof InvalidTokenError)) throw error;
      }
    }
    return { ip: addressOf(request) };
  };
}

/** /graphql, /export and /embed: the keys of the request's Authorization header. */
export function bearerKeys(config: AppConfig): RateKeysOf {
  const keysOf = authorizationKeys(config);
  return (req) => keysOf(req.headers.authorization, req);
}

/** Express's `req.ip` when the request went through Express (a WebSocket upgrade does not). */
function addressOf(request: http.IncomingMessage & { ip?: string }): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/**
 * /hooks/<workspace>/<provider>: a delivery counts against its source and its workspace
 * before its signature is checked, so a flood of unsigned requests is cut off cheaply.
 */
export const webhookKeys: RateKeysOf = (req) => {
  const [workspace, provider] = req.path.split('/').filter(Boolean);
  if (!workspace) return { ip: addressOf(req) };
  return { credential: `hook:${workspace}:${provider ?? ''}`, workspace };
};

/** Whole seconds until a refused key's window ends (at least 1). */
export function retryAfterSeconds(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

function refuse(res: express.Response, refusal: RateLimiterRes): void {
  const retryAfter = retryAfterSeconds(refusal);
  res
    .status(httpStatusOf('RATE_LIMITED'))
    .setHeader('retry-after', String(retryAfter))
    .setHeader('cache-control', 'no-store')
    .json({
      errors: [
        {
          message: `Too many requests: try again in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfter },
        },
      ],
    });
}

/**
 * Counts one request against each of its keys (at once): the refusal that lasts longest when
 * any is over its limit, else null. A database failure of the limiter lets the request
 * through (logged): the request's own database work answers it, and limits must not turn a
 * blip into an outage. While the database is known to be down the limiter does not wait for
 * it at all, so the request's 503 comes within one database wait, not two.
 */
export async function countRequest(
  limiters: RateLimiters,
  keys: RateKeys,
  log: Logger,
): Promise<RateLimiterRes | null> {
  if (databaseKnownDown()) return null;
  const counted = (['credential', 'workspace', 'ip'] as const)
    .filter((kind) => keys[kind] !== undefined)
    .map((kind) => limiters[kind].consume(keys[kind] as string));
  const results = await Promise.allSettled(counted);
  for (const result of results) {
    if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) {
      log.warn({ err: result.reason }, 'rate limiter could not count the request: let through');
    }
  }
  const refusals = results
    .map((result) => (result.status === 'rejected' ? (result.reason as unknown) : null))
    .filter((reason): reason is RateLimiterRes => reason instanceof RateLimiterRes);
  return refusals.length === 0 ? null : refusals.reduce((a, b) => (a.msBeforeNext >= b.msBeforeNext ? a : b));
}

/** Counts each request (countRequest) and answers 429 when one of its keys is over its limit. */
export function rateLimit(limiters: RateLimiters, keysOf: RateKeysOf): express.RequestHandler {
  return async (req, res, next) => {
    // While the database is known to be down, not even an API key is looked up for the keys.
    if (req.method === 'OPTIONS' || databaseKnownDown()) {
      next();
      return;
    }
    const refusal = await countRequest(limiters, await keysOf(req), requestLog(res));
    if (refusal) {
      refuse(res, refusal);
      return;
    }
    next();
  };
}
