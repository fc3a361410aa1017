import type { ClientSession } from 'mongodb';
import type { Model } from 'mongoose';
import { refusedByUniqueIndex } from '../../db/errors';
import { ResponseModel, type ResponseDoc } from '../response/response.model';
import {
  addCounts,
  counterKeyOf,
  placementsOf,
  recoveryCounts,
  recoveryLinkId,
  withoutZeros,
  type Counts,
  type DocumentPlacement,
  type SegmentSource,
  type SeriesIdentity,
} from './report.keys';
import { DayCountsModel, MonthCountsModel, type PendingLinkMove, type RecoveryLink } from './report.model';

// The write side of reports: every new response adds to the pre-aggregated counts with
// single-document `$inc` upserts, which the server applies atomically, so concurrent
// writers never lose an increment and no transaction is needed.
//
// Every increment is tagged, so that a step the recording pipeline runs again after a
// crash never counts twice: the update adds its tag to the document's `applied` list and
// only matches a document that does not have it yet. Once the pipeline has recorded the
// step as done, it pulls the tags again (`removeSeriesTag`), so `applied` stays short.

export type UpsertOperation = {
  updateOne: { filter: Record<string, unknown>; update: Record<string, unknown>; upsert: true };
};

function prefixed(prefix: string, counts: Counts): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [`${prefix}.${key}`, value]));
}

/**
 * Runs tagged upserts. A duplicate key answers two different things: another writer
 * created the document first (a retry then updates it), or the document exists and holds
 * the tag already (the retry answers a duplicate key again: nothing left to do). Inside a
 * transaction (`session`) the first error aborts it: its caller runs them again without one.
 */
export async function upsertAll<T>(
  model: Model<T>,
  operations: UpsertOperation[],
  session?: ClientSession,
  isRetry = false,
): Promise<void> {
  if (operations.length === 0) return;
  try {
    await model.collection.bulkWrite(operations as never, { ordered: false, session });
  } catch (error) {
    if (session) throw error;
    const refused = refusedByUniqueIndex(error);
    if (isRetry) return;
    await upsertAll(
      model,
      refused.map((index) => operations[index]).filter((operation) => operation !== undefined),
      undefined,
      true,
    );
  }
}

/**
 * The upsert that adds `increments` (dotted paths) to the counts document `_id`, creating it
 * with `identity` when missing. With a `tag`, once per tag: the update adds the tag to
 * `applied`, and a document holding it does not match. Untagged only in a transaction that
 * also records its step as done, so that it can never run twice.
 */
export function countsUpsert(
  _id: string,
  identity: object,
  increments: Record<string, number>,
  tag?: string,
): UpsertOperation {
  return {
    updateOne: {
      filter: tag ? { _id, applied: { $ne: tag } } : { _id },
      update: { $inc: increments, ...(tag ? { $push: { applied: tag } } : {}), $setOnInsert: identity },
      upsert: true,
    },
  };
}

function taggedUpsertOf(
  { _id, identity, path }: DocumentPlacement<SeriesIdentity>,
  counts: Counts,
  tag: string,
): UpsertOperation {
  return countsUpsert(_id, identity, prefixed(path, counts), tag);
}

/**
 * Adds `counts` to every series a response counts in, at the response's answered-at time
 * (the day counts of its UTC month document and the quarter-hour counts of its UTC day),
 * once per `tag` however often it runs.
 */
export async function addToSeries(
  workspaceId: string,
  segments: SegmentSource,
  answeredAt: Date,
  counts: Counts,
  tag: string,
): Promise<void> {
  const nonZero = withoutZeros(counts);
  if (Object.keys(nonZero).length === 0) return;
  const placements = placementsOf(workspaceId, segments, answeredAt);
  await Promise.all([
    upsertAll(
      MonthCountsModel,
      placements.map(({ month }) => taggedUpsertOf(month, nonZero, tag)),
    ),
    upsertAll(
      DayCountsModel,
      placements.map(({ day }) => taggedUpsertOf(day, nonZero, tag)),
    ),
  ]);
}

/** Forgets `tag` in every document `addToSeries` gave it to: only once its step is recorded done. */
export async function removeSeriesTag(
  workspaceId: string,
  segments: SegmentSource,
  answeredAt: Date,
  tag: string,
): Promise<void> {
  const placements = placementsOf(workspaceId, segments, answeredAt);
  await removeTag(
    tag,
    placements.map(({ month }) => month._id),
    placements.map(({ day }) => day._id),
  );
}

/** Pulls `tag` from the `applied` list of the given month and day counts documents. */
export async function removeTag(tag: string, monthIds: string[], dayIds: string[]): Promise<void> {
  const pull = (model: Model<never>, ids: string[]) =>
    ids.length === 0
      ? undefined
      : model.collection.updateMany({ _id: { $in: ids } } as never, { $pull: { applied: tag } } as never);
  await Promise.all([pull(MonthCountsModel as never, monthIds), pull(DayCountsModel as never, dayIds)]);
}

/** The tag of a response's own count. */
function responseTag(response: Pick<ResponseDoc, '_id'>): string {
  return `r:${response._id.toHexString()}`;
}

/** Counts a stored response in the report aggregates (at most once, however often it runs). */
export async function countResponseInReports(response: ResponseDoc): Promise<void> {
  await addToSeries(
    response.workspaceId,
    response,
    response.answeredAt,
    { [counterKeyOf(response)]: 1 },
    responseTag(response),
  );
}

/** Pulls the tag `countResponseInReports` left, once that step is recorded done. */
export async function untagResponseCounts(response: ResponseDoc): Promise<void> {
  await removeSeriesTag(response.workspaceId, response, response.answeredAt, responseTag(response));
}

type NpsAnswerRef = Pick<ResponseDoc, '_id' | 'workspaceId' | 'contactId' | 'answeredAt'>;

/**
 * The contact's NPS answer right before or after `answer`, in the order the loyalty snapshot
 * uses: answered-at time, ties by id. One index range on answered-at
 * (no `$or`, which a planner may turn into a scan); answers at the same instant are passed
 * over until the id order says which side of `answer` they are on.
 */
async function neighbourNpsAnswer(answer: NpsAnswerRef, direction: 'before' | 'after'): Promise<ResponseDoc | null> {
  const before = direction === 'before';
  const order = before ? -1 : 1;
  const answers = ResponseModel.find({
    workspaceId: answer.workspaceId,
    contactId: answer.contactId,
    metric: 'NPS',
    answeredAt: { [before ? '$lte' : '$gte']: answer.answeredAt },
  })
    .sort({ answeredAt: order, _id: order })
    .lean<ResponseDoc>()
    .cursor({ batchSize: 4 });
  const at = answer.answeredAt.getTime();
  const id = answer._id.toHexString();
  for await (const candidate of answers as AsyncIterable<ResponseDoc>) {
    if (candidate.answeredAt.getTime() !== at) return candidate;
    const candidateId = candidate._id.toHexString();
    if (before ? candidateId < id : candidateId > id) return candidate;
  }
  return null;
}

/**
 * A new NPS answer can change whether two detractor answers count as recovered: its own
 * (its next answer may already exist when it arrives late) and the one just before it
 * (whose next answer it now is). Runs under the contact's recording lease, so no other
 * process moves this contact's links meanwhile.
 */
export async function refreshRecoveryLinks(response: ResponseDoc): Promise<void> {
  if (response.metric !== 'NPS') return;
  const previous = await neighbourNpsAnswer(response, 'before');
  for (const answer of [previous, response]) {
    if (answer?.category === 'DETRACTOR') await settleRecoveryLink(answer);
  }
}

/**
 * Brings one detractor answer's stored "next answer" (its `recoveryLink`) up to date and moves
 * its recovery counts by the difference, in steps that survive a crash between any two of
 * them: the link records the move with its count change as `pending`, the change is added
 * (tagged), marked applied, its tags pulled, and `pending` cleared. Running it again resumes.
 */
async function settleRecoveryLink(answer: ResponseDoc): Promise<void> {
  const linkId = recoveryLinkId(answer.workspaceId, answer._id.toHexString());
  const stored = await ResponseModel.findOne({ _id: answer._id, workspaceId: answer.workspaceId })
    .select({ recoveryLink: 1 })
    .lean<Pick<ResponseDoc, 'recoveryLink'>>()
    .exec();
  const link: RecoveryLink = stored?.recoveryLink ?? { nextResponseId: null, nextCategory: null };
  if (link.pending) await finishLinkMove(answer, link.pending);

  const next = await neighbourNpsAnswer(answer, 'after');
  const nextId = next?._id ?? null;
  if ((link.nextResponseId === null && nextId === null) || (nextId && link.nextResponseId?.equals(nextId))) return;
  const move: PendingLinkMove = {
    tag: `l:${linkId}:${link.nextResponseId?.toHexString() ?? '-'}>${nextId?.toHexString() ?? '-'}`,
    counts: addCounts(
      recoveryCounts({ hasNext: next !== null, nextCategory: next?.category ?? null }),
      recoveryCounts({ hasNext: link.nextResponseId !== null, nextCategory: link.nextCategory }),
      -1,
    ),
    applied: false,
  };
  const moved: RecoveryLink = { nextResponseId: nextId, nextCategory: next?.category ?? null, pending: move };
  await ResponseModel.updateOne({ _id: answer._id }, { $set: { recoveryLink: moved } }).exec();
  await finishLinkMove(answer, move);
}

async function finishLinkMove(answer: ResponseDoc, move: PendingLinkMove): Promise<void> {
  const ofThisMove = { _id: answer._id, 'recoveryLink.pending.tag': move.tag };
  if (!move.applied) {
    await addToSeries(answer.workspaceId, answer, answer.answeredAt, move.counts, move.tag);
    await ResponseModel.updateOne(ofThisMove, { $set: { 'recoveryLink.pending.applied': true } }).exec();
  }
  await removeSeriesTag(answer.workspaceId, answer, answer.answeredAt, move.tag);
  await ResponseModel.updateOne(ofThisMove, { $set: { 'recoveryLink.pending': null } }).exec();
}
