import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { JwtConfig } from '../../config';
import { InvalidTokenError, signToken, verifyTokenFetchingKeys } from '../../auth/jwt';
import type { SecretBox } from '../../auth/secret-box';
import { unauthenticated } from '../../errors';
import { isDisabled } from '../workspace/workspace.admin';
import type { WorkspaceDoc } from '../workspace/workspace.model';
import { findWorkspace } from '../workspace/workspace.service';
import { zendeskSealingContext } from './embed.settings';

// Panel sessions for the helpdesks that frame the panel (docs/embedding.md). Each host proves
// who the agent is in its own way; either way the panel gets a token of our own: role agent,
// the host's user id, the workspace, for PANEL_SESSION_SECONDS, never in a URL.

/** Lifetime of a panel token; the panel renews it before it runs out. */
export const PANEL_SESSION_SECONDS = 15 * 60;
/** A Chatwoot sign-in is renewed for at most a working day, then the agent signs in again. */
export const CHATWOOT_SIGN_IN_MAX_SECONDS = 12 * 60 * 60;
/** A Zendesk JWT may have at most this long left: Zendesk's proxy signs one per request. */
export const ZENDESK_JWT_MAX_REMAINING_SECONDS = 5 * 60;
/** How long the Chatwoot server has to confirm an access token. */
const CHATWOOT_TIMEOUT_MS = 5000;

type PanelHost = 'zendesk' | 'chatwoot';

/** What the session endpoints answer: the panel token and when it runs out. */
export interface PanelSession {
  token: string;
  /** ISO time the token expires. */
  expiresAt: string;
  /** The GraphQL endpoint, relative to the API's origin. */
  apiUrl: string;
  /** The user id the token carries (`zendesk:<id>`, `chatwoot:<id>`). */
  userId: string;
}

/** The one answer every refusal gets, whatever the reason (logged, never told to the caller). */
const REFUSED = 'The helpdesk session could not be verified';

const BEARER = /^Bearer\s+(\S+)$/i;

function bearerOf(authorization: string | undefined): string {
  const token = BEARER.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated('Missing bearer token');
  return token;
}

/** The workspace, when it exists and is enabled; a refusal otherwise. */
async function enabledWorkspace(workspaceId: string): Promise<WorkspaceDoc> {
  const workspace = await findWorkspace(workspaceId);
  if (!workspace || isDisabled(workspace)) throw unauthenticated(REFUSED);
  return workspace;
}

function panelSession(
  jwtConfig: JwtConfig,
  workspaceId: string,
  host: PanelHost,
  hostUserId: string,
  /** The agent's name as the host gives it, for the people directory (api/src/modules/person/). */
  name: string | undefined,
  authTime: number,
  seconds = PANEL_SESSION_SECONDS,
): PanelSession {
  const userId = `${host}:${hostUserId}`;
  const token = signToken(jwtConfig, { userId, workspaceId, role: 'agent', name }, seconds, {
    host,
    auth_time: authTime,
  });
  return {
    token,
    expiresAt: new Date((Math.floor(Date.now() / 1000) + seconds) * 1000).toISOString(),
    apiUrl: '/graphql',
    userId,
  };
}

/** The audience the Zendesk app puts in its JWTs: this workspace's NPS Desk, nothing else. */
export function zendeskAudience(workspaceId: string): string {
  return `nps-desk:${workspaceId}`;
}

const zendeskClaimsSchema = z.object({
  // Zendesk user ids are numbers; the app sends the current user's.
  sub: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  exp: z.number(),
  // The agent's name, which the app adds from `currentUser`; a label only, so never a refusal.
  name: z.string().optional().catch(undefined),
});

/**
 * Verifies the JWT Zendesk's proxy signed for a request of the sidebar app (`client.request`
 * with `secure: true` and `jwt` signed with the app's `shared_secret` setting) and opens a
 * panel session for that Zendesk user. Refused: no Zendesk settings, a disabled workspace,
 * another algorithm than HS256, a `crit` header, another secret, another audience, an expired
 * token or one with more than ZENDESK_JWT_MAX_REMAINING_SECONDS left.
 */
export async function openZendeskSession(
  jwtConfig: JwtConfig,
  box: SecretBox,
  workspaceId: string,
  authorization: string | undefined,
): Promise<PanelSession> {
  const token = bearerOf(authorization);
  const workspace = await enabledWorkspace(workspaceId);
  const settings = workspace.embedHosts?.zendesk;
  if (!settings) throw unauthenticated(REFUSED);
  const header = jwt.decode(token, { complete: true })?.header as (jwt.JwtHeader & { crit?: unknown }) | undefined;
  if (!header || header.alg !== 'HS256' || header.crit !== undefined) throw unauthenticated(REFUSED);
  const secret = box.open(settings.sealedSecret, zendeskSealingContext(workspace._id));
  let payload: unknown;
  try {
    payload = jwt.verify(token, createSecretKey(Buffer.from(secret, 'utf8')), {
      algorithms: ['HS256'],
      audience: zendeskAudience(workspace._id),
      clockTolerance: jwtConfig.clockToleranceSeconds,
    });
  } catch (error) {
    if (error instanceof jwt.JsonWebTokenError) throw unauthenticated(REFUSED);
    throw error;
  }
  const claims = zendeskClaimsSchema.safeParse(payload);
  if (!claims.success) throw unauthenticated(REFUSED);
  const now = Math.floor(Date.now() / 1000);
  // A token meant to live long could be replayed for long: Zendesk signs a fresh one per request.
  if (claims.data.exp - now > ZENDESK_JWT_MAX_REMAINING_SECONDS + jwtConfig.clockToleranceSeconds) {
    throw unauthenticated(REFUSED);
  }
  return panelSession(jwtConfig, workspace._id, 'zendesk', claims.data.sub, claims.data.name, now);
}

const chatwootProfileSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().optional().catch(undefined),
  accounts: z.array(z.object({ id: z.number().int() })),
});

const chatwootAccessTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,200}$/);

/**
 * Opens a panel session for a Chatwoot agent: their own access token (Chatwoot's profile
 * settings) is checked with the workspace's Chatwoot server (`GET /api/v1/profile`), which
 * must answer a user belonging to the configured account. The token is used for that one call
 * and never stored; the session carries the user id Chatwoot answered, not one the page claims.
 */
export async function openChatwootSession(
  jwtConfig: JwtConfig,
  workspaceId: string,
  accessToken: unknown,
): Promise<PanelSession> {
  const workspace = await enabledWorkspace(workspaceId);
  const settings = workspace.embedHosts?.chatwoot;
  const token = chatwootAccessTokenSchema.safeParse(accessToken);
  if (!settings || !token.success) throw unauthenticated(REFUSED);
  let answer: Response;
  try {
    answer = await fetch(`${settings.baseUrl}/api/v1/profile`, {
      headers: { api_access_token: token.data, accept: 'application/json' },
      // Only the configured server answers: a redirect elsewhere is a refusal.
      redirect: 'error',
      signal: AbortSignal.timeout(CHATWOOT_TIMEOUT_MS),
    });
  } catch {
    throw unauthenticated(REFUSED);
  }
  if (!answer.ok) throw unauthenticated(REFUSED);
  const profile = chatwootProfileSchema.safeParse(await answer.json().catch(() => null));
  if (!profile.success || !profile.data.accounts.some((account) => account.id === settings.accountId)) {
    throw unauthenticated(REFUSED);
  }
  return panelSession(
    jwtConfig,
    workspace._id,
    'chatwoot',
    String(profile.data.id),
    profile.data.name,
    Math.floor(Date.now() / 1000),
  );
}

const panelClaimsSchema = z.object({ host: z.literal('chatwoot'), auth_time: z.number() });

/**
 * A new panel token for a Chatwoot agent whose token is still valid, while their sign-in is
 * under CHATWOOT_SIGN_IN_MAX_SECONDS old and Chatwoot is still set up for the workspace. Other
 * tokens never renew here: a Zendesk panel asks Zendesk again, and no other token is a panel's.
 */
export async function renewChatwootSession(
  jwtConfig: JwtConfig,
  authorization: string | undefined,
): Promise<PanelSession> {
  const token = bearerOf(authorization);
  let claims;
  try {
    claims = await verifyTokenFetchingKeys(jwtConfig, token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(REFUSED);
    throw error;
  }
  const panel = panelClaimsSchema.safeParse(jwt.decode(token));
  const hostUserId = claims.userId.startsWith('chatwoot:') ? claims.userId.slice('chatwoot:'.length) : '';
  if (!panel.success || !hostUserId || claims.role !== 'agent') throw unauthenticated(REFUSED);
  const workspace = await enabledWorkspace(claims.workspaceId);
  if (!workspace.embedHosts?.chatwoot) throw unauthenticated(REFUSED);
  const left = panel.data.auth_time + CHATWOOT_SIGN_IN_MAX_SECONDS - Math.floor(Date.now() / 1000);
  if (left <= 0) throw unauthenticated(REFUSED);
  return panelSession(
    jwtConfig,
    workspace._id,
    'chatwoot',
    hostUserId,
    claims.name,
    panel.data.auth_time,
    Math.min(PANEL_SESSION_SECONDS, left),
  );
}
