import type { EmbedSettingsUpdateInput } from '../../__generated__/resolvers-types';
import { z } from 'zod';
import { assertCan, type Viewer } from '../../auth/viewer';
import { parseInput } from '../../validation';
import { WorkspaceModel, type WorkspaceDoc } from './workspace.model';

/** A helpdesk per workspace is the norm; 20 leaves room for sandboxes and staging copies. */
export const MAX_EMBED_ORIGINS = 20;
const MAX_ORIGIN_LENGTH = 200;

/** Host names as the URL parser leaves them (lowercase, punycode): no wildcard, nothing odd. */
const PLAIN_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * `https://host[:port]`, optionally with one trailing slash, as its canonical origin (the
 * form a browser compares `frame-ancestors` with), or null. No other scheme, no user info,
 * path, query, fragment or wildcard: each would either never match or widen the list.
 */
export function httpsOriginOf(value: string): string | null {
  const text = value.trim();
  if (!/^https:\/\/[^/?#@\s]+\/?$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  if (!PLAIN_HOST.test(url.hostname)) return null;
  return url.origin;
}

const embedSettingsUpdateSchema = z.object({
  origins: z
    .array(
      z
        .string()
        .max(MAX_ORIGIN_LENGTH, `must be at most ${MAX_ORIGIN_LENGTH} characters`)
        .transform((value, ctx) => {
          const origin = httpsOriginOf(value);
          if (origin) return origin;
          ctx.addIssue({
            code: 'custom',
            message: 'must be an https origin such as https://acme.zendesk.com (no path, wildcard or user info)',
          });
          return z.NEVER;
        }),
    )
    .max(MAX_EMBED_ORIGINS, `at most ${MAX_EMBED_ORIGINS} origins`)
    .transform((origins) => [...new Set(origins)]),
});

export interface EmbedSettingsView {
  origins: string[];
}

/** The origins allowed to frame the workspace's panel pages; none unless an admin set some. */
export function embedOriginsOf(workspace: Pick<WorkspaceDoc, 'embedOrigins'> | null): string[] {
  return workspace?.embedOrigins ?? [];
}

export function getEmbedSettings(viewer: Viewer): EmbedSettingsView {
  return { origins: embedOriginsOf(assertCan(viewer, 'settings:read').workspace) };
}

export async function updateEmbedSettings(viewer: Viewer, input: EmbedSettingsUpdateInput): Promise<EmbedSettingsView> {
  const admin = assertCan(viewer, 'settings:write');
  const { origins } = parseInput(embedSettingsUpdateSchema, input);
  const saved = await WorkspaceModel.findOneAndUpdate(
    { _id: admin.workspaceId },
    { $set: { embedOrigins: origins } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  return { origins: embedOriginsOf(saved) };
}
