import mongoose, { Schema, type Types } from 'mongoose';

/** Senders whose signatures NPS Desk verifies, one endpoint each (`/hooks/<workspace>/<provider>`). */
export const WEBHOOK_PROVIDERS = ['STANDARD', 'SURVICATE'] as const;
export type WebhookProvider = (typeof WEBHOOK_PROVIDERS)[number];

/** A secret that signs a workspace's inbound webhooks. Active until revoked. */
export interface WebhookSecretDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  provider: WebhookProvider;
  label: string | null;
  /** The secret as the sender uses it, sealed by the secret box (see `sealingContext`). */
  sealedSecret: string;
  /** First 8 hex digits of the secret's SHA-256: tells secrets apart without revealing them. */
  fingerprint: string;
  /** The secret this one was rotated from, if any. */
  rotatedFromId: Types.ObjectId | null;
  createdBy: string;
  createdAt: Date;
  /** Last delivery this secret verified that was answered 2xx. */
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
}

const webhookSecretSchema = new Schema<WebhookSecretDoc>(
  {
    workspaceId: { type: String, required: true },
    provider: { type: String, enum: WEBHOOK_PROVIDERS, required: true },
    label: { type: String, default: null },
    sealedSecret: { type: String, required: true },
    fingerprint: { type: String, required: true },
    rotatedFromId: { type: Schema.Types.ObjectId, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastUsedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: String, default: null },
  },
  { versionKey: false, autoIndex: false },
);

// The active secrets of a workspace's endpoint, read on every delivery.
webhookSecretSchema.index({ workspaceId: 1, provider: 1, revokedAt: 1 });
// The admin's list, newest first.
webhookSecretSchema.index({ workspaceId: 1, _id: -1 });

export const WebhookSecretModel = mongoose.model<WebhookSecretDoc>(
  'WebhookSecret',
  webhookSecretSchema,
  'webhook_secrets',
);

/** Binds a sealed secret to its record: moved to another record or workspace, it does not open. */
export function sealingContext(workspaceId: string, secretId: Types.ObjectId): string {
  return `webhook-secret:${workspaceId}:${secretId.toHexString()}`;
}
