import mongoose, { Schema, type Types } from 'mongoose';
import { RECOMMENDED_ACTION_KINDS, type RecommendedActionKind } from '../../loyalty';

export const FOLLOW_UP_STATUSES = ['OPEN', 'DONE', 'DISMISSED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface FollowUpDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  contactId: Types.ObjectId;
  /** The response that caused it: the contact's latest NPS answer at creation. */
  responseId: Types.ObjectId | null;
  kind: RecommendedActionKind;
  title: string;
  status: FollowUpStatus;
  assigneeId: string | null;
  dueAt: Date | null;
  note: string | null;
  /** The helpdesk ticket it was opened from (HostContext.ticketId); null when opened elsewhere. */
  ticketId?: string | null;
  outcome: string | null;
  dismissReason: string | null;
  createdBy: string;
  createdAt: Date;
  closedBy: string | null;
  closedAt: Date | null;
  /**
   * At most one open follow-up per contact and kind: `open:<contact>:<kind>` while open,
   * `closed:<id>` once closed, under a plain unique index. A partial index on open ones is
   * not portable: the embedded SecantusDB keeps the entry of a follow-up an update closes,
   * so the next open one of that kind would collide with it.
   */
  openKey: string;
}

export function openKeyOf(contactId: Types.ObjectId, kind: RecommendedActionKind): string {
  return `open:${contactId.toHexString()}:${kind}`;
}

export function closedKeyOf(followUpId: Types.ObjectId): string {
  return `closed:${followUpId.toHexString()}`;
}

const followUpSchema = new Schema<FollowUpDoc>(
  {
    workspaceId: { type: String, required: true },
    contactId: { type: Schema.Types.ObjectId, required: true },
    responseId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, enum: RECOMMENDED_ACTION_KINDS, required: true },
    title: { type: String, required: true },
    status: { type: String, enum: FOLLOW_UP_STATUSES, required: true },
    assigneeId: { type: String, default: null },
    dueAt: { type: Date, default: null },
    note: { type: String, default: null },
    ticketId: { type: String, default: null },
    outcome: { type: String, default: null },
    dismissReason: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    closedBy: { type: String, default: null },
    closedAt: { type: Date, default: null },
    openKey: { type: String, required: true },
  },
  { versionKey: false, autoIndex: false },
);

followUpSchema.index({ workspaceId: 1, openKey: 1 }, { unique: true });
followUpSchema.index({ workspaceId: 1, contactId: 1, _id: -1 });
followUpSchema.index({ workspaceId: 1, status: 1, dueAt: 1, _id: 1 });
followUpSchema.index({ workspaceId: 1, createdAt: 1 });
followUpSchema.index({ workspaceId: 1, assigneeId: 1, status: 1, _id: -1 });

export const FollowUpModel = mongoose.model<FollowUpDoc>('FollowUp', followUpSchema, 'follow_ups');
