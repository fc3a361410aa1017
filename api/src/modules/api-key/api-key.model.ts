import mongoose, { Schema, type Types } from 'mongoose';
import { API_KEY_ROLES, type Role } from '../../auth/permissions';

/**
 * A credential for a person or a machine, used as `Authorization: Bearer npsk_...`. Only the
 * key's SHA-256 is stored; the key itself is shown once, when it is created.
 */
export interface ApiKeyDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  name: string;
  role: Role;
  /** `npsk_` and the key's public id: the start of the key, to tell keys apart in lists. */
  prefix: string;
  /** Hex SHA-256 of the whole key (see api-key.service.ts for why a fast hash is right here). */
  secretHash: string;
  createdBy: string;
  createdAt: Date;
  /** Last request it authenticated, written at most once a minute. */
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
}

const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    workspaceId: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: API_KEY_ROLES, required: true },
    prefix: { type: String, required: true },
    secretHash: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastUsedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: String, default: null },
  },
  { versionKey: false, autoIndex: false },
);

// The lookup of every request that carries a key. It comes before the workspace is known, so
// unlike the other collections' this index cannot start with workspaceId; a hash is a
// uniformly spread shard key of its own.
apiKeySchema.index({ secretHash: 1 }, { unique: true });
// The admin's list, newest first.
apiKeySchema.index({ workspaceId: 1, _id: -1 });

export const ApiKeyModel = mongoose.model<ApiKeyDoc>('ApiKey', apiKeySchema, 'api_keys');
