import mongoose, { Schema, type Types } from 'mongoose';
import type { LoyaltyCategory, SurveyMetric } from '../../loyalty';
import type { RecoveryLink } from '../report/report.model';

/** A step of the recording pipeline (api/src/modules/recording/recording.pipeline.ts). */
export type RecordingStep = 'snapshot' | 'alerts' | 'counts' | 'recovery' | 'untag';

export interface ResponseDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  contactId: Types.ObjectId;
  metric: SurveyMetric;
  score: number;
  scaleMax: number;
  /** Set for NPS answers only. */
  category: LoyaltyCategory | null;
  comment: string | null;
  channel: string | null;
  campaign: string | null;
  ticketId: string | null;
  /** Segments, as they were when answered: the agent and team of the ticket, the contact's
   * plan and region, and the answer's tags plus the contact's tags. Reports count by them. */
  agentId?: string | null;
  team?: string | null;
  plan?: string | null;
  region?: string | null;
  tags?: string[];
  answeredAt: Date;
  receivedAt: Date;
  source: string;
  sourceId: string;
  /** Recording steps not done yet: empty once the answer is in every snapshot and count. */
  pending: RecordingStep[];
  /** A detractor NPS answer's next NPS answer, as counted in the recovery counters. */
  recoveryLink?: RecoveryLink;
}

const responseSchema = new Schema<ResponseDoc>(
  {
    workspaceId: { type: String, required: true },
    contactId: { type: Schema.Types.ObjectId, required: true },
    metric: { type: String, enum: ['NPS', 'CSAT', 'CES'], required: true },
    score: { type: Number, required: true },
    scaleMax: { type: Number, required: true },
    category: { type: String, enum: ['PROMOTER', 'PASSIVE', 'DETRACTOR'], default: null },
    comment: { type: String, default: null },
    channel: { type: String, default: null },
    campaign: { type: String, default: null },
    ticketId: { type: String, default: null },
    agentId: { type: String, default: null },
    team: { type: String, default: null },
    plan: { type: String, default: null },
    region: { type: String, default: null },
    tags: { type: [String], default: [] },
    answeredAt: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    source: { type: String, required: true },
    sourceId: { type: String, required: true },
    pending: { type: [String], default: [] },
    recoveryLink: { type: Schema.Types.Mixed, default: undefined },
  },
  { versionKey: false, autoIndex: false },
);

// Duplicate deliveries of one answer (same source + source id) are stored once.
responseSchema.index({ workspaceId: 1, source: 1, sourceId: 1 }, { unique: true });
// Answers with recording steps left, for the sweep that finishes them.
responseSchema.index({ workspaceId: 1, pending: 1 });
// A contact's history, newest first, per metric.
responseSchema.index({ workspaceId: 1, contactId: 1, metric: 1, answeredAt: -1, _id: -1 });

export const ResponseModel = mongoose.model<ResponseDoc>('Response', responseSchema, 'responses');
