import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { SecretBox } from '../../auth/secret-box';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict, notFound } from '../../errors';
import { idKeyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import { parseInput } from '../../validation';
import { pastedSecretSchema, webhookSecretAddSchema, webhookSecretIdSchema } from './webhook.input';
import { sealingContext, WebhookSecretModel, type WebhookProvider, type WebhookSecretDoc } from './webhook.model';

// Every active secret is tried on each delivery: a bound keeps unsigned traffic cheap.
export const MAX_ACTIVE_SECRETS = 10;
// Standard Webhooks keys NPS Desk generates: 32 random bytes.
const GENERATED_KEY_BYTES = 32;

/** The path a sender posts to, under the API's origin. */
export function endpointPath(workspaceId: string, provider: WebhookProvider): string {
  return `/hooks/${encodeURIComponent(workspaceId)}/${provider.toLowerCase()}`;
}

export interface WebhookSecretCreated {
  webhookSecret: WebhookSecretDoc;
  /** The generated secret, returned this once; null when the admin pasted it. */
  secret: string | null;
}

function fingerprintOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
}

async function storeSecret(
  box: SecretBox,
  fields: Pick<WebhookSecretDoc, 'workspaceId' | 'provider' | 'label' | 'rotatedFromId' | 'createdBy'>,
  pasted: string | null,
): Promise<WebhookSecretCreated> {
  const active = await WebhookSecretModel.countDocuments({
    workspaceId: fields.workspaceId,
    provider: fields.provider,
    revokedAt: null,
  }).exec();
  if (active >= MAX_ACTIVE_SECRETS) {
    throw conflict(`At most ${MAX_ACTIVE_SECRETS} secrets of a provider may be active: revoke one first`);
  }
  const secret = pasted ?? `whsec_${randomBytes(GENERATED_KEY_BYTES).toString('base64')}`;
  const _id = new Types.ObjectId();
  const created = await WebhookSecretModel.create({
    ...fields,
    _id,
    sealedSecret: box.seal(secret, sealingContext(fields.workspaceId, _id)),
    fingerprint: fingerprintOf(secret),
    createdAt: new Date(),
  });
  return { webhookSecret: created.toObject<WebhookSecretDoc>(), secret: pasted === null ? secret : null };
}

/** Adds a secret for a provider: generated (Standard Webhooks only) or pasted from the sender. */
export async function addWebhookSecret(
  viewer: Viewer,
  box: SecretBox,
  input: { provider: WebhookProvider; label?: string | null; secret?: string | null },
): Promise<WebhookSecretCreated> {
  const { workspaceId, userId } = assertCan(viewer, 'webhookSecret:manage');
  const { provider, label } = parseInput(webhookSecretAddSchema, input);
  const pasted = parseInput(pastedSecretSchema(provider), input.secret, 'secret');
  return storeSecret(box, { workspaceId, provider, label, rotatedFromId: null, createdBy: userId }, pasted);
}

async function findSecret(workspaceId: string, id: string): Promise<WebhookSecretDoc> {
  // A malformed id is simply not found: ids are opaque to clients.
  const secret = Types.ObjectId.isValid(id)
    ? await WebhookSecretModel.findOne({ _id: id, workspaceId }).lean<WebhookSecretDoc>().exec()
    : null;
  if (!secret) throw notFound('No webhook secret matches in this workspace');
  return secret;
}

/**
 * Adds a successor to an active secret (same provider and label). Both verify deliveries
 * until the old one is revoked, so the sender can switch over without losing any.
 */
export async function rotateWebhookSecret(
  viewer: Viewer,
  box: SecretBox,
  input: { id: string; secret?: string | null },
): Promise<WebhookSecretCreated & { previous: WebhookSecretDoc }> {
  const { workspaceId, userId } = assertCan(viewer, 'webhookSecret:manage');
  const { id } = parseInput(webhookSecretIdSchema, input);
  const previous = await findSecret(workspaceId, id);
  if (previous.revokedAt) throw badUserInput('A revoked secret cannot be rotated: add a new one', 'id');
  const pasted = parseInput(pastedSecretSchema(previous.provider), input.secret, 'secret');
  const created = await storeSecret(
    box,
    { workspaceId, provider: previous.provider, label: previous.label, rotatedFromId: previous._id, createdBy: userId },
    pasted,
  );
  return { ...created, previous };
}

/** Revokes a secret at once: the next delivery it signs is refused. Revoking again changes nothing. */
export async function revokeWebhookSecret(viewer: Viewer, input: { id: string }): Promise<WebhookSecretDoc> {
  const { workspaceId, userId } = assertCan(viewer, 'webhookSecret:manage');
  const { id } = parseInput(webhookSecretIdSchema, input);
  const secret = await findSecret(workspaceId, id);
  if (secret.revokedAt) return secret;
  const revoked = await WebhookSecretModel.findOneAndUpdate(
    { _id: secret._id, workspaceId, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedBy: userId } },
    { returnDocument: 'after' },
  )
    .lean<WebhookSecretDoc>()
    .exec();
  // Null when a concurrent revoke won: read what it wrote.
  return revoked ?? findSecret(workspaceId, id);
}

const SECRETS_KEYSET = idKeyset(-1, (secret: WebhookSecretDoc) => secret._id);

/** The workspace's secrets, newest first; revoked ones only when asked for. Never the secrets themselves. */
export async function listWebhookSecrets(
  viewer: Viewer,
  args: { first: number; after?: string | null; includeRevoked?: boolean | null },
): Promise<Connection<WebhookSecretDoc>> {
  const { workspaceId } = assertCan(viewer, 'webhookSecret:manage');
  const scope: Record<string, unknown> = { workspaceId };
  if (!args.includeRevoked) scope.revokedAt = null;
  return paginate(SECRETS_KEYSET, args, ({ after, limit }) =>
    WebhookSecretModel.find(keysetFilter(SECRETS_KEYSET, scope, after))
      .sort(keysetSort(SECRETS_KEYSET))
      .limit(limit)
      .lean<WebhookSecretDoc[]>()
      .exec(),
  );
}

export interface OpenedSecret {
  id: Types.ObjectId;
  /** The secret as the sender uses it. */
  value: string;
}

/**
 * The active secrets of a workspace's endpoint, opened to verify a delivery. Called before
 * there is a viewer: the delivery's signature is what authenticates it.
 */
export async function openActiveSecrets(
  box: SecretBox,
  workspaceId: string,
  provider: WebhookProvider,
): Promise<OpenedSecret[]> {
  const secrets = await WebhookSecretModel.find({ workspaceId, provider, revokedAt: null })
    .select({ sealedSecret: 1 })
    .lean<Pick<WebhookSecretDoc, '_id' | 'sealedSecret'>[]>()
    .exec();
  return secrets.map(({ _id, sealedSecret }) => ({
    id: _id,
    value: box.open(sealedSecret, sealingContext(workspaceId, _id)),
  }));
}

/** Records that a secret verified a delivery that was answered 2xx. */
export async function markSecretUsed(workspaceId: string, id: Types.ObjectId, at: Date): Promise<void> {
  await WebhookSecretModel.updateOne({ _id: id, workspaceId }, { $max: { lastUsedAt: at } }).exec();
}
