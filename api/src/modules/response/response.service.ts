import { Types } from 'mongoose';
import { assertCan, type Viewer } from '../../auth/viewer';
import {
  cursorCodec,
  keyset,
  keysetFilter,
  keysetSort,
  paginate,
  type CountedConnection,
  type PageArgs,
} from '../../graphql/pagination';
import type { SurveyMetric } from '../../loyalty';
import { parseInput } from '../../validation';
import type { Loaders } from '../../graphql/loaders';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { isDuplicateKeyError } from '../../db/errors';
import { findOrCreateContact } from '../contact/contact.service';
import {
  finishContactRecordings,
  RECORDING_STEPS,
  rerunSnapshotStep,
  type PipelineOptions,
} from '../recording/recording.pipeline';
import { newResponseFields } from './response.fields';
import { responseCommentSchema, responseValuesSchema } from './response.input';
import { recordContactActivity } from '../activity/activity.service';
import { ResponseModel, type ResponseDoc } from './response.model';

export interface RecordResponseInput {
  contact: { externalId?: string | null; email?: string | null; name?: string | null; company?: string | null };
  [field: string]: unknown;
}

export interface RecordResponseResult {
  response: ResponseDoc;
  contact: ContactDoc;
  duplicate: boolean;
}

/**
 * Records one answer. Everything is validated before the first write, so bad input
 * stores nothing. The answer is stored with every recording step still to do, then the
 * recording pipeline does them. Idempotent by (source, sourceId): a repeated delivery
 * returns the stored answer, finishing what an earlier delivery left undone.
 */
export async function recordResponse(
  viewer: Viewer,
  input: RecordResponseInput,
  now = new Date(),
  pipeline: PipelineOptions = {},
): Promise<RecordResponseResult> {
  const { workspaceId } = assertCan(viewer, 'response:record');
  const values = parseInput(responseValuesSchema(now), input);

  const earlier = await ResponseModel.findOne({ workspaceId, source: values.source, sourceId: values.sourceId })
    .lean<ResponseDoc>()
    .exec();
  if (earlier) return finishRecording(earlier, true, pipeline);

  const contact = await findOrCreateContact(workspaceId, input.contact, 'contact.');
  let response: ResponseDoc;
  try {
    const created = await ResponseModel.create({
      ...newResponseFields(workspaceId, values, contact, now),
      pending: [...RECORDING_STEPS],
    });
    response = created.toObject<ResponseDoc>();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // The same delivery arrived concurrently and won the insert.
    const winner = await ResponseModel.findOne({ workspaceId, source: values.source, sourceId: values.sourceId })
      .lean<ResponseDoc>()
      .exec();
    if (!winner) throw error;
    return finishRecording(winner, true, pipeline);
  }
  return finishRecording(response, false, pipeline);
}

async function finishRecording(
  response: ResponseDoc,
  duplicate: boolean,
  pipeline: PipelineOptions,
): Promise<RecordResponseResult> {
  if (response.pending.length > 0) {
    await finishContactRecordings(response.workspaceId, response.contactId, pipeline);
    // Also for a retried delivery that finished an interrupted recording: the panel missed it.
    await recordContactActivity(response.workspaceId, response.contactId, 'RESPONSE_RECORDED');
  }
  // Read without 'contact:read': a recorder gets back the contact it recorded for, and a
  // webhook's integration viewer may record but not read contacts.
  const contact = await ContactModel.findOne({ _id: response.contactId, workspaceId: response.workspaceId })
    .lean<ContactDoc>()
    .exec();
  if (!contact) throw new Error(`The contact of response ${response._id.toHexString()} is missing`);
  return { response, contact, duplicate };
}

/**
 * Sets the comment of a stored answer, found by (source, sourceId): for survey tools that
 * send the comment after the score (Survicate). Counts do not change; the contact's loyalty
 * snapshot, which shows the latest NPS comment, is refreshed. Null when no such answer is
 * stored (yet). `changed` is false when the answer already had this comment.
 */
export async function amendResponseComment(
  viewer: Viewer,
  input: { source: string; sourceId: string; comment: string | null },
): Promise<{ response: ResponseDoc; changed: boolean } | null> {
  const { workspaceId } = assertCan(viewer, 'response:record');
  const { source, sourceId, comment } = parseInput(responseCommentSchema, input);
  const before = await ResponseModel.findOneAndUpdate(
    { workspaceId, source, sourceId },
    { $set: { comment } },
    { returnDocument: 'before' },
  )
    .lean<ResponseDoc>()
    .exec();
  if (!before) return null;
  const response = { ...before, comment };
  // Also when unchanged: a retry after a failed refresh must still refresh.
  if (response.metric === 'NPS') await rerunSnapshotStep(response);
  if (before.comment !== comment) await recordContactActivity(workspaceId, response.contactId, 'RESPONSE_RECORDED');
  return { response, changed: before.comment !== comment };
}

export type ResponsePage = CountedConnection<ResponseDoc>;

/** Newest answered first, ties broken by insertion order. */
const RESPONSES_KEYSET = keyset(
  cursorCodec({ answeredAt: 'time', id: 'id' }),
  [
    { key: 'answeredAt', path: 'answeredAt', direction: -1 },
    { key: 'id', path: '_id', direction: -1 },
  ],
  (response: ResponseDoc) => ({ answeredAt: response.answeredAt, id: response._id }),
);

/** A contact's answers, newest answered first (ties broken by insertion order). */
export async function listContactResponses(
  viewer: Viewer,
  contact: ContactDoc,
  args: PageArgs & { metric?: SurveyMetric | null },
): Promise<ResponsePage> {
  const { workspaceId } = assertCan(viewer, 'contact:read');
  const scope: Record<string, unknown> = { workspaceId, contactId: contact._id };
  if (args.metric) scope.metric = args.metric;
  return paginate(
    RESPONSES_KEYSET,
    args,
    ({ after, limit }) =>
      ResponseModel.find(keysetFilter(RESPONSES_KEYSET, scope, after))
        .sort(keysetSort(RESPONSES_KEYSET))
        .limit(limit)
        .lean<ResponseDoc[]>()
        .exec(),
    () => ResponseModel.countDocuments(scope).exec(),
  );
}

/** One response of the caller's workspace, or null, through the request's loader. */
export async function findResponse(
  viewer: Viewer,
  loaders: Pick<Loaders, 'response'>,
  id: Types.ObjectId,
): Promise<ResponseDoc | null> {
  assertCan(viewer, 'contact:read');
  return loaders.response.load(id.toHexString());
}

/** Responses of the workspace by id (hex), in the order of `ids`, null where none: one query. */
export async function responsesByIds(workspaceId: string, ids: readonly string[]): Promise<(ResponseDoc | null)[]> {
  // `_id` first: SecantusDB plans `{ _id, workspaceId }` on the _id index, `{ workspaceId, _id }` far slower.
  const found = await ResponseModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) }, workspaceId })
    .lean<ResponseDoc[]>()
    .exec();
  const byId = new Map(found.map((response) => [response._id.toHexString(), response]));
  return ids.map((id) => byId.get(id) ?? null);
}
