import mongoose, { Schema, type Model, type Types } from 'mongoose';
import type { LoyaltyCategory } from '../../loyalty';
import { SEGMENT_DIMENSIONS, type Counts, type Dimension } from './report.keys';

// Pre-aggregated report counts. Every document has a deterministic string id that starts
// with the workspace id, so every write is one single-document `$inc` upsert by id (no
// transactions), and the compound indexes start with the workspace id too.
//

/** Day counts of one series for one UTC month: `days.dNN.<counter>`. */
export interface MonthCountsDoc {
  _id: string;
  workspaceId: string;
  dimension: Dimension;
  value: string | null;
  /** First instant of the UTC month. */
  month: Date;
  days: Record<string, Counts>;
}

/** Quarter-hour counts of one series for one UTC day: `slots.qNN.<counter>`. */
export interface DayCountsDoc {
  _id: string;
  workspaceId: string;
  dimension: Dimension;
  value: string | null;
  /** First instant of the UTC day. */
  day: Date;
  slots: Record<string, Counts>;
}

/** The next NPS answer of the contact after one detractor answer, as last counted. */
export interface RecoveryLinkDoc {
  _id: string;
  workspaceId: string;
  responseId: Types.ObjectId;
  nextResponseId: Types.ObjectId | null;
  nextCategory: LoyaltyCategory | null;
}

const seriesFields = {
  _id: { type: String, required: true },
  workspaceId: { type: String, required: true },
  dimension: { type: String, required: true },
  value: { type: String, default: null },
};

const monthCountsSchema = new Schema<MonthCountsDoc>(
  { ...seriesFields, month: { type: Date, required: true }, days: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, autoIndex: false, minimize: false },
);
monthCountsSchema.index({ workspaceId: 1, dimension: 1, month: 1, value: 1 });

const dayCountsSchema = new Schema<DayCountsDoc>(
  { ...seriesFields, day: { type: Date, required: true }, slots: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, autoIndex: false, minimize: false },
);
dayCountsSchema.index({ workspaceId: 1, dimension: 1, day: 1, value: 1 });

const recoveryLinkSchema = new Schema<RecoveryLinkDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    responseId: { type: Schema.Types.ObjectId, required: true },
    nextResponseId: { type: Schema.Types.ObjectId, default: null },
    nextCategory: { type: String, enum: ['PROMOTER', 'PASSIVE', 'DETRACTOR'], default: null },
  },
  { versionKey: false, autoIndex: false },
);
recoveryLinkSchema.index({ workspaceId: 1, responseId: 1 });

export const RecoveryLinkModel = mongoose.model<RecoveryLinkDoc>(
  'ReportRecoveryLink',
  recoveryLinkSchema,
  'report_recovery_links',
);

const DIMENSIONS: Dimension[] = ['all', ...SEGMENT_DIMENSIONS];

// One pair of collections per dimension: a report reads one dimension, and a backend that
// scans whole collections (FerretDB's SQLite) then scans only that dimension's documents.
const monthModels = new Map(
  DIMENSIONS.map((dimension) => [
    dimension,
    mongoose.model<MonthCountsDoc>(
      `ReportMonthCounts_${dimension}`,
      monthCountsSchema.clone(),
      `report_month_counts_${dimension}`,
    ),
  ]),
);
const dayModels = new Map(
  DIMENSIONS.map((dimension) => [
    dimension,
    mongoose.model<DayCountsDoc>(
      `ReportDayCounts_${dimension}`,
      dayCountsSchema.clone(),
      `report_day_counts_${dimension}`,
    ),
  ]),
);

/** Day counts (one document per series and UTC month) of a dimension. */
export function monthCountsModelFor(dimension: Dimension): Model<MonthCountsDoc> {
  const model = monthModels.get(dimension);
  if (!model) throw new RangeError(`Unknown dimension ${dimension}`);
  return model;
}

/** Quarter-hour counts (one document per series and UTC day) of a dimension. */
export function dayCountsModelFor(dimension: Dimension): Model<DayCountsDoc> {
  const model = dayModels.get(dimension);
  if (!model) throw new RangeError(`Unknown dimension ${dimension}`);
  return model;
}

/** Every model of the report module, for index creation and rebuilds. */
export const REPORT_MODELS: Model<never>[] = [
  ...monthModels.values(),
  ...dayModels.values(),
  RecoveryLinkModel,
] as unknown as Model<never>[];
