import mongoose, { Schema, type Types } from 'mongoose';
import type { LoyaltyCategory, SurveyMetric } from '../../loyalty';

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
  answeredAt: Date;
  receivedAt: Date;
  source: string;
  sourceId: string;
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
    answeredAt: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    source: { type: String, required: true },
    sourceId: { type: String, required: true },
  },
  { versionKey: false, autoIndex: false },
);

// Duplicate deliveries of one answer (same source + source id) are stored once.
responseSchema.index({ workspaceId: 1, source: 1, sourceId: 1 }, { unique: true });
// A contact's history, newest first, per metric.
responseSchema.index({ workspaceId: 1, contactId: 1, metric: 1, answeredAt: -1, _id: -1 });

export const ResponseModel = mongoose.model<ResponseDoc>('Response', responseSchema, 'responses');
