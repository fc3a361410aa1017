import { readFileSync } from 'node:fs';
import type { JWK } from 'jose';
import { z } from 'zod';

// Public keys that sign JWTs, as a JSON Web Key Set (RFC 7517), each pinned to one algorithm
// (RFC 8725 section 3.1): a JWK without `alg`, or with one this API does not accept, is refused,
// so a key is never tried with an algorithm its owner did not choose.

/** The asymmetric algorithms a JWKS key may be pinned to. HS256 is only for JWT_SECRET. */
export const JWKS_ALGORITHMS = ['RS256', 'ES256'] as const;
export type JwksAlgorithm = (typeof JWKS_ALGORITHMS)[number];

/** A public signing key with its `kid` and the one algorithm it verifies. */
export type PinnedJwk = JWK & { kid: string; alg: JwksAlgorithm };

export class JwksError extends Error {}

const jwkSchema = z
  .object({
    kid: z.string().min(1, 'kid must not be empty'),
    alg: z.enum(JWKS_ALGORITHMS, `alg must be one of ${JWKS_ALGORITHMS.join(', ')}`),
    kty: z.enum(['RSA', 'EC']),
    use: z.literal('sig').optional(),
    crv: z.string().optional(),
  })
  .loose()
  .superRefine((jwk, ctx) => {
    if ('d' in jwk) {
      ctx.addIssue({
        code: 'custom',
        path: ['d'],
        message: 'a JWKS must hold public keys only (this one has the private "d")',
      });
    }
    if (jwk.alg === 'RS256' && jwk.kty !== 'RSA') {
      ctx.addIssue({ code: 'custom', path: ['kty'], message: 'an RS256 key must have kty "RSA"' });
    }
    if (jwk.alg === 'ES256' && (jwk.kty !== 'EC' || jwk.crv !== 'P-256')) {
      ctx.addIssue({ code: 'custom', path: ['crv'], message: 'an ES256 key must have kty "EC" and crv "P-256"' });
    }
  });

/**
 * Checks that a JWK is a public key pinned to an accepted algorithm; throws JwksError saying
 * what is wrong. `where` names the key in the message.
 */
export function pinnedJwk(candidate: unknown, where: string): PinnedJwk {
  const parsed = jwkSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new JwksError(`${where}: ${issue?.path.join('.') || 'key'}: ${issue?.message ?? 'invalid JWK'}`);
  }
  return parsed.data as PinnedJwk;
}

/** Every key of a JWKS document, pinned; kids must be unique so a token names one key. */
export function pinnedJwks(document: unknown, source: string): PinnedJwk[] {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new JwksError(`${source}: expected {"keys": [...]} with keys`);
  const pinned = keys.map((key, index) => pinnedJwk(key, `${source} key ${index}`));
  const seen = new Set<string>();
  for (const key of pinned) {
    if (seen.has(key.kid)) throw new JwksError(`${source}: kid "${key.kid}" appears twice`);
    seen.add(key.kid);
  }
  return pinned;
}

/** Reads and checks JWT_JWKS_FILE at boot. */
export function readJwksFile(file: string): PinnedJwk[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new JwksError(`JWT_JWKS_FILE ${file}: ${(error as Error).message}`);
  }
  return pinnedJwks(document, `JWT_JWKS_FILE ${file}`);
}
