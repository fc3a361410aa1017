import mongoose, { Schema, type Types } from 'mongoose';
import type { LoyaltyCategory, SurveyMetric } from '../../loyalty';
import type { CsatSnapshotDoc, LoyaltySnapshotDoc } from '../contact/contact.model';
import type { Counts } from '../report/report.keys';

// A batch of imported answers (recording.batch.ts) and, once computed, everything the
// recording pipeline would have done for them, stored before any of it is applied so that
// a crash at any point leaves a batch the sweep can finish.

/**
 * `inserting`: the answers may be stored, nothing else is. `stored`: the change set is
 * stored and may be partly applied. `counting`: all applied but the report counts, which
 * the batch's counts group (an import's batches, whose counts are summed and written once)
 * writes; the batch keeps what its answers add to them. `countsApplied`: the group's counts
 * are written, their tags remain to pull.
 */
export type ImportBatchState = 'inserting' | 'stored' | 'counting' | 'countsApplied' | 'done';

/**
 * What one answer adds to the report counts where it counts: a new answer its own counter
 * (and its recovery link's), a stored detractor answer the change of its moved link.
 */
export interface AnswerCounts {
  responseId: Types.ObjectId;
  counts: Counts;
}

/** A contact's snapshots after the batch; null where the batch has no answer of that metric. */
export interface ContactChange {
  _id: Types.ObjectId;
  loyalty: LoyaltySnapshotDoc | null;
  csat: CsatSnapshotDoc | null;
  lastAnsweredAt: Partial<Record<SurveyMetric, Date>>;
}

/** A detractor answer's recovery link (`ResponseDoc.recoveryLink`) as it is after the batch. */
export interface LinkChange {
  responseId: Types.ObjectId;
  nextResponseId: Types.ObjectId | null;
  nextCategory: LoyaltyCategory | null;
}

export interface BatchChanges {
  counts: AnswerCounts[];
  links: LinkChange[];
  contacts: ContactChange[];
}

export interface ImportBatchDoc {
  /** Also the tag of the batch's increments: `b:<_id>`. */
  _id: string;
  workspaceId: string;
  state: ImportBatchState;
  /**
   * The batch's contacts, emptied once done: while it is `inserting` or `stored` the pipeline
   * leaves them alone, and until it is done an erasure of one of them waits for it.
   */
  contactIds: Types.ObjectId[];
  /** The ids given to the batch's answers before they are inserted; emptied once done. */
  responseIds: Types.ObjectId[];
  changes: BatchChanges | null;
  /** Answers the batch stored (the others were there already), once known. */
  stored: number | null;
  /** The counts group whose single write counts the batch's answers in the reports. */
  countsGroup: string;
  /** A `counting` batch's answers' report counts (its change set's `counts`), for the sweep, as JSON. */
  counts: string | null;
  createdAt: Date;
}

const importBatchSchema = new Schema<ImportBatchDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    state: {
      type: String,
      enum: ['inserting', 'stored', 'counting', 'countsApplied', 'done'],
      required: true,
    },
    contactIds: { type: [Schema.Types.ObjectId], default: [] },
    responseIds: { type: [Schema.Types.ObjectId], default: [] },
    changes: { type: Schema.Types.Mixed, default: null },
    stored: { type: Number, default: null },
    countsGroup: { type: String, required: true },
    counts: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, autoIndex: false },
);
// Unfinished batches, for the sweep and for the pipeline's check that a contact has none.
importBatchSchema.index({ workspaceId: 1, state: 1 });

export const ImportBatchModel = mongoose.model<ImportBatchDoc>('ImportBatch', importBatchSchema, 'import_batches');
