import mongoose, { Schema, type Types } from 'mongoose';

// The erasure of one contact: the work still to do while it runs, and once done the audit
// record of it. It never holds the erased personal data: ids, who, when and how much.

/** A step of an erasure, in the order they run (see data-rights.service.ts). */
export type ErasureStep = 'detach' | 'alerts' | 'followUps' | 'answers' | 'imports' | 'contact';

export const ERASURE_STEPS: readonly ErasureStep[] = ['detach', 'alerts', 'followUps', 'answers', 'imports', 'contact'];

/** How much an erasure removed, by kind. */
export interface ErasureRemoved {
  responses: number;
  followUps: number;
  alertDeliveries: number;
  recoveryLinks: number;
}

export interface ContactErasureDoc {
  /** `<workspaceId>|<contactId>`: one erasure per contact, so asking again resumes it. */
  _id: string;
  workspaceId: string;
  contactId: Types.ObjectId;
  /** The user id of the admin who asked for it. */
  requestedBy: string;
  requestedAt: Date;
  /** Steps not done yet, in order; empty once the contact is gone. */
  pending: ErasureStep[];
  /**
   * Answers whose counts are subtracted from the report aggregates: an answer listed here is
   * never subtracted again, whatever dies when (the tag protocol covers the moment before).
   */
  subtracted: Types.ObjectId[];
  removed: ErasureRemoved;
  /** Null while steps are left. */
  finishedAt: Date | null;
  /** Why the last attempt stopped short (busy contact, import batch not finished); no personal data. */
  lastAttemptNote: string | null;
}

export function erasureIdOf(workspaceId: string, contactId: Types.ObjectId): string {
  return `${workspaceId}|${contactId.toHexString()}`;
}

const contactErasureSchema = new Schema<ContactErasureDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    contactId: { type: Schema.Types.ObjectId, required: true },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    pending: { type: [String], default: [] },
    subtracted: { type: [Schema.Types.ObjectId], default: [] },
    removed: {
      type: new Schema<ErasureRemoved>(
        {
          responses: { type: Number, default: 0 },
          followUps: { type: Number, default: 0 },
          alertDeliveries: { type: Number, default: 0 },
          recoveryLinks: { type: Number, default: 0 },
        },
        { _id: false },
      ),
      default: () => ({}),
    },
    finishedAt: { type: Date, default: null },
    lastAttemptNote: { type: String, default: null },
  },
  { versionKey: false, autoIndex: false },
);

// Unfinished erasures, for the sweep; the audit log, newest first.
contactErasureSchema.index({ workspaceId: 1, pending: 1 });
contactErasureSchema.index({ workspaceId: 1, requestedAt: -1, _id: -1 });

export const ContactErasureModel = mongoose.model<ContactErasureDoc>(
  'ContactErasure',
  contactErasureSchema,
  'contact_erasures',
);
