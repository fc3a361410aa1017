import mongoose, { Schema, type Types } from 'mongoose';
import {
  LOYALTY_CATEGORIES,
  LOYALTY_MOVEMENTS,
  type CsatAnswer,
  type LoyaltySnapshot,
  type SurveyActivity,
  type SurveyMetric,
} from '../../loyalty';

/** The stored snapshot: the loyalty core's snapshot plus the response it came from. */
export interface LoyaltySnapshotDoc extends LoyaltySnapshot {
  latestResponseId: Types.ObjectId | null;
}

/** Enough CSAT history for the negative-streak rule. */
export const CSAT_SNAPSHOT_SIZE = 3;

export interface CsatSnapshotDoc {
  count: number;
  recent: CsatAnswer[];
}

export interface ContactDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  externalId: string | null;
  email: string | null;
  /**
   * Uniqueness keys. A plain unique index does not skip missing values, and a partial one
   * is not portable: the embedded SecantusDB keeps a document's old entry in it after an
   * update, so a changed email would stay taken. A contact without an external id or email
   * therefore gets a key derived from its own _id, under a plain unique index.
   */
  externalIdKey: string;
  emailKey: string;
  name: string | null;
  company: string | null;
  plan: string | null;
  region: string | null;
  tags: string[];
  accountValue: number | null;
  signedUpAt: Date | null;
  loyalty: LoyaltySnapshotDoc;
  /** The latest CSAT answers (newest first, at most CSAT_SNAPSHOT_SIZE) and how many there are. */
  csat: CsatSnapshotDoc;
  /**
   * Per metric, the last survey sent and the last answer: survey fatigue counts a metric's
   * own surveys. Contacts stored before this was kept may lack it.
   */
  surveys?: Partial<Record<SurveyMetric, SurveyActivity>>;
  /** Set by the helpdesk through contactUpsert; an open ticket blocks surveys. */
  hasOpenTicket: boolean;
  /** When a sales rep last logged outreach. */
  lastSalesOutreachAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function externalIdKeyOf(contactId: Types.ObjectId, externalId: string | null): string {
  return externalId === null ? `none:${contactId.toHexString()}` : externalIdKey(externalId);
}

export function emailKeyOf(contactId: Types.ObjectId, email: string | null): string {
  return email === null ? `none:${contactId.toHexString()}` : emailKey(email);
}

/** The key a contact with this helpdesk id is found by. */
export function externalIdKey(externalId: string): string {
  return `id:${externalId}`;
}

/** The key a contact with this email is found by. */
export function emailKey(email: string): string {
  return `email:${email}`;
}

const loyaltySchema = new Schema<LoyaltySnapshotDoc>(
  {
    category: { type: String, enum: LOYALTY_CATEGORIES, default: null },
    latestScore: { type: Number, default: null },
    latestComment: { type: String, default: null },
    answeredAt: { type: Date, default: null },
    previousCategory: { type: String, enum: LOYALTY_CATEGORIES, default: null },
    previousScore: { type: Number, default: null },
    movement: { type: String, enum: LOYALTY_MOVEMENTS, default: 'NONE' },
    responseCount: { type: Number, default: 0 },
    latestResponseId: { type: Schema.Types.ObjectId, default: null },
  },
  { _id: false },
);

const surveyActivitySchema = {
  type: new Schema<SurveyActivity>(
    { lastSentAt: { type: Date, default: null }, lastAnsweredAt: { type: Date, default: null } },
    { _id: false },
  ),
  default: () => ({}),
};

const contactSchema = new Schema<ContactDoc>(
  {
    workspaceId: { type: String, required: true },
    externalId: { type: String, default: null },
    email: { type: String, default: null },
    externalIdKey: { type: String, required: true },
    emailKey: { type: String, required: true },
    name: { type: String, default: null },
    company: { type: String, default: null },
    plan: { type: String, default: null },
    region: { type: String, default: null },
    tags: { type: [String], default: [] },
    accountValue: { type: Number, default: null },
    signedUpAt: { type: Date, default: null },
    loyalty: { type: loyaltySchema, default: () => ({}) },
    csat: {
      type: new Schema<CsatSnapshotDoc>(
        {
          count: { type: Number, default: 0 },
          recent: {
            type: [new Schema<CsatAnswer>({ score: Number, scaleMax: Number, answeredAt: Date }, { _id: false })],
            default: [],
          },
        },
        { _id: false },
      ),
      default: () => ({}),
    },
    surveys: {
      type: new Schema(
        { NPS: surveyActivitySchema, CSAT: surveyActivitySchema, CES: surveyActivitySchema },
        { _id: false },
      ),
      default: () => ({}),
    },
    hasOpenTicket: { type: Boolean, default: false },
    lastSalesOutreachAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, autoIndex: false },
);

// Every index starts with the workspace id (tenant scoping and future sharding key).
contactSchema.index({ workspaceId: 1, externalIdKey: 1 }, { unique: true });
contactSchema.index({ workspaceId: 1, emailKey: 1 }, { unique: true });
contactSchema.index({ workspaceId: 1, 'loyalty.category': 1, _id: -1 });
// Sales candidates: promoters ranked by account value, then recency.
contactSchema.index({ workspaceId: 1, 'loyalty.category': 1, accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 });
// Survey candidates: contacts without an open ticket, in _id order (keyset pages); the
// date rules are checked on the documents read. Contacts always store hasOpenTicket.
contactSchema.index({ workspaceId: 1, hasOpenTicket: 1, _id: 1 });

export const ContactModel = mongoose.model<ContactDoc>('Contact', contactSchema, 'contacts');
