import mongoose, { Schema, type Types } from 'mongoose';
import type { SurveyMetric } from '../../loyalty';
import type { CsatSnapshotDoc, LoyaltySnapshotDoc } from '../contact/contact.model';
import type { RecoveryLinkDoc } from '../report/report.model';

// A batch of imported answers (recording.batch.ts) and, once computed, everything the
// recording pipeline would have done for them, stored before any of it is applied so that
// a crash at any point leaves a batch the sweep can finish.

/**
 * `inserting`: the answers may be stored, nothing else is. `stored`: the change set is
 * stored and may be partly applied. `applied`: applied; only the tags remain to pull.
 * A batch of a counts group (an import's batches whose report counts are summed and written
 * once): `counting`: all applied but its counts, which its change set keeps;
 * `countsApplied`: the group's counts are applied, their tags remain to pull.
 */
export type ImportBatchState = 'inserting' | 'stored' | 'applied' | 'counting' | 'countsApplied' | 'done';

/** What to add to one counts document: `[path, amount]` pairs, and its series for a new document. */
export interface CountsChange {
  _id: string;
  identity: Record<string, unknown>;
  increments: [path: string, amount: number][];
}

/** A contact's snapshots after the batch; null where the batch has no answer of that metric. */
export interface ContactChange {
  _id: Types.ObjectId;
  loyalty: LoyaltySnapshotDoc | null;
  csat: CsatSnapshotDoc | null;
  lastAnsweredAt: Partial<Record<SurveyMetric, Date>>;
}

/** A recovery link as it is after the batch; `stored` when it was there before. */
export interface LinkChange {
  link: RecoveryLinkDoc;
  stored: boolean;
}

export interface BatchChanges {
  months: CountsChange[];
  days: CountsChange[];
  links: LinkChange[];
  contacts: ContactChange[];
}

export interface ImportBatchDoc {
  /** Also the tag of the batch's increments: `b:<_id>`. */
  _id: string;
  workspaceId: string;
  state: ImportBatchState;
  /** The contacts whose leases the batch holds; emptied once done. */
  contactIds: Types.ObjectId[];
  /** The ids given to the batch's answers before they are inserted; emptied once done. */
  responseIds: Types.ObjectId[];
  changes: BatchChanges | null;
  /** Answers the batch stored (the others were there already), once known. */
  stored: number | null;
  /** The counts group whose single write counts the batch's answers in the reports; null: the batch counts them itself. */
  countsGroup: string | null;
  /**
   * A `counting` batch's report counts (its change set's `months` and `days`) as JSON: one
   * string is written several times faster than the thousands of values it holds.
   */
  counts: string | null;
  createdAt: Date;
}

const importBatchSchema = new Schema<ImportBatchDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    state: {
      type: String,
      enum: ['inserting', 'stored', 'applied', 'counting', 'countsApplied', 'done'],
      required: true,
    },
    contactIds: { type: [Schema.Types.ObjectId], default: [] },
    responseIds: { type: [Schema.Types.ObjectId], default: [] },
    changes: { type: Schema.Types.Mixed, default: null },
    stored: { type: Number, default: null },
    countsGroup: { type: String, default: null },
    counts: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, autoIndex: false },
);
// Unfinished batches, for the sweep and for the pipeline's check that a contact has none.
importBatchSchema.index({ workspaceId: 1, state: 1 });

export const ImportBatchModel = mongoose.model<ImportBatchDoc>('ImportBatch', importBatchSchema, 'import_batches');
