import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../../db/errors';
import { startPeriodic, type PeriodicJob } from '../../periodic';
import { RECOVERY_KINDS, recommendActions } from '../../loyalty';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { FollowUpModel, type FollowUpDoc } from '../follow-up/follow-up.model';
import { playbookOf } from '../recommendation/recommendation.service';
import type { ResponseDoc } from '../response/response.model';
import { WorkspaceModel, type WorkspaceDoc } from '../workspace/workspace.model';
import {
  AlertDeliveryModel,
  AlertEndpointModel,
  type AlertEndpointDoc,
  type AlertEvent,
  type SubscribableAlertEvent,
} from './alert.model';
import {
  alertDeliveryIdOf,
  answerAlertPayload,
  overdueAlertPayload,
  type AlertActionData,
  type AlertPayload,
} from './alert.payload';

// Turning what happens into stored deliveries (the outbox). Nothing here sends: the
// dispatcher does, later and elsewhere. A delivery's id is derived from the event, so
// storing an event again (a re-run pipeline step, a second scheduler) stores nothing.

export interface AlertDeliveryDraft {
  workspaceId: string;
  endpointId: Types.ObjectId;
  event: AlertEvent;
  subjectId: string;
  payload: AlertPayload;
}

/**
 * Stores one event for one endpoint, due now. The same event stored before stays as it
 * is (`stored` false): the unique `_id` refuses the insert.
 */
export async function enqueueAlertDelivery(
  draft: AlertDeliveryDraft,
  now: Date,
): Promise<{ id: string; stored: boolean }> {
  const id = alertDeliveryIdOf(draft.workspaceId, draft.event, draft.subjectId, draft.endpointId.toHexString());
  try {
    await AlertDeliveryModel.create({ _id: id, ...draft, status: 'PENDING', attempts: 0, nextAttemptAt: now });
    return { id, stored: true };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return { id, stored: false };
  }
}

async function endpointsWanting(
  workspaceId: string,
  events: readonly SubscribableAlertEvent[],
): Promise<Pick<AlertEndpointDoc, '_id' | 'events'>[]> {
  return AlertEndpointModel.find({ workspaceId, enabled: true, events: { $in: events } })
    .select({ _id: 1, events: 1 })
    .lean<Pick<AlertEndpointDoc, '_id' | 'events'>[]>()
    .exec();
}

/** The contact's most urgent recommended action under the workspace's playbook. */
function mostUrgentAction(contact: ContactDoc, workspace: WorkspaceDoc, now: Date): AlertActionData | null {
  const [action] = recommendActions(
    { name: contact.name, company: contact.company, snapshot: contact.loyalty, recentCsat: contact.csat?.recent },
    now,
    playbookOf(workspace),
  );
  return action ? { kind: action.kind, title: action.title } : null;
}

/**
 * The recording pipeline's `alerts` step: stores DETRACTOR_ANSWER for a detractor NPS
 * answer and FALL_TO_DETRACTOR when the contact's snapshot (refreshed by the step before)
 * says this answer, its latest, took it down from promoter or passive, for every enabled
 * endpoint that wants them. Running it again stores nothing new.
 */
export async function enqueueAnswerAlerts(response: ResponseDoc, now = new Date()): Promise<void> {
  if (response.metric !== 'NPS' || response.category !== 'DETRACTOR') return;
  const { workspaceId } = response;
  const endpoints = await endpointsWanting(workspaceId, ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR']);
  if (endpoints.length === 0) return;
  const [contact, workspace] = await Promise.all([
    ContactModel.findOne({ _id: response.contactId, workspaceId }).lean<ContactDoc>().exec(),
    WorkspaceModel.findById(workspaceId).lean<WorkspaceDoc>().exec(),
  ]);
  if (!contact || !workspace) return;

  // An older answer arriving late is not the contact's latest, so it is no fall.
  const { loyalty } = contact;
  const fell = loyalty.movement === 'FALL' && loyalty.latestResponseId?.equals(response._id) === true;
  const events: ('DETRACTOR_ANSWER' | 'FALL_TO_DETRACTOR')[] = fell
    ? ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR']
    : ['DETRACTOR_ANSWER'];
  const action = mostUrgentAction(contact, workspace, now);
  for (const endpoint of endpoints) {
    for (const event of events.filter((wanted) => endpoint.events.includes(wanted))) {
      const payload = answerAlertPayload(event, response, contact, action, now);
      const subjectId = response._id.toHexString();
      await enqueueAlertDelivery({ workspaceId, endpointId: endpoint._id, event, subjectId, payload }, now);
    }
  }
}

/**
 * Stores RECOVERY_OVERDUE for every open recovery follow-up past its due time (the rule of
 * `isOverdue` in follow-up.service), once per follow-up and endpoint however often and in
 * however many processes it runs. Returns how many deliveries it stored.
 */
export async function enqueueOverdueAlerts(now = new Date()): Promise<number> {
  const workspaceIds: string[] = await AlertEndpointModel.distinct('workspaceId', {
    enabled: true,
    events: 'RECOVERY_OVERDUE',
  }).exec();
  let stored = 0;
  for (const workspaceId of workspaceIds) stored += await enqueueWorkspaceOverdueAlerts(workspaceId, now);
  return stored;
}

async function enqueueWorkspaceOverdueAlerts(workspaceId: string, now: Date): Promise<number> {
  const endpoints = await endpointsWanting(workspaceId, ['RECOVERY_OVERDUE']);
  const overdue = await FollowUpModel.find({
    workspaceId,
    status: 'OPEN',
    dueAt: { $lt: now },
    kind: { $in: [...RECOVERY_KINDS] },
  })
    .lean<FollowUpDoc[]>()
    .exec();
  const wanted = overdue.flatMap((followUp) =>
    endpoints.map((endpoint) => ({
      followUp,
      endpointId: endpoint._id,
      id: alertDeliveryIdOf(workspaceId, 'RECOVERY_OVERDUE', followUp._id.toHexString(), endpoint._id.toHexString()),
    })),
  );
  if (wanted.length === 0) return 0;

  // Every run after the first finds most of them stored: read which, rather than build
  // and insert them all again each time.
  const storedIds = new Set<string>(
    await AlertDeliveryModel.distinct('_id', { _id: { $in: wanted.map(({ id }) => id) }, workspaceId }).exec(),
  );
  const missing = wanted.filter(({ id }) => !storedIds.has(id));
  if (missing.length === 0) return 0;

  const contactIds = [...new Set(missing.map(({ followUp }) => followUp.contactId.toHexString()))];
  const contacts = await ContactModel.find({ _id: { $in: contactIds }, workspaceId })
    .lean<ContactDoc[]>()
    .exec();
  const contactById = new Map(contacts.map((contact) => [contact._id.toHexString(), contact]));
  let stored = 0;
  for (const { followUp, endpointId } of missing) {
    const contact = contactById.get(followUp.contactId.toHexString()) ?? null;
    const payload = overdueAlertPayload(followUp, contact, now);
    const subjectId = followUp._id.toHexString();
    const delivery = { workspaceId, endpointId, event: 'RECOVERY_OVERDUE' as const, subjectId, payload };
    if ((await enqueueAlertDelivery(delivery, now)).stored) stored += 1;
  }
  return stored;
}

/** Looks for overdue recovery follow-ups now and every `intervalMs` until stopped. */
export function startOverdueAlertScheduler(log: (message: string) => void, intervalMs = 60_000): PeriodicJob {
  return startPeriodic(
    async () => {
      const stored = await enqueueOverdueAlerts();
      if (stored > 0) log(`overdue alerts: ${stored} deliveries stored`);
    },
    intervalMs,
    (error) => log(`overdue alert scheduler failed: ${error.message}`),
  );
}
