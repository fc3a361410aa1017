import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type {
  ChatwootEmbedSettings,
  ChatwootEmbedSettingsSetInput,
  EmbedHost,
  EmbedHostSettings,
  ZendeskEmbedSettings,
  ZendeskEmbedSettingsSetInput,
} from '../../__generated__/resolvers-types';
import type { SecretBox } from '../../auth/secret-box';
import { assertCan, type Viewer } from '../../auth/viewer';
import { parseInput } from '../../validation';
import { WorkspaceModel, type EmbedHosts, type WorkspaceDoc } from '../workspace/workspace.model';

/** HS256 keys under 256 bits are refused, as for JWT_SECRET (RFC 7518 3.2). */
const MIN_SHARED_SECRET_LENGTH = 32;
const MAX_SHARED_SECRET_LENGTH = 500;
const GENERATED_SECRET_BYTES = 32;
const MAX_BASE_URL_LENGTH = 300;

/** The host names a plain-http Chatwoot address may have: the same machine only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Binds the sealed Zendesk secret to its workspace: copied to another, it does not open. */
export function zendeskSealingContext(workspaceId: string): string {
  return `embed-zendesk-secret:${workspaceId}`;
}

/** The iframe page of a host for a workspace, under the API's origin. */
export function embedPagePath(workspaceId: string, host: 'zendesk' | 'chatwoot'): string {
  return `/embed/${encodeURIComponent(workspaceId)}/${host}`;
}

function fingerprintOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
}

/**
 * A Chatwoot address the server may call: https, or http on a loopback host (a Chatwoot on
 * the same machine); an optional path prefix, no user info, query or fragment. Stored
 * without a trailing slash, or null when refused.
 */
export function chatwootBaseUrlOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  const plainHttpAllowed = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !plainHttpAllowed) return null;
  if (url.username || url.password || url.search || url.hash || value.includes('?') || value.includes('#')) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const zendeskInputSchema = z.object({
  sharedSecret: z
    .string()
    .min(MIN_SHARED_SECRET_LENGTH, `must be at least ${MIN_SHARED_SECRET_LENGTH} characters`)
    .max(MAX_SHARED_SECRET_LENGTH, `must be at most ${MAX_SHARED_SECRET_LENGTH} characters`)
    .nullish(),
});

const chatwootInputSchema = z.object({
  baseUrl: z
    .string()
    .max(MAX_BASE_URL_LENGTH, `must be at most ${MAX_BASE_URL_LENGTH} characters`)
    .transform((value, ctx) => {
      const baseUrl = chatwootBaseUrlOf(value);
      if (baseUrl) return baseUrl;
      ctx.addIssue({
        code: 'custom',
        message: 'must be an https address such as https://chat.acme.com (http only on a loopback address)',
      });
      return z.NEVER;
    }),
  accountId: z.number().int().min(1, 'must be 1 or more'),
});

/** The helpdesk settings of a workspace as GraphQL shows them: never the secret. */
export function embedHostSettingsOf(workspace: Pick<WorkspaceDoc, '_id' | 'embedHosts'>): EmbedHostSettings {
  const { zendesk, chatwoot } = workspace.embedHosts ?? {};
  return {
    zendesk: zendesk
      ? {
          sharedSecretFingerprint: zendesk.fingerprint,
          pagePath: embedPagePath(workspace._id, 'zendesk'),
          updatedBy: zendesk.updatedBy,
          updatedAt: zendesk.updatedAt,
        }
      : null,
    chatwoot: chatwoot
      ? {
          baseUrl: chatwoot.baseUrl,
          accountId: chatwoot.accountId,
          pagePath: embedPagePath(workspace._id, 'chatwoot'),
          updatedBy: chatwoot.updatedBy,
          updatedAt: chatwoot.updatedAt,
        }
      : null,
  };
}

export function getEmbedHostSettings(viewer: Viewer): EmbedHostSettings {
  return embedHostSettingsOf(assertCan(viewer, 'settings:write').workspace);
}

/** Writes one host's settings (or removes them with null) and answers the workspace as stored. */
async function setHost(
  workspaceId: string,
  host: keyof EmbedHosts,
  value: EmbedHosts[keyof EmbedHosts],
): Promise<WorkspaceDoc> {
  const path = `embedHosts.${host}`;
  const saved = await WorkspaceModel.findOneAndUpdate(
    { _id: workspaceId },
    value === null ? { $unset: { [path]: 1 } } : { $set: { [path]: value } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  // The viewer's workspace was read for this request; only a concurrent deletion loses it.
  if (!saved) throw new Error(`Workspace ${workspaceId} vanished while its embed settings were written`);
  return saved;
}

export async function setZendeskEmbedSettings(
  viewer: Viewer,
  box: SecretBox,
  input: ZendeskEmbedSettingsSetInput,
): Promise<{ zendesk: ZendeskEmbedSettings; sharedSecret: string | null }> {
  const admin = assertCan(viewer, 'settings:write');
  const { sharedSecret: pasted } = parseInput(zendeskInputSchema, input);
  const secret = pasted ?? randomBytes(GENERATED_SECRET_BYTES).toString('base64url');
  const saved = await setHost(admin.workspaceId, 'zendesk', {
    sealedSecret: box.seal(secret, zendeskSealingContext(admin.workspaceId)),
    fingerprint: fingerprintOf(secret),
    updatedBy: admin.userId,
    updatedAt: new Date(),
  });
  const zendesk = embedHostSettingsOf(saved).zendesk;
  if (!zendesk) throw new Error('The Zendesk settings just written were not read back');
  return { zendesk, sharedSecret: pasted ? null : secret };
}

export async function setChatwootEmbedSettings(
  viewer: Viewer,
  input: ChatwootEmbedSettingsSetInput,
): Promise<ChatwootEmbedSettings> {
  const admin = assertCan(viewer, 'settings:write');
  const { baseUrl, accountId } = parseInput(chatwootInputSchema, input);
  const saved = await setHost(admin.workspaceId, 'chatwoot', {
    baseUrl,
    accountId,
    updatedBy: admin.userId,
    updatedAt: new Date(),
  });
  const chatwoot = embedHostSettingsOf(saved).chatwoot;
  if (!chatwoot) throw new Error('The Chatwoot settings just written were not read back');
  return chatwoot;
}

export async function removeEmbedHost(viewer: Viewer, host: EmbedHost): Promise<EmbedHostSettings> {
  const admin = assertCan(viewer, 'settings:write');
  const saved = await setHost(admin.workspaceId, host === 'ZENDESK' ? 'zendesk' : 'chatwoot', null);
  return embedHostSettingsOf(saved);
}
