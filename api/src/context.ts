import type { AppConfig } from './config';
import { InvalidTokenError, verifyToken } from './auth/jwt';
import type { SecretBox } from './auth/secret-box';
import type { Viewer } from './auth/viewer';
import { findWorkspace } from './modules/workspace/workspace.service';

/** What every resolver receives; built once per request. */
export interface GraphQLContext {
  viewer: Viewer;
  /** Seals the credentials admins add (webhook secrets). */
  secretBox: SecretBox;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Resolves the caller from the Authorization header. A missing or bad token is not an
 * error here: the viewer is anonymous with a reason, and the action check decides.
 */
export async function resolveViewer(config: AppConfig, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return { kind: 'anonymous', reason: 'Missing bearer token' };
  const match = BEARER.exec(authorization);
  if (!match?.[1]) return { kind: 'anonymous', reason: 'Authorization header must be "Bearer <token>"' };
  try {
    const claims = verifyToken(config.jwt, match[1]);
    const workspace = await findWorkspace(claims.workspaceId);
    if (!workspace) return { kind: 'anonymous', reason: `Unknown workspace "${claims.workspaceId}"` };
    return { kind: 'authenticated', ...claims, workspace };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { kind: 'anonymous', reason: error.message };
    throw error;
  }
}
