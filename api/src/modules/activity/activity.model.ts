import mongoose, { Schema, type Types } from 'mongoose';

export const CONTACT_ACTIVITY_KINDS = ['RESPONSE_RECORDED', 'FOLLOW_UP_CHANGED'] as const;
export type ContactActivityKind = (typeof CONTACT_ACTIVITY_KINDS)[number];

/**
 * One change to a contact, written by the API process that made it and read by every API
 * process (activity.feed.ts), so that a panel connected to any of them hears of it.
 */
export interface ContactActivityDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  contactId: Types.ObjectId;
  kind: ContactActivityKind;
  at: Date;
}

/** Kept long enough for every process to have read it; servers with TTL indexes drop it after. */
export const ACTIVITY_KEPT_SECONDS = 3_600;

const contactActivitySchema = new Schema<ContactActivityDoc>(
  {
    workspaceId: { type: String, required: true },
    contactId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: CONTACT_ACTIVITY_KINDS, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'contact_activity', versionKey: false },
);
// The feed reads the followed contacts' changes since a moment.
contactActivitySchema.index({ workspaceId: 1, contactId: 1, at: 1 });
// Old changes go (a TTL index holds one field only, so it cannot start with the workspace).
contactActivitySchema.index({ at: 1 }, { expireAfterSeconds: ACTIVITY_KEPT_SECONDS });

export const ContactActivityModel = mongoose.model<ContactActivityDoc>('ContactActivity', contactActivitySchema);
