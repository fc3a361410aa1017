import { mongo, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../../db/errors';
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
import { DayCountsModel, MonthCountsModel, RecoveryLinkModel, type RecoveryLinkDoc } from './report.model';

// The write side of reports: every new response adds to the pre-aggregated counts with
// single-document `$inc` upserts, which the server applies atomically, so concurrent
// writers never lose an increment and no transaction is needed. Duplicate deliveries never
// get here (response dedup comes first).

type UpsertOperation = { updateOne: { filter: { _id: string }; update: Record<string, unknown>; upsert: true } };

function prefixed(prefix: string, counts: Counts): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [`${prefix}.${key}`, value]));
}

/**
 * Runs upserts. Two concurrent first upserts of one id can both try to insert, and one
 * fails with a duplicate key: the document exists then, so its retried upsert updates it.
 */
async function upsertAll<T>(model: Model<T>, operations: UpsertOperation[], attempt = 1): Promise<void> {
  if (operations.length === 0) return;
  try {
    await model.collection.bulkWrite(operations as never, { ordered: false });
  } catch (error) {
    if (!(error instanceof mongo.MongoBulkWriteError) || attempt >= 3) throw error;
    const failures = [error.writeErrors].flat();
    if (failures.length === 0 || failures.some((failure) => failure.code !== 11000)) throw error;
    await upsertAll(
      model,
      failures.map((failure) => operations[failure.index]).filter((operation) => operation !== undefined),
      attempt + 1,
    );
  }
}

function upsertOf({ _id, identity, path }: DocumentPlacement<SeriesIdentity>, counts: Counts): UpsertOperation {
  return {
    updateOne: { filter: { _id }, update: { $inc: prefixed(path, counts), $setOnInsert: identity }, upsert: true },
  };
}

/**
 * Adds `counts` to every series a response counts in, at the response's answered-at time:
 * to the day counts of its UTC month document and the quarter-hour counts of its UTC day.
 */
export async function addToSeries(
  workspaceId: string,
  segments: SegmentSource,
  answeredAt: Date,
  counts: Counts,
): Promise<void> {
  const nonZero = withoutZeros(counts);
  if (Object.keys(nonZero).length === 0) return;
  const placements = placementsOf(workspaceId, segments, answeredAt);
  await Promise.all([
    upsertAll(
      MonthCountsModel,
      placements.map(({ month }) => upsertOf(month, nonZero)),
    ),
    upsertAll(
      DayCountsModel,
      placements.map(({ day }) => upsertOf(day, nonZero)),
    ),
  ]);
}

/** Counts a newly stored response (never a duplicate) in the report aggregates. */
export async function countResponseInReports(response: ResponseDoc): Promise<void> {
  await addToSeries(response.workspaceId, response, response.answeredAt, { [counterKeyOf(response)]: 1 });
  if (response.metric === 'NPS') await refreshRecoveryLinks(response);
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
 * (whose next answer it now is).
 */
export async function refreshRecoveryLinks(response: ResponseDoc): Promise<void> {
  const previous = await neighbourNpsAnswer(response, 'before');
  for (const answer of [previous, response]) {
    if (answer?.category === 'DETRACTOR') await settleRecoveryLink(answer);
  }
}

const MAX_LINK_ATTEMPTS = 10;

/**
 * Brings one detractor answer's stored "next answer" up to date and moves its recovery
 * counts by the difference. The stored link changes by compare-and-set, so among
 * concurrent writers exactly one applies each change; a next answer only ever moves to an
 * earlier one, so a stale writer's compare fails and it re-reads.
 */
export async function settleRecoveryLink(answer: ResponseDoc): Promise<void> {
  const linkId = recoveryLinkId(answer.workspaceId, answer._id.toHexString());
  for (let attempt = 0; attempt < MAX_LINK_ATTEMPTS; attempt += 1) {
    let link = await RecoveryLinkModel.findById(linkId).lean<RecoveryLinkDoc>().exec();
    if (!link) {
      const fresh = {
        _id: linkId,
        workspaceId: answer.workspaceId,
        responseId: answer._id,
        nextResponseId: null,
        nextCategory: null,
      };
      try {
        await RecoveryLinkModel.collection.insertOne(fresh as never);
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      link = fresh;
    }
    const next = await neighbourNpsAnswer(answer, 'after');
    const nextId = next?._id ?? null;
    if ((link.nextResponseId === null && nextId === null) || (nextId && link.nextResponseId?.equals(nextId))) return;
    const result = await RecoveryLinkModel.updateOne(
      { _id: linkId, nextResponseId: link.nextResponseId },
      { $set: { nextResponseId: nextId, nextCategory: next?.category ?? null } },
    ).exec();
    if (result.modifiedCount !== 1) continue;
    const delta = addCounts(
      recoveryCounts({ hasNext: next !== null, nextCategory: next?.category ?? null }),
      recoveryCounts({ hasNext: link.nextResponseId !== null, nextCategory: link.nextCategory }),
      -1,
    );
    await addToSeries(answer.workspaceId, answer, answer.answeredAt, delta);
    return;
  }
  // Only reachable under a storm of concurrent answers by one contact; `report:verify` finds
  // the difference and `report:rebuild` repairs it.
  console.warn(`[report] recovery link ${linkId} did not settle after ${MAX_LINK_ATTEMPTS} attempts`);
}
