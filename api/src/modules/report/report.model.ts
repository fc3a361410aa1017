import mongoose, { Schema, type Model, type Types } from 'mongoose';
import type { LoyaltyCategory } from '../../loyalty';
import type { Counts, SeriesIdentity } from './report.keys';

// Pre-aggregated report counts. Every document has a deterministic string id that starts
// with the workspace id, so every write is one single-document `$inc` upsert by id (no
// transactions), and the compound indexes start with the workspace id too.

/** What every counts document has: its series, and the tags of increments in flight. */
interface CountsDocument extends SeriesIdentity {
  _id: string;
  /** Tags of the increments whose recording step is not recorded done yet (see report.counts.ts). */
  applied?: string[];
}

/** Day counts of one series for one UTC month: `days.dNN.<counter>`. */
export interface MonthCountsDoc extends CountsDocument {
  /** First instant of the UTC month. */
  month: Date;
  days: Record<string, Counts>;
}

/** Quarter-hour counts of one series for one UTC day: `slots.qNN.<counter>`. */
export interface DayCountsDoc extends CountsDocument {
  /** First instant of the UTC day. */
  day: Date;
  slots: Record<string, Counts>;
}

/**
 * The next NPS answer of the contact after one detractor answer, as last counted in the
 * recovery counters. Kept on the detractor answer itself (`ResponseDoc.recoveryLink`): absent
 * means no next answer counted and no move in flight.
 */
export interface RecoveryLink {
  nextResponseId: Types.ObjectId | null;
  nextCategory: LoyaltyCategory | null;
  /** A move of the next answer whose count change is not fully written yet. */
  pending?: PendingLinkMove | null;
}

/** The count change of one move of a link, and whether it has been added to the series. */
export interface PendingLinkMove {
  tag: string;
  counts: Counts;
  applied: boolean;
}

const seriesFields = {
  _id: { type: String, required: true },
  workspaceId: { type: String, required: true },
  dimension: { type: String, required: true },
  value: { type: String, default: null },
  applied: { type: [String], default: undefined },
};

const monthCountsSchema = new Schema<MonthCountsDoc>(
  { ...seriesFields, month: { type: Date, required: true }, days: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, autoIndex: false, minimize: false },
);
monthCountsSchema.index({ workspaceId: 1, dimension: 1, month: 1, value: 1 });

export const MonthCountsModel = mongoose.model<MonthCountsDoc>(
  'ReportMonthCounts',
  monthCountsSchema,
  'report_month_counts',
);

const dayCountsSchema = new Schema<DayCountsDoc>(
  { ...seriesFields, day: { type: Date, required: true }, slots: { type: Schema.Types.Mixed, default: {} } },
  { versionKey: false, autoIndex: false, minimize: false },
);
dayCountsSchema.index({ workspaceId: 1, dimension: 1, day: 1, value: 1 });

export const DayCountsModel = mongoose.model<DayCountsDoc>('ReportDayCounts', dayCountsSchema, 'report_day_counts');

/** Every model of the report module, for index creation and rebuilds. */
export const REPORT_MODELS: Model<never>[] = [MonthCountsModel, DayCountsModel] as unknown as Model<never>[];
