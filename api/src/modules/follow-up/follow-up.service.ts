import { Types } from 'mongoose';
import { objectIdOrNull } from '../../db/object-id';
import type {
  FollowUpAssignInput,
  FollowUpCompleteInput,
  FollowUpCreateInput,
  FollowUpDismissInput,
  RecommendedActionCompleteInput,
  RecommendedActionDismissInput,
} from '../../__generated__/resolvers-types';
import { assertCan, type AuthenticatedViewer, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict, notFound } from '../../errors';
import {
  cursorCodec,
  idKeyset,
  keyset,
  keysetFilter,
  keysetSort,
  paginate,
  type CountedConnection,
  type Keyset,
  type PageArgs,
} from '../../graphql/pagination';
import {
  RECOVERY_KINDS,
  kindInWords,
  type FollowUpRecord,
  type Locale,
  type RecommendedActionKind,
} from '../../loyalty';
import { parseInput } from '../../validation';
import type { ContactDoc } from '../contact/contact.model';
import { isDuplicateKeyError } from '../../db/errors';
import { setMovingUniqueKeys } from '../../db/unique-keys';
import { getContact } from '../contact/contact.service';
import { recordContactActivity } from '../activity/activity.service';
import type { Loaders } from '../../graphql/loaders';
import { recommendationsFrom } from '../recommendation/recommendation.service';
import {
  followUpAssignSchema,
  followUpCompleteSchema,
  followUpCreateSchema,
  followUpDismissSchema,
  recommendedActionCompleteSchema,
  recommendedActionDismissSchema,
} from './follow-up.input';
import { FollowUpModel, closedKeyOf, openKeyOf, type FollowUpDoc, type FollowUpStatus } from './follow-up.model';

export type FollowUpPage = CountedConnection<FollowUpDoc>;

export function isOverdue(followUp: FollowUpDoc, now = new Date()): boolean {
  return followUp.status === 'OPEN' && followUp.dueAt !== null && followUp.dueAt.getTime() < now.getTime();
}

export interface FollowUpListFilter {
  status?: FollowUpStatus | null;
  contactId?: string | null;
  assigneeId?: string | null;
  kind?: RecommendedActionKind | null;
  overdue?: boolean | null;
}

/** Newest first. */
const FOLLOW_UPS_KEYSET = idKeyset(-1, (followUp: FollowUpDoc) => followUp._id);

/** Past due, most overdue first (the index's order: workspaceId, status, dueAt, _id). */
const OVERDUE_KEYSET = keyset(
  cursorCodec({ dueAt: 'time', id: 'id' }),
  [
    { key: 'dueAt', path: 'dueAt', direction: 1 },
    { key: 'id', path: '_id', direction: 1 },
  ],
  (followUp: FollowUpDoc) => ({ dueAt: followUp.dueAt ?? new Date(0), id: followUp._id }),
);

/**
 * Newest first; with `overdue: true`, open follow-ups past due, most overdue first
 * (keyset pagination on the sort keys either way).
 */
export async function listFollowUps(
  viewer: Viewer,
  args: PageArgs & { filter?: FollowUpListFilter | null },
  now = new Date(),
): Promise<FollowUpPage> {
  const { workspaceId } = assertCan(viewer, 'followUp:read');
  const filter = args.filter ?? {};
  const scope: Record<string, unknown> = { workspaceId };
  if (filter.status) scope.status = filter.status;
  if (filter.kind) scope.kind = filter.kind;
  if (filter.assigneeId) scope.assigneeId = filter.assigneeId;
  if (filter.contactId) {
    const contactId = objectIdOrNull(filter.contactId);
    // An unknown or malformed contact id simply matches nothing.
    scope.contactId = contactId ?? new Types.ObjectId('000000000000000000000000');
  }
  const overdueOnly = filter.overdue === true;
  if (overdueOnly) {
    if (filter.status && filter.status !== 'OPEN') throw badUserInput('overdue follow-ups are open ones', 'status');
    scope.status = 'OPEN';
    scope.dueAt = { $lt: now };
  }
  const count = () => FollowUpModel.countDocuments(scope).exec();
  const fetchPage =
    <K extends object>(keyset: Keyset<FollowUpDoc, K>) =>
    ({ after, limit }: { after: K | null; limit: number }) =>
      FollowUpModel.find(keysetFilter(keyset, scope, after))
        .sort(keysetSort(keyset))
        .limit(limit)
        .lean<FollowUpDoc[]>()
        .exec();
  return overdueOnly
    ? paginate(OVERDUE_KEYSET, args, fetchPage(OVERDUE_KEYSET), count)
    : paginate(FOLLOW_UPS_KEYSET, args, fetchPage(FOLLOW_UPS_KEYSET), count);
}

/**
 * A contact's follow-ups, newest first. Its open ones (at most one per kind) come from the
 * request's loader, batched with every other contact's: a list of contacts asking for them
 * costs one query, not two per contact.
 */
export async function listContactFollowUps(
  viewer: Viewer,
  contact: ContactDoc,
  args: PageArgs & { status?: FollowUpStatus | null },
  loaders: Pick<Loaders, 'openFollowUps'>,
): Promise<FollowUpPage> {
  if (args.status === 'OPEN') {
    assertCan(viewer, 'followUp:read');
    // The loader's open follow-ups are newest first already; page and count share its one query.
    return paginate(
      FOLLOW_UPS_KEYSET,
      args,
      async ({ after }) => {
        const open = await loaders.openFollowUps(contact);
        return after ? open.filter((followUp) => followUp._id.toHexString() < after.id.toHexString()) : open;
      },
      async () => (await loaders.openFollowUps(contact)).length,
    );
  }
  return listFollowUps(viewer, {
    first: args.first,
    after: args.after,
    countNow: args.countNow,
    filter: { contactId: contact._id.toHexString(), status: args.status },
  });
}

/**
 * Title and due time of the matching recommendation, so a follow-up opened from it matches
 * what the agent saw; with none, the kind in words. Either way the title is stored in the
 * agent's language, never translated later.
 */
async function recommendationDefaults(
  viewer: AuthenticatedViewer,
  contact: ContactDoc,
  kind: RecommendedActionKind,
  locale: Locale,
  now: Date,
): Promise<{ title: string; dueAt: Date | null }> {
  const [followUps = []] = await liveFollowUpsOf(viewer.workspaceId, [contact]);
  const recommended = recommendationsFrom(viewer.workspace, contact, followUps, locale, now).find(
    (action) => action.kind === kind,
  );
  return { title: recommended?.title ?? kindInWords(kind, locale), dueAt: recommended?.dueAt ?? null };
}

export async function createFollowUp(
  viewer: Viewer,
  input: FollowUpCreateInput,
  locale: Locale,
  now = new Date(),
): Promise<FollowUpDoc> {
  const author = assertCan(viewer, 'followUp:manage');
  const values = parseInput(followUpCreateSchema, input);
  const contact = await getContact(viewer, { id: values.contactId });
  const defaults = await recommendationDefaults(author, contact, values.kind, locale, now);
  const _id = new Types.ObjectId();
  try {
    const created = await FollowUpModel.create({
      _id,
      workspaceId: author.workspaceId,
      contactId: contact._id,
      responseId: contact.loyalty.latestResponseId,
      kind: values.kind,
      title: values.title ?? defaults.title,
      status: 'OPEN',
      assigneeId: values.assigneeId,
      dueAt: values.dueAt ?? defaults.dueAt,
      note: values.note,
      ticketId: values.ticketId ?? null,
      createdBy: author.userId,
      createdAt: now,
      openKey: openKeyOf(contact._id, values.kind),
    });
    return await announced(created.toObject<FollowUpDoc>());
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw conflict(`An open ${values.kind} follow-up already exists for this contact`, 'kind');
    }
    throw error;
  }
}

/** Tells the panels showing the follow-up's contact that it changed; returns it. */
async function announced(followUp: FollowUpDoc): Promise<FollowUpDoc> {
  await recordContactActivity(followUp.workspaceId, followUp.contactId, 'FOLLOW_UP_CHANGED');
  return followUp;
}

/** Why an update of an open follow-up matched nothing: gone (NOT_FOUND) or already closed (CONFLICT). */
async function openFollowUpMissing(workspaceId: string, id: Types.ObjectId | null): Promise<Error> {
  const existing = id ? await FollowUpModel.findOne({ _id: id, workspaceId }).lean<FollowUpDoc>().exec() : null;
  if (!existing) return notFound('No follow-up matches in this workspace');
  return conflict(`The follow-up is already ${existing.status.toLowerCase()}`, 'id');
}

export async function assignFollowUp(viewer: Viewer, input: FollowUpAssignInput): Promise<FollowUpDoc> {
  const { workspaceId } = assertCan(viewer, 'followUp:manage');
  const values = parseInput(followUpAssignSchema, input);
  const id = objectIdOrNull(values.id);
  const updated = id
    ? await FollowUpModel.findOneAndUpdate(
        { _id: id, workspaceId, status: 'OPEN' },
        { $set: { assigneeId: values.assigneeId } },
        { returnDocument: 'after' },
      )
        .lean<FollowUpDoc>()
        .exec()
    : null;
  if (!updated) throw await openFollowUpMissing(workspaceId, id);
  return announced(updated);
}

/** Closes an open follow-up; the status condition lets exactly one of concurrent closers win. */
async function closeFollowUp(
  viewer: AuthenticatedViewer,
  id: Types.ObjectId | null,
  status: Exclude<FollowUpStatus, 'OPEN'>,
  text: string,
  now: Date,
): Promise<FollowUpDoc> {
  // Only while open: of two concurrent closers, one wins. Its open key is freed for the next follow-up of its kind.
  const closed = id
    ? await setMovingUniqueKeys(
        FollowUpModel,
        { _id: id, workspaceId: viewer.workspaceId, status: 'OPEN' },
        {
          status,
          ...(status === 'DONE' ? { outcome: text } : { dismissReason: text }),
          closedBy: viewer.userId,
          closedAt: now,
          openKey: closedKeyOf(id),
        },
      )
    : null;
  if (!closed) throw await openFollowUpMissing(viewer.workspaceId, id);
  return announced(closed);
}

export async function completeFollowUp(
  viewer: Viewer,
  input: FollowUpCompleteInput,
  now = new Date(),
): Promise<FollowUpDoc> {
  const closer = assertCan(viewer, 'followUp:manage');
  const values = parseInput(followUpCompleteSchema, input);
  return closeFollowUp(closer, objectIdOrNull(values.id), 'DONE', values.outcome, now);
}

export async function dismissFollowUp(
  viewer: Viewer,
  input: FollowUpDismissInput,
  now = new Date(),
): Promise<FollowUpDoc> {
  const closer = assertCan(viewer, 'followUp:manage');
  const values = parseInput(followUpDismissSchema, input);
  return closeFollowUp(closer, objectIdOrNull(values.id), 'DISMISSED', values.reason, now);
}

/**
 * Logs a recommended action in one step: closes the open follow-up of that kind, opening
 * one first when there is none, so closing it settles concurrent clicks (two tabs
 * logging the same action: one wins, the other gets CONFLICT). An action already
 * handled for the contact's latest answer is a CONFLICT too.
 */
export async function logRecommendedAction(
  viewer: Viewer,
  input: RecommendedActionCompleteInput | RecommendedActionDismissInput,
  status: Exclude<FollowUpStatus, 'OPEN'>,
  locale: Locale,
  now = new Date(),
): Promise<{ followUp: FollowUpDoc; contact: ContactDoc }> {
  const actor = assertCan(viewer, 'followUp:manage');
  const values =
    status === 'DONE'
      ? parseInput(recommendedActionCompleteSchema, input)
      : parseInput(recommendedActionDismissSchema, input);
  const contact = await getContact(viewer, { id: values.contactId });
  const latestAnswerAt = contact.loyalty.answeredAt;
  if (latestAnswerAt) {
    const handled = await FollowUpModel.findOne({
      workspaceId: actor.workspaceId,
      contactId: contact._id,
      kind: values.kind,
      status: { $in: ['DONE', 'DISMISSED'] },
      closedAt: { $gte: latestAnswerAt },
    })
      .lean<FollowUpDoc>()
      .exec();
    if (handled) {
      throw conflict(`${values.kind} was already ${handled.status.toLowerCase()} for the latest answer`, 'kind');
    }
  }
  const openKey = openKeyOf(contact._id, values.kind);
  let open = await FollowUpModel.findOne({ workspaceId: actor.workspaceId, openKey }).lean<FollowUpDoc>().exec();
  if (!open) {
    const defaults = await recommendationDefaults(actor, contact, values.kind, locale, now);
    try {
      open = (
        await FollowUpModel.create({
          workspaceId: actor.workspaceId,
          contactId: contact._id,
          responseId: contact.loyalty.latestResponseId,
          kind: values.kind,
          title: defaults.title,
          status: 'OPEN',
          dueAt: defaults.dueAt,
          createdBy: actor.userId,
          createdAt: now,
          openKey,
        })
      ).toObject<FollowUpDoc>();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      open = await FollowUpModel.findOne({ workspaceId: actor.workspaceId, openKey }).lean<FollowUpDoc>().exec();
      if (!open) throw conflict(`${values.kind} was just logged by someone else`, 'kind');
    }
  }
  return { followUp: await closeFollowUp(actor, open._id, status, values.note, now), contact };
}

/** Records a sales rep's outreach to a candidate as a done follow-up, titled in the rep's language. */
export async function recordSalesOutreach(
  viewer: AuthenticatedViewer,
  contact: ContactDoc,
  note: string,
  locale: Locale,
  now: Date,
): Promise<FollowUpDoc> {
  const _id = new Types.ObjectId();
  const created = await FollowUpModel.create({
    _id,
    workspaceId: viewer.workspaceId,
    contactId: contact._id,
    responseId: contact.loyalty.latestResponseId,
    kind: 'SALES_OUTREACH',
    title: kindInWords('SALES_OUTREACH', locale),
    status: 'DONE',
    outcome: note,
    createdBy: viewer.userId,
    createdAt: now,
    closedBy: viewer.userId,
    closedAt: now,
    openKey: closedKeyOf(_id),
  });
  return announced(created.toObject<FollowUpDoc>());
}

/**
 * Per contact (in the order given), the follow-ups its next actions depend on: the open ones
 * and those closed since its latest answer, newest first. One query for all the contacts.
 */
export async function liveFollowUpsOf(workspaceId: string, contacts: readonly ContactDoc[]): Promise<FollowUpDoc[][]> {
  if (contacts.length === 0) return [];
  const sinceOf = (contact: ContactDoc) => contact.loyalty.answeredAt?.getTime() ?? null;
  const sinces = contacts.map(sinceOf).filter((since) => since !== null);
  const earliest = sinces.length > 0 ? Math.min(...sinces) : null;
  const found = await FollowUpModel.find({
    workspaceId,
    contactId: { $in: contacts.map((contact) => contact._id) },
    $or: [{ status: 'OPEN' }, ...(earliest === null ? [] : [{ closedAt: { $gte: new Date(earliest) } }])],
  })
    .sort({ _id: -1 })
    .lean<FollowUpDoc[]>()
    .exec();
  const byContact = new Map<string, FollowUpDoc[]>();
  for (const followUp of found) {
    const key = followUp.contactId.toHexString();
    const ofContact = byContact.get(key);
    if (ofContact) ofContact.push(followUp);
    else byContact.set(key, [followUp]);
  }
  return contacts.map((contact) => {
    const since = sinceOf(contact);
    return (byContact.get(contact._id.toHexString()) ?? []).filter(
      (followUp) =>
        followUp.status === 'OPEN' ||
        (since !== null && followUp.closedAt !== null && followUp.closedAt.getTime() >= since),
    );
  });
}

/** Contacts with an open recovery follow-up: few at any time, so a list is fine. */
export async function contactsWithOpenRecovery(workspaceId: string): Promise<Types.ObjectId[]> {
  const open = await FollowUpModel.find({ workspaceId, status: 'OPEN', kind: { $in: [...RECOVERY_KINDS] } })
    .select({ contactId: 1 })
    .lean<Pick<FollowUpDoc, 'contactId'>[]>()
    .exec();
  return open.map((followUp) => followUp.contactId);
}

/** The follow-ups opened in [start, end), sales outreach aside, as the closed-loop report reads them. */
export async function followUpRecordsOpenedBetween(
  workspaceId: string,
  start: Date,
  end: Date,
): Promise<FollowUpRecord[]> {
  return FollowUpModel.find({
    workspaceId,
    createdAt: { $gte: start, $lt: end },
    kind: { $ne: 'SALES_OUTREACH' },
  })
    .select({ _id: 0, status: 1, createdAt: 1, closedAt: 1, dueAt: 1 })
    .lean<FollowUpRecord[]>()
    .exec();
}
