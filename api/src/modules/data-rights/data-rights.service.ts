import type { ContactEraseInput } from '../../__generated__/resolvers-types';
import { Types } from 'mongoose';
import { z } from 'zod';
import { assertCan, type Viewer } from '../../auth/viewer';
import { isDuplicateKeyError } from '../../db/errors';
import { setMovingUniqueKeys } from '../../db/unique-keys';
import { notFound } from '../../errors';
import { startPeriodic, type PeriodicJob } from '../../periodic';
import { parseInput } from '../../validation';
import { AlertDeliveryModel, type AlertDeliveryDoc } from '../alert/alert.model';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { FollowUpModel, type FollowUpDoc } from '../follow-up/follow-up.model';
import { ImportBatchModel, type ImportBatchDoc } from '../recording/recording.batch.model';
import { acquireContactLease } from '../recording/recording.lease';
import { finishContactRecordings, RECORDING_STEPS } from '../recording/recording.pipeline';
import { addToSeries, removeSeriesTag } from '../report/report.counts';
import { addCounts, counterKeyOf, recoveryCounts, type Counts } from '../report/report.keys';
import type { RecoveryLink } from '../report/report.model';
import { ResponseModel, type ResponseDoc } from '../response/response.model';
import { WorkspaceModel } from '../workspace/workspace.model';
import {
  ContactErasureModel,
  ERASURE_STEPS,
  erasureIdOf,
  type ContactErasureDoc,
  type ErasureStep,
} from './data-rights.model';

// Data rights: everything stored about one contact, as JSON (`GET /export/contacts/<id>`),
// and the erasure of a contact with every copy of its personal data.
//
// Erasure works like the recording pipeline (recording.pipeline.ts): the erasure document
// is stored first with every step still to do in `pending`, each step is pulled only after
// it ran, and each can run again without effect, so a process that dies part-way leaves an
// erasure that asking again, or the sweep (at startup and every 30 s), finishes:
//
//   detach ─▶ alerts ─▶ followUps ─▶ answers ───────────────────────────▶ imports ─▶ contact
//   keys and  outbox    follow-ups,  per answer: counts subtracted        import     the
//   personal  deliveries logged      (tagged, listed in `subtracted`),    batches    contact
//   fields    mentioning actions     tags pulled, recovery link and       mention    document
//   cleared   it deleted  deleted    answer deleted                       pulled
//
// Subtracting an answer's counts uses the pipeline's tag protocol (`addToSeries` with the
// tag `e:<answer>`): the update matches only documents without the tag, so running it again
// subtracts nothing twice; the answer is then listed in the erasure's `subtracted`, which
// a later run reads instead of the tag, before the tags are pulled. An answer counts once
// for its score and, for a detractor answer, once more for its recovery link: both are
// subtracted in the same tagged update, read from the stored link. Recovery links only join
// answers of the same contact, so the links of erased answers, and the links whose next
// answer was erased, are all links of erased answers: they are deleted with them.
//
// The steps after `detach` run under the contact's recording lease, once the contact's
// answers still being recorded are finished and no import batch holding them is left
// unfinished (the recording sweep finishes those): nothing else changes the contact's
// answers, links or counts meanwhile.

/** What the tests use to stop an erasure on purpose. */
export interface ErasureOptions {
  /** How long to wait for another process working through the contact's answers. */
  leaseWaitMs?: number;
  /**
   * Called after each step ran and before it is recorded done, and after each answer's
   * counts are subtracted (`answer-subtracted`) or the answer is removed (`answer-removed`).
   */
  afterStep?: (step: ErasureStep | 'answer-subtracted' | 'answer-removed') => Promise<void> | void;
}

const DEFAULT_LEASE_WAIT_MS = 10_000;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

const contactEraseSchema = z.object({ id: z.string() }).strict();

/** A contact id of the caller's workspace, or NOT_FOUND (a malformed id is just not found). */
function contactIdOf(id: string): Types.ObjectId {
  if (!OBJECT_ID.test(id)) throw notFound('No contact with this id');
  return new Types.ObjectId(id);
}

// ─── Export ──────────────────────────────────────────────────────────────────────────────

/** Everything stored about one contact, as the JSON download returns it. */
export interface ContactDataExport {
  format: 'nps-desk.contact-data/1';
  exportedAt: Date;
  workspaceId: string;
  contactId: string;
  /** The contact as stored: identifiers, attributes, loyalty and CSAT snapshots, survey activity. */
  contact: ContactDoc;
  /** When each metric's survey was last sent and answered (also inside `contact.surveys`). */
  surveySends: { metric: string; lastSentAt: Date | null; lastAnsweredAt: Date | null }[];
  /** Every answer, oldest first (a detractor answer with its recovery link: the next answer the recovery rate counts). */
  responses: ResponseDoc[];
  /** Follow-ups, logged recommended actions and sales outreach, oldest first. */
  followUps: FollowUpDoc[];
  /** Alert deliveries about it or its answers and follow-ups, with the payload sent. */
  alertDeliveries: AlertDeliveryDoc[];
  /** Import batches still holding its data (only while a batch is unfinished). */
  importBatches: Pick<ImportBatchDoc, '_id' | 'state' | 'createdAt' | 'changes'>[];
  /** The erasure under way, if one was asked for and the contact is not gone yet. */
  erasure: ContactErasureDoc | null;
}

function deliveriesMentioning(
  workspaceId: string,
  contactId: Types.ObjectId,
  subjectIds: string[],
): Record<string, unknown> {
  return {
    workspaceId,
    $or: [{ 'payload.data.contact.id': contactId.toHexString() }, { subjectId: { $in: subjectIds } }],
  };
}

/** Everything stored about the contact `id` of the caller's workspace (admins); NOT_FOUND otherwise. */
export async function exportContactData(viewer: Viewer, id: string, now = new Date()): Promise<ContactDataExport> {
  const { workspaceId } = assertCan(viewer, 'contactData:export');
  const contactId = contactIdOf(id);
  const contact = await ContactModel.findOne({ _id: contactId, workspaceId }).lean<ContactDoc>().exec();
  if (!contact) throw notFound('No contact with this id');
  const [responses, followUps, erasure, importBatches] = await Promise.all([
    ResponseModel.find({ workspaceId, contactId }).sort({ answeredAt: 1, _id: 1 }).lean<ResponseDoc[]>().exec(),
    FollowUpModel.find({ workspaceId, contactId }).sort({ _id: 1 }).lean<FollowUpDoc[]>().exec(),
    ContactErasureModel.findById(erasureIdOf(workspaceId, contactId)).lean<ContactErasureDoc>().exec(),
    ImportBatchModel.find({ workspaceId, state: { $ne: 'done' }, contactIds: contactId })
      .select({ _id: 1, state: 1, createdAt: 1, changes: 1 })
      .lean<ImportBatchDoc[]>()
      .exec(),
  ]);
  const responseIds = responses.map(({ _id }) => _id);
  const subjectIds = [...responseIds, ...followUps.map(({ _id }) => _id)].map((subject) => subject.toHexString());
  const alertDeliveries = await AlertDeliveryModel.find(deliveriesMentioning(workspaceId, contactId, subjectIds))
    .sort({ createdAt: 1, _id: 1 })
    .lean<AlertDeliveryDoc[]>()
    .exec();
  return {
    format: 'nps-desk.contact-data/1',
    exportedAt: now,
    workspaceId,
    contactId: contactId.toHexString(),
    contact,
    surveySends: (['NPS', 'CSAT', 'CES'] as const).map((metric) => ({
      metric,
      lastSentAt: contact.surveys?.[metric]?.lastSentAt ?? null,
      lastAnsweredAt: contact.surveys?.[metric]?.lastAnsweredAt ?? null,
    })),
    responses,
    followUps,
    alertDeliveries,
    // Only this contact's part of a batch's change set: the rest is other contacts' data.
    importBatches: importBatches.map((batch) => ({
      _id: batch._id,
      state: batch.state,
      createdAt: batch.createdAt,
      changes: batch.changes
        ? {
            counts: batch.changes.counts.filter(({ responseId }) => responseIds.some((rid) => rid.equals(responseId))),
            links: batch.changes.links.filter((link) => responseIds.some((rid) => rid.equals(link.responseId))),
            contacts: batch.changes.contacts.filter((change) => contactId.equals(change._id)),
          }
        : null,
    })),
    erasure,
  };
}

// ─── Erasure ─────────────────────────────────────────────────────────────────────────────

/**
 * Erases the contact `id` of the caller's workspace (admins): its answers (their report
 * counts subtracted exactly), follow-ups, alert deliveries about it and every other copy of
 * its personal data, then the contact. Answers with the stored erasure, finished or not: a
 * contact whose answers are being recorded right now, or that an unfinished import batch
 * holds, is finished by the sweep (or by asking again). Asking again for an erased contact
 * answers its erasure. NOT_FOUND for an unknown id or another workspace's.
 */
export async function eraseContact(
  viewer: Viewer,
  input: ContactEraseInput,
  options: ErasureOptions = {},
  now = new Date(),
): Promise<ContactErasureDoc> {
  const { workspaceId, userId } = assertCan(viewer, 'contact:erase');
  const { id } = parseInput(contactEraseSchema, input);
  const contactId = contactIdOf(id);
  const _id = erasureIdOf(workspaceId, contactId);
  let erasure = await ContactErasureModel.findById(_id).lean<ContactErasureDoc>().exec();
  if (!erasure) {
    if (!(await ContactModel.exists({ _id: contactId, workspaceId }).exec())) throw notFound('No contact with this id');
    try {
      erasure = (
        await ContactErasureModel.create({
          _id,
          workspaceId,
          contactId,
          requestedBy: userId,
          requestedAt: now,
          pending: [...ERASURE_STEPS],
        })
      ).toObject<ContactErasureDoc>();
    } catch (error) {
      // Asked twice at once: one erasure, which both finish.
      if (!isDuplicateKeyError(error)) throw error;
      erasure = await ContactErasureModel.findById(_id).lean<ContactErasureDoc>().exec();
      if (!erasure) throw error;
    }
  }
  return erasure.pending.length > 0 ? runErasure(erasure, options) : erasure;
}

/** The audit log: the workspace's erasures, newest first (admins). */
export async function listContactErasures(viewer: Viewer, args: { first: number }): Promise<ContactErasureDoc[]> {
  const { workspaceId } = assertCan(viewer, 'contact:erase');
  const first = Math.min(Math.max(args.first, 1), 100);
  return ContactErasureModel.find({ workspaceId })
    .sort({ requestedAt: -1, _id: -1 })
    .limit(first)
    .lean<ContactErasureDoc[]>()
    .exec();
}

async function reload(erasure: ContactErasureDoc): Promise<ContactErasureDoc> {
  return (await ContactErasureModel.findById(erasure._id).lean<ContactErasureDoc>().exec()) ?? erasure;
}

async function leaveNote(erasure: ContactErasureDoc, note: string): Promise<ContactErasureDoc> {
  await ContactErasureModel.updateOne({ _id: erasure._id }, { $set: { lastAttemptNote: note } }).exec();
  return reload(erasure);
}

async function markDone(erasure: ContactErasureDoc, step: ErasureStep, options: ErasureOptions): Promise<void> {
  await options.afterStep?.(step);
  await ContactErasureModel.updateOne({ _id: erasure._id }, { $pull: { pending: step } }).exec();
}

/** Records a count removed: the largest seen, so a step run again after a crash never lowers it. */
async function recordRemoved(erasure: ContactErasureDoc, kind: keyof ContactErasureDoc['removed'], count: number) {
  await ContactErasureModel.updateOne({ _id: erasure._id }, { $max: { [`removed.${kind}`]: count } }).exec();
}

/** Runs an erasure's pending steps as far as it can now; answers it as stored afterwards. */
export async function runErasure(
  stored: ContactErasureDoc,
  options: ErasureOptions = {},
  now = new Date(),
): Promise<ContactErasureDoc> {
  const erasure = stored;
  const { workspaceId, contactId } = erasure;
  const leaseWaitMs = options.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS;

  // First of all, the contact can no longer be found by its email or helpdesk id: a new
  // answer for them creates a new contact instead of joining the one being erased.
  if (erasure.pending.includes('detach')) {
    await detachContact(workspaceId, contactId);
    await markDone(erasure, 'detach', options);
  }

  if (await ImportBatchModel.exists({ workspaceId, state: { $ne: 'done' }, contactIds: contactId }).exec()) {
    return leaveNote(erasure, 'an import batch holding its answers is unfinished: the sweep finishes it, then this');
  }
  // Answers still being recorded are finished first, so every answer is counted in full.
  if (!(await finishContactRecordings(workspaceId, contactId, { leaseWaitMs }))) {
    return leaveNote(erasure, 'its answers are being recorded: the sweep finishes this erasure');
  }
  const lease = await acquireContactLease(workspaceId, contactId, leaseWaitMs);
  if (!lease) return leaveNote(erasure, 'another process works on its answers: the sweep finishes this erasure');
  try {
    if (await ResponseModel.exists({ workspaceId, contactId, pending: { $in: RECORDING_STEPS } }).exec()) {
      return leaveNote(erasure, 'an answer arrived while it ran: the sweep finishes this erasure');
    }
    const current = await reload(erasure);
    for (const step of ERASURE_STEPS) {
      if (step === 'detach' || !current.pending.includes(step)) continue;
      const finished = await ERASURE_RUNNERS[step](current, options, () => lease.renew());
      if (!finished) return leaveNote(current, 'an answer arrived while it ran: the sweep finishes this erasure');
      await markDone(current, step, options);
    }
    await ContactErasureModel.updateOne(
      { _id: erasure._id, pending: { $size: 0 }, finishedAt: null },
      { $set: { finishedAt: now, lastAttemptNote: null } },
    ).exec();
    return reload(erasure);
  } finally {
    await lease.release();
  }
}

type StepRunner = (
  erasure: ContactErasureDoc,
  options: ErasureOptions,
  renewLease: () => Promise<boolean>,
) => Promise<boolean>;

/**
 * Clears the contact's identifiers and personal fields; its keys no longer match any lookup,
 * and the person's helpdesk id and email are free for a new contact.
 */
async function detachContact(workspaceId: string, contactId: Types.ObjectId): Promise<void> {
  const key = `erased:${contactId.toHexString()}`;
  const contact = { _id: contactId, workspaceId };
  await setMovingUniqueKeys(ContactModel, contact, { externalIdKey: key, emailKey: key });
  await ContactModel.collection.updateOne(contact, {
    $set: { externalId: null, email: null, name: null, company: null, tags: [], 'loyalty.latestComment': null },
  });
}

async function answerIdsOf(workspaceId: string, contactId: Types.ObjectId): Promise<Types.ObjectId[]> {
  return ResponseModel.distinct('_id', { workspaceId, contactId }).exec();
}

async function followUpIdsOf(workspaceId: string, contactId: Types.ObjectId): Promise<Types.ObjectId[]> {
  return FollowUpModel.distinct('_id', { workspaceId, contactId }).exec();
}

/** Alert deliveries whose payload names the contact, or about its answers or follow-ups. */
const eraseAlerts: StepRunner = async (erasure) => {
  const { workspaceId, contactId } = erasure;
  const subjects = [...(await answerIdsOf(workspaceId, contactId)), ...(await followUpIdsOf(workspaceId, contactId))];
  const filter = deliveriesMentioning(
    workspaceId,
    contactId,
    subjects.map((subject) => subject.toHexString()),
  );
  await recordRemoved(erasure, 'alertDeliveries', await AlertDeliveryModel.countDocuments(filter).exec());
  await AlertDeliveryModel.deleteMany(filter).exec();
  return true;
};

/** Follow-ups, logged recommended actions and sales outreach (closed-loop figures read them live). */
const eraseFollowUps: StepRunner = async (erasure) => {
  const filter = { workspaceId: erasure.workspaceId, contactId: erasure.contactId };
  await recordRemoved(erasure, 'followUps', await FollowUpModel.countDocuments(filter).exec());
  await FollowUpModel.deleteMany(filter).exec();
  return true;
};

/** What one answer adds to the report counts at its placements: its score, and its recovery link's counts. */
function countsOfAnswer(answer: ResponseDoc, link: RecoveryLink | undefined): Counts {
  const counts: Counts = { [counterKeyOf(answer)]: 1 };
  if (link)
    addCounts(counts, recoveryCounts({ hasNext: link.nextResponseId !== null, nextCategory: link.nextCategory }));
  return counts;
}

const ANSWER_PAGE = 200;

/** Every answer (with its recovery link): counts subtracted exactly once, tags pulled, answer deleted. */
const eraseAnswers: StepRunner = async (erasure, options, renewLease) => {
  const { workspaceId, contactId } = erasure;
  const allIds = await answerIdsOf(workspaceId, contactId);
  const everyAnswer = new Set([...erasure.subtracted, ...allIds].map((id) => id.toHexString()));
  await recordRemoved(erasure, 'responses', everyAnswer.size);
  const linked = await ResponseModel.countDocuments({ workspaceId, contactId, recoveryLink: { $exists: true } }).exec();
  await recordRemoved(erasure, 'recoveryLinks', linked);
  const subtracted = new Set(erasure.subtracted.map((id) => id.toHexString()));
  for (;;) {
    const answers = await ResponseModel.find({ workspaceId, contactId })
      .sort({ answeredAt: 1, _id: 1 })
      .limit(ANSWER_PAGE)
      .lean<ResponseDoc[]>()
      .exec();
    if (answers.length === 0) break;
    // A link move left half-done would make the stored link disagree with the counts; the
    // recording pipeline finishes those before its answer is recorded done, so none is left.
    if (answers.some(({ recoveryLink }) => recoveryLink?.pending)) return false;
    for (const answer of answers) {
      const hex = answer._id.toHexString();
      const tag = `e:${hex}`;
      if (!subtracted.has(hex)) {
        const counts = addCounts({}, countsOfAnswer(answer, answer.recoveryLink), -1);
        await addToSeries(workspaceId, answer, answer.answeredAt, counts, tag);
        await options.afterStep?.('answer-subtracted');
        await ContactErasureModel.updateOne({ _id: erasure._id }, { $addToSet: { subtracted: answer._id } }).exec();
        subtracted.add(hex);
      }
      await removeSeriesTag(workspaceId, answer, answer.answeredAt, tag);
      await ResponseModel.deleteOne({ _id: answer._id, workspaceId }).exec();
      await options.afterStep?.('answer-removed');
    }
    if (!(await renewLease()))
      throw new Error('The contact lease was taken over: the erasure stops, the sweep resumes it');
  }
  await recordRemoved(erasure, 'responses', (await reload(erasure)).subtracted.length);
  return true;
};

/** Import batch documents mentioning the contact (only unfinished batches hold its data; they are waited for). */
const eraseImports: StepRunner = async ({ workspaceId, contactId }) => {
  await ImportBatchModel.collection.updateMany(
    { workspaceId, state: 'done', contactIds: contactId } as never,
    { $pull: { contactIds: contactId } } as never,
  );
  return true;
};

/** The contact itself, once nothing of it is left elsewhere (an answer that slipped in sends the erasure round again). */
const eraseContactDocument: StepRunner = async (erasure) => {
  const { workspaceId, contactId } = erasure;
  const left =
    (await ResponseModel.exists({ workspaceId, contactId }).exec()) ??
    (await FollowUpModel.exists({ workspaceId, contactId }).exec());
  if (left) {
    await ContactErasureModel.updateOne(
      { _id: erasure._id },
      { $addToSet: { pending: { $each: ['alerts', 'followUps', 'answers'] } } },
    ).exec();
    return false;
  }
  await ContactModel.deleteOne({ _id: contactId, workspaceId }).exec();
  return true;
};

const ERASURE_RUNNERS: Record<Exclude<ErasureStep, 'detach'>, StepRunner> = {
  alerts: eraseAlerts,
  followUps: eraseFollowUps,
  answers: eraseAnswers,
  imports: eraseImports,
  contact: eraseContactDocument,
};

/** Finishes every erasure a dead process (or a busy contact) left unfinished, in every workspace. */
export async function sweepContactErasures(
  options: ErasureOptions = {},
): Promise<{ erasures: number; unfinished: number }> {
  const summary = { erasures: 0, unfinished: 0 };
  const workspaces = await WorkspaceModel.find().select({ _id: 1 }).lean<{ _id: string }[]>().exec();
  for (const { _id: workspaceId } of workspaces) {
    const open = await ContactErasureModel.find({ workspaceId, pending: { $in: ERASURE_STEPS } })
      .lean<ContactErasureDoc[]>()
      .exec();
    for (const erasure of open) {
      summary.erasures += 1;
      const after = await runErasure(erasure, { leaseWaitMs: 0, ...options });
      if (after.pending.length > 0) summary.unfinished += 1;
    }
  }
  return summary;
}

/** Sweeps now and every `intervalMs` until stopped; a sweep's failure is logged, not fatal. */
export function startErasureSweeper(log: (message: string) => void, intervalMs = 30_000): PeriodicJob {
  return startPeriodic(
    async () => {
      const summary = await sweepContactErasures();
      if (summary.erasures > 0) {
        log(`erasure sweep: finished ${summary.erasures - summary.unfinished} of ${summary.erasures} contact erasures`);
      }
    },
    intervalMs,
    (error) => log(`erasure sweep failed: ${error.message}`),
  );
}
