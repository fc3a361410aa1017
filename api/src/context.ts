import type { AppConfig } from './config';
import { InvalidTokenError, verifyTokenFetchingKeys } from './auth/jwt';
import type { Role } from './auth/permissions';
import type { SecretBox } from './auth/secret-box';
import type { Viewer } from './auth/viewer';
import type { Loaders } from './graphql/loaders';
import type { Locale } from './loyalty';
import type { ActivityFeed } from './modules/activity/activity.feed';
import { findActiveApiKey, isApiKeyCredential, markApiKeyUsed } from './modules/api-key/api-key.service';
import { rememberPerson } from './modules/person/person.service';
import type { ApiKeyDoc } from './modules/api-key/api-key.model';
import { isDisabled } from './modules/workspace/workspace.admin';
import { findWorkspace } from './modules/workspace/workspace.service';

/** What every resolver receives; built once per request. */
export interface GraphQLContext {
  viewer: Viewer;
  /** The request's batching loaders, scoped to the viewer's workspace (api/src/graphql/loaders.ts). */
  loaders: Loaders;
  /** Seals the credentials admins add (webhook secrets). */
  secretBox: SecretBox;
  /** Contacts' changes as they happen, for subscriptions (one per app). */
  activityFeed: ActivityFeed;
  /** The language of default texts (the default playbook): Accept-Language over HTTP, English over WebSocket. */
  locale: Locale;
}

const BEARER = /^Bearer\s+(\S+)$/i;

interface Credential {
  userId: string;
  role: Role;
  workspaceId: string;
  /** For the people directory: the token's `name` claim, or the API key's name. */
  name?: string;
  apiKey?: ApiKeyDoc;
}

/**
 * Resolves the caller from the Authorization header: an API key (`Bearer npsk_...`) or a JWT.
 * A missing or bad credential is not an error here: the viewer is anonymous with a reason, and
 * the action check decides. A disabled workspace's credentials are refused on every request.
 */
export async function resolveViewer(
  config: AppConfig,
  authorization: string | undefined,
  /** The HTTP request, so that its API key is read once (the rate limit read it already). */
  request?: object,
): Promise<Viewer> {
  if (!authorization) return { kind: 'anonymous', reason: 'Missing bearer token' };
  const match = BEARER.exec(authorization);
  if (!match?.[1]) return { kind: 'anonymous', reason: 'Authorization header must be "Bearer <token>"' };
  const bearer = match[1];
  let credential: Credential;
  if (isApiKeyCredential(bearer)) {
    const found = await findActiveApiKey(bearer, request);
    if (!found.ok) return { kind: 'anonymous', reason: found.reason };
    const { key } = found;
    credential = {
      userId: `apikey:${key._id.toHexString()}`,
      role: key.role,
      workspaceId: key.workspaceId,
      name: key.name,
      apiKey: key,
    };
  } else {
    try {
      credential = await verifyTokenFetchingKeys(config.jwt, bearer);
    } catch (error) {
      if (error instanceof InvalidTokenError) return { kind: 'anonymous', reason: error.message };
      throw error;
    }
  }
  const { apiKey, name, ...identity } = credential;
  const workspace = await findWorkspace(identity.workspaceId);
  if (!workspace) return { kind: 'anonymous', reason: `Unknown workspace "${identity.workspaceId}"` };
  if (isDisabled(workspace)) return { kind: 'anonymous', reason: `Workspace "${identity.workspaceId}" is disabled` };
  await rememberPerson(identity.workspaceId, identity.userId, name, identity.role);
  if (!apiKey) return { kind: 'authenticated', ...identity, workspace };
  await markApiKeyUsed(apiKey, new Date());
  return { kind: 'authenticated', ...identity, workspace, apiKeyId: apiKey._id.toHexString() };
}
