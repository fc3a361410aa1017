import mongoose, { Schema, type Types } from 'mongoose';
import { API_KEY_ROLES, type Role } from '../../auth/permissions';

/**
 * One person of a workspace's directory: the name the latest credential of `userId` carried
 * (a token's `name` claim, an API key's name). Written when such a credential is used, read
 * to show names beside the raw user ids follow-ups store.
 */
export interface PersonDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  /** As in tokens' `sub`: `zendesk:123`, `chatwoot:7`, `apikey:<id>`. */
  userId: string;
  name: string;
  /** The name lower-cased, for the directory's case-insensitive order. */
  nameKey: string;
  role: Role;
  lastSeenAt: Date;
}

const personSchema = new Schema<PersonDoc>(
  {
    workspaceId: { type: String, required: true },
    userId: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    role: { type: String, enum: API_KEY_ROLES, required: true },
    lastSeenAt: { type: Date, required: true },
  },
  { versionKey: false, autoIndex: false },
);

// One person per user id: concurrent first sightings settle on it.
personSchema.index({ workspaceId: 1, userId: 1 }, { unique: true });
// The directory's order (keyset pagination on name, then user id).
personSchema.index({ workspaceId: 1, nameKey: 1, userId: 1 });

export const PersonModel = mongoose.model<PersonDoc>('Person', personSchema, 'people');
