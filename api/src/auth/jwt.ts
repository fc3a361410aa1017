import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { AppConfig } from '../config';
import { ROLES, type Role } from './permissions';

// Pinned: a token signed with any other algorithm (including `none`) is refused.
const ALGORITHM = 'HS256';

const claimsSchema = z.object({
  sub: z.string().min(1),
  workspace: z.string().min(1),
  role: z.enum(ROLES),
  exp: z.number(),
});

export interface TokenClaims {
  userId: string;
  workspaceId: string;
  role: Role;
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

export function signToken(jwtConfig: AppConfig['jwt'], claims: TokenClaims, expiresInSeconds: number): string {
  return jwt.sign({ workspace: claims.workspaceId, role: claims.role }, hmacKey(jwtConfig.secret), {
    algorithm: ALGORITHM,
    subject: claims.userId,
    issuer: jwtConfig.issuer,
    audience: jwtConfig.audience,
    expiresIn: expiresInSeconds,
  });
}

/** Verifies signature, algorithm, issuer, audience and expiry (which must be present). */
export function verifyToken(jwtConfig: AppConfig['jwt'], token: string): TokenClaims {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, hmacKey(jwtConfig.secret), {
      algorithms: [ALGORITHM],
      issuer: jwtConfig.issuer,
      audience: jwtConfig.audience,
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
  return { userId: claims.data.sub, workspaceId: claims.data.workspace, role: claims.data.role };
}
