import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet } from 'jose';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { JwtConfig } from '../config';
import { JwksError, pinnedJwk, type JwksAlgorithm, type PinnedJwk } from './jwks';
import { ROLES, type Role } from './permissions';

// Token checks after RFC 8725 (JWT Best Current Practices):
// - every key verifies exactly one algorithm (3.1): JWT_SECRET HS256, each JWKS key the `alg`
//   its JWK states; a token whose header names another algorithm (`none`, HS256 signed with an
//   RSA public key, ...) is refused before any signature check;
// - keys are chosen by the `kid` header only among the configured keys: `jku`, `x5u` and `jwk`
//   headers are ignored, so a token never says where its key comes from;
// - a header `crit` is refused whatever it lists: this API implements no JWS extension (RFC 7515
//   4.1.11 says a recipient must refuse critical extensions it does not understand);
// - issuer and audience always checked (3.8, 3.9); `exp` required, `nbf` honoured, `iat` in the
//   future refused, lifetimes above JWT_MAX_LIFETIME_SECONDS refused, with a clock tolerance of
//   at most 60 s.
//
// jsonwebtoken still verifies signatures and standard claims. JWT_JWKS_URL is fetched by `jose`
// (panva/jose, maintained, no dependencies, the JOSE library most Node identity projects build
// on) rather than by code of ours: its RemoteJWKSet fetches with a timeout, shares one fetch
// between concurrent requests, checks the answer is a JWKS, caches it and rate-limits refetches
// (`cooldownDuration`). JWKs become key objects through Node's own JWK import
// (`crypto.createPublicKey`, synchronous, so `verifyToken` can stay synchronous).
// jose 5 rather than 6: 6 ships as ES modules only, which jest's CommonJS runtime cannot load
// on Node 20; the 5.x line still gets fixes.

const HMAC_ALGORITHM = 'HS256';
// The remote key set: refetched when older than this even if every kid is known...
const JWKS_CACHE_MAX_AGE_MS = 10 * 60 * 1000;
// ...and given up after this long.
const JWKS_FETCH_TIMEOUT_MS = 5000;

const claimsSchema = z.object({
  sub: z.string().min(1),
  workspace: z.string().min(1),
  role: z.enum(ROLES),
  exp: z.number(),
  iat: z.number().optional(),
  // Only a label for the people directory: a name that is not a string is ignored, never a refusal.
  name: z.string().optional().catch(undefined),
});

export interface TokenClaims {
  userId: string;
  workspaceId: string;
  role: Role;
  /** The person's name (`name` claim, OpenID Connect's), for the workspace's people directory. */
  name?: string;
}

export class InvalidTokenError extends Error {}

let cachedKey: { secret: string; key: KeyObject } | undefined;

/**
 * The HMAC key of the secret, made once. Given a string, jsonwebtoken first tries to read it
 * as a PEM public key and builds a secret key only after that throws, on every call: about
 * 1 ms of CPU per request, several times the rest of the token check.
 */
function hmacKey(secret: string): KeyObject {
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return cachedKey.key;
}

/**
 * Signs an HS256 token with JWT_SECRET (development tokens, the demo, tests, embedded panel
 * sessions). `extraClaims` are added as they are (the panel's `host` and `auth_time`); the
 * standard claims and `workspace`/`role` cannot be overridden by them.
 */
export function signToken(
  jwtConfig: JwtConfig,
  claims: TokenClaims,
  expiresInSeconds: number,
  extraClaims: Record<string, string | number> = {},
): string {
  if (!(ROLES as readonly string[]).includes(claims.role)) {
    throw new RangeError(`A token may carry the roles ${ROLES.join(', ')}, not ${claims.role} (use an API key)`);
  }
  if (expiresInSeconds > jwtConfig.maxLifetimeSeconds) {
    throw new RangeError(
      `A token may live at most ${jwtConfig.maxLifetimeSeconds} s (JWT_MAX_LIFETIME_SECONDS), not ${expiresInSeconds} s`,
    );
  }
  const named = claims.name ? { name: claims.name } : {};
  return jwt.sign(
    { ...extraClaims, ...named, workspace: claims.workspaceId, role: claims.role },
    hmacKey(jwtConfig.secret),
    {
      algorithm: HMAC_ALGORITHM,
      subject: claims.userId,
      issuer: jwtConfig.issuer,
      audience: jwtConfig.audience,
      expiresIn: expiresInSeconds,
    },
  );
}

/** The configured public keys, found by `kid`. */
interface KeySource {
  /** The key of a kid among the keys at hand (never fetches); undefined when there is none. */
  find(kid: string): PinnedJwk | undefined;
  /** Makes sure the keys at hand are current for this kid: fetches when needed and allowed. */
  refreshFor(kid: string): Promise<void>;
}

function fileSource(keys: PinnedJwk[]): KeySource {
  const byKid = new Map(keys.map((key) => [key.kid, key]));
  return { find: (kid) => byKid.get(kid), refreshFor: async () => undefined };
}

/**
 * Keys from JWT_JWKS_URL: fetched on first use, again when older than the cache age, and on an
 * unknown kid at most once per cooldown (jose's `cooldownDuration`), so tokens with made-up
 * kids cannot make the API hammer the key server. A failed fetch is also retried at most once
 * per cooldown; the keys fetched last stay in use meanwhile.
 */
function urlSource(url: string, cooldownSeconds: number): KeySource {
  const cooldownMs = cooldownSeconds * 1000;
  const keySet = createRemoteJWKSet(new URL(url), {
    cooldownDuration: cooldownMs,
    cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
    timeoutDuration: JWKS_FETCH_TIMEOUT_MS,
  });
  let lastFailure = -Infinity;
  const reload = async () => {
    if (Date.now() - lastFailure < cooldownMs) return;
    try {
      await keySet.reload();
    } catch (error) {
      lastFailure = Date.now();
      console.error(`[jwt] fetching JWT_JWKS_URL failed: ${(error as Error).message}`);
    }
  };
  const matching = (kid: string) => keySet.jwks()?.keys.filter((key) => key.kid === kid) ?? [];
  return {
    find(kid) {
      if (!keySet.jwks()) throw new InvalidTokenError('Invalid token: the signing keys could not be fetched');
      const found = matching(kid);
      if (found.length > 1) throw new InvalidTokenError(`Invalid token: kid "${kid}" names several keys`);
      if (found.length === 0) return undefined;
      try {
        return pinnedJwk(found[0], `JWT_JWKS_URL key "${kid}"`);
      } catch (error) {
        if (error instanceof JwksError) throw new InvalidTokenError(`Invalid token: ${error.message}`);
        throw error;
      }
    },
    async refreshFor(kid) {
      if (!keySet.fresh) await reload();
      if (matching(kid).length === 0 && !keySet.coolingDown) await reload();
    },
  };
}

interface VerificationKey {
  key: KeyObject;
  algorithm: typeof HMAC_ALGORITHM | JwksAlgorithm;
  /** For messages: which key refused the token. */
  name: string;
}

type TokenHeader = jwt.JwtHeader & { crit?: unknown };

function headerOf(token: string): TokenHeader {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) throw new InvalidTokenError('Invalid token: jwt malformed');
  return decoded.header as TokenHeader;
}

class JwtVerifier {
  readonly source: KeySource | null;
  /** Imported JWKS keys, per JWK object (a refetch brings new objects). */
  private readonly imported = new WeakMap<PinnedJwk, KeyObject>();

  constructor(private readonly config: JwtConfig) {
    const jwks = config.jwks;
    this.source =
      jwks === null ? null : jwks.kind === 'file' ? fileSource(jwks.keys) : urlSource(jwks.url, jwks.cooldownSeconds);
  }

  private keyFor(kid: unknown): VerificationKey {
    // Without a JWKS a kid means nothing here: the token must verify with JWT_SECRET.
    if (kid === undefined || this.source === null) {
      return { key: hmacKey(this.config.secret), algorithm: HMAC_ALGORITHM, name: 'JWT_SECRET' };
    }
    if (typeof kid !== 'string') throw new InvalidTokenError('Invalid token: kid must be a string');
    const jwk = this.source.find(kid);
    if (!jwk) throw new InvalidTokenError(`Invalid token: unknown key id (kid) "${kid}"`);
    let key = this.imported.get(jwk);
    if (!key) {
      try {
        key = createPublicKey({ key: { ...jwk }, format: 'jwk' });
      } catch {
        throw new InvalidTokenError(`Invalid token: key "${kid}" is not a usable ${jwk.alg} key`);
      }
      this.imported.set(jwk, key);
    }
    return { key, algorithm: jwk.alg, name: `key "${kid}"` };
  }

  verify(token: string): TokenClaims {
    const header = headerOf(token);
    if (header.crit !== undefined) {
      throw new InvalidTokenError('Invalid token: critical header extensions ("crit") are not supported');
    }
    const { key, algorithm, name } = this.keyFor(header.kid);
    if (header.alg !== algorithm) {
      throw new InvalidTokenError(`Invalid token: ${name} verifies ${algorithm} only, not ${String(header.alg)}`);
    }
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, key, {
        algorithms: [algorithm],
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockToleranceSeconds,
      });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw new InvalidTokenError('Token expired');
      if (error instanceof jwt.JsonWebTokenError) throw new InvalidTokenError(`Invalid token: ${error.message}`);
      throw error;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      const fields = claims.error.issues.map((issue) => issue.path.join('.')).join(', ');
      throw new InvalidTokenError(`Invalid token: missing or malformed claims (${fields})`);
    }
    const { exp, iat } = claims.data;
    const now = Math.floor(Date.now() / 1000);
    if (iat !== undefined && iat > now + this.config.clockToleranceSeconds) {
      throw new InvalidTokenError('Invalid token: issued in the future (iat)');
    }
    // A stolen long-lived token stays usable for its whole life: refuse lives above the maximum,
    // measured from iat, or from now when the issuer left iat out.
    const lifetime = exp - (iat ?? now);
    if (lifetime > this.config.maxLifetimeSeconds) {
      throw new InvalidTokenError(
        `Invalid token: lifetime of ${lifetime} s exceeds the maximum of ${this.config.maxLifetimeSeconds} s`,
      );
    }
    const { sub, workspace, role, name: personName } = claims.data;
    return { userId: sub, workspaceId: workspace, role, ...(personName === undefined ? {} : { name: personName }) };
  }
}

const verifiers = new WeakMap<JwtConfig, JwtVerifier>();

function verifierFor(jwtConfig: JwtConfig): JwtVerifier {
  let verifier = verifiers.get(jwtConfig);
  if (!verifier) {
    verifier = new JwtVerifier(jwtConfig);
    verifiers.set(jwtConfig, verifier);
  }
  return verifier;
}

/**
 * Verifies the token's header (no `crit`), key and pinned algorithm, signature, issuer,
 * audience, expiry (which must be present), nbf, iat and lifetime, with the keys at hand: it
 * never fetches JWT_JWKS_URL, so a kid not fetched yet is refused (cheap checks such as
 * rate-limit keys). Requests authenticate with `verifyTokenFetchingKeys`.
 */
export function verifyToken(jwtConfig: JwtConfig, token: string): TokenClaims {
  return verifierFor(jwtConfig).verify(token);
}

/**
 * `verifyToken`, after fetching JWT_JWKS_URL when its keys are stale or the token's kid is
 * unknown (at most once per JWT_JWKS_COOLDOWN_SECONDS). One verifier, so one JWKS cache, per
 * configuration.
 */
export async function verifyTokenFetchingKeys(jwtConfig: JwtConfig, token: string): Promise<TokenClaims> {
  const verifier = verifierFor(jwtConfig);
  if (verifier.source) {
    const { kid } = headerOf(token);
    if (typeof kid === 'string') await verifier.source.refreshFor(kid);
  }
  return verifier.verify(token);
}
