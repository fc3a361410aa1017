import { createHash } from 'node:crypto';
import type { LoyaltyCategory, LoyaltyMovement, RecommendedActionKind } from '../../loyalty';
import type { ContactDoc } from '../contact/contact.model';
import type { FollowUpDoc } from '../follow-up/follow-up.model';
import type { ResponseDoc } from '../response/response.model';
import type { AlertEvent } from './alert.model';

// What an alert says, as stored in the outbox and sent: a Standard Webhooks payload
// (`type`, `timestamp`, `data`), or a Slack message made from it. Pure: no I/O.

/** The `type` of each event's payload. */
export const ALERT_EVENT_TYPES = {
  DETRACTOR_ANSWER: 'response.detractor',
  FALL_TO_DETRACTOR: 'contact.fell_to_detractor',
  RECOVERY_OVERDUE: 'follow_up.recovery_overdue',
  TEST: 'alert.test',
} as const satisfies Record<AlertEvent, string>;

export interface AlertContactData {
  id: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  company: string | null;
  loyalty: {
    category: LoyaltyCategory | null;
    latestScore: number | null;
    latestComment: string | null;
    answeredAt: string | null;
    previousCategory: LoyaltyCategory | null;
    previousScore: number | null;
    movement: LoyaltyMovement;
  };
}

export interface AlertAnswerData {
  id: string;
  score: number;
  comment: string | null;
  channel: string | null;
  campaign: string | null;
  ticketId: string | null;
  answeredAt: string;
}

export interface AlertFollowUpData {
  id: string;
  kind: RecommendedActionKind;
  title: string;
  dueAt: string | null;
  assigneeId: string | null;
  createdAt: string;
}

/** The one thing to do about the event. */
export interface AlertActionData {
  kind: RecommendedActionKind;
  title: string;
}

export type AlertPayload =
  | {
      type: (typeof ALERT_EVENT_TYPES)['DETRACTOR_ANSWER' | 'FALL_TO_DETRACTOR'];
      timestamp: string;
      data: {
        workspaceId: string;
        contact: AlertContactData;
        response: AlertAnswerData;
        recommendedAction: AlertActionData | null;
      };
    }
  | {
      type: (typeof ALERT_EVENT_TYPES)['RECOVERY_OVERDUE'];
      timestamp: string;
      data: {
        workspaceId: string;
        contact: AlertContactData | null;
        followUp: AlertFollowUpData;
        recommendedAction: AlertActionData;
      };
    }
  | {
      type: (typeof ALERT_EVENT_TYPES)['TEST'];
      timestamp: string;
      data: { workspaceId: string; endpointId: string; message: string };
    };

/**
 * The idempotency id of one event for one endpoint: the delivery's `_id` and the
 * `webhook-id` receivers see, the same however often the event is stored or sent.
 */
export function alertDeliveryIdOf(
  workspaceId: string,
  event: AlertEvent,
  subjectId: string,
  endpointId: string,
): string {
  const digest = createHash('sha256').update(`${workspaceId}|${event}|${subjectId}|${endpointId}`).digest('hex');
  return `msg_${digest.slice(0, 32)}`;
}

function contactData(contact: ContactDoc): AlertContactData {
  const { loyalty } = contact;
  return {
    id: contact._id.toHexString(),
    externalId: contact.externalId,
    email: contact.email,
    name: contact.name,
    company: contact.company,
    loyalty: {
      category: loyalty.category,
      latestScore: loyalty.latestScore,
      latestComment: loyalty.latestComment,
      answeredAt: loyalty.answeredAt?.toISOString() ?? null,
      previousCategory: loyalty.previousCategory,
      previousScore: loyalty.previousScore,
      movement: loyalty.movement,
    },
  };
}

export function answerAlertPayload(
  event: 'DETRACTOR_ANSWER' | 'FALL_TO_DETRACTOR',
  response: ResponseDoc,
  contact: ContactDoc,
  recommendedAction: AlertActionData | null,
  now: Date,
): AlertPayload {
  return {
    type: ALERT_EVENT_TYPES[event],
    timestamp: now.toISOString(),
    data: {
      workspaceId: response.workspaceId,
      contact: contactData(contact),
      response: {
        id: response._id.toHexString(),
        score: response.score,
        comment: response.comment,
        channel: response.channel,
        campaign: response.campaign,
        ticketId: response.ticketId,
        answeredAt: response.answeredAt.toISOString(),
      },
      recommendedAction,
    },
  };
}

export function overdueAlertPayload(followUp: FollowUpDoc, contact: ContactDoc | null, now: Date): AlertPayload {
  return {
    type: ALERT_EVENT_TYPES.RECOVERY_OVERDUE,
    timestamp: now.toISOString(),
    data: {
      workspaceId: followUp.workspaceId,
      contact: contact && contactData(contact),
      followUp: {
        id: followUp._id.toHexString(),
        kind: followUp.kind,
        title: followUp.title,
        dueAt: followUp.dueAt?.toISOString() ?? null,
        assigneeId: followUp.assigneeId,
        createdAt: followUp.createdAt.toISOString(),
      },
      // The overdue follow-up is itself the thing to do now.
      recommendedAction: { kind: followUp.kind, title: followUp.title },
    },
  };
}

export function testAlertPayload(workspaceId: string, endpointId: string, now: Date): AlertPayload {
  return {
    type: ALERT_EVENT_TYPES.TEST,
    timestamp: now.toISOString(),
    data: { workspaceId, endpointId, message: 'Test alert from NPS Desk: this endpoint receives alerts.' },
  };
}

// ---------------------------------------------------------------------------------------
// Slack incoming webhooks: `text` for notifications and clients without blocks, `blocks`
// for the message itself (section blocks with mrkdwn, which Slack-compatible servers read).

export type SlackBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string }; fields?: { type: 'mrkdwn'; text: string }[] }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A comment longer than this is cut in the message (the payload keeps it whole). */
const SLACK_COMMENT_MAX = 500;

/** Slack's mrkdwn treats these three as control characters. */
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function contactLabel(contact: AlertContactData | null): string {
  if (!contact) return 'A removed contact';
  const who = contact.name ?? contact.email ?? contact.externalId ?? `Contact ${contact.id}`;
  return contact.company ? `${who} (${contact.company})` : who;
}

function utcLabel(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function mrkdwnSection(text: string, fields?: string[]): SlackBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text },
    ...(fields ? { fields: fields.map((field) => ({ type: 'mrkdwn' as const, text: field })) } : {}),
  };
}

/** What a Slack message says about an event besides the contact and the action. */
function slackFactsOf(payload: Exclude<AlertPayload, { type: 'alert.test' }>): {
  title: string;
  score: number | null;
  comment: string | null;
  when: string;
} {
  if (payload.type === ALERT_EVENT_TYPES.RECOVERY_OVERDUE) {
    const { contact, followUp } = payload.data;
    return {
      title: 'Recovery overdue',
      score: contact?.loyalty.latestScore ?? null,
      comment: contact?.loyalty.latestComment ?? null,
      when: `*Due*\n${followUp.dueAt ? utcLabel(followUp.dueAt) : 'no due time'}`,
    };
  }
  const { response, contact } = payload.data;
  const { previousCategory, previousScore } = contact.loyalty;
  const fell = payload.type === ALERT_EVENT_TYPES.FALL_TO_DETRACTOR && previousCategory !== null;
  return {
    title: fell ? `Fell to detractor from ${previousCategory.toLowerCase()} (${previousScore}/10)` : 'Detractor answer',
    score: response.score,
    comment: response.comment,
    when: `*Answered*\n${utcLabel(response.answeredAt)}`,
  };
}

export function slackMessageOf(payload: AlertPayload): SlackMessage {
  if (payload.type === ALERT_EVENT_TYPES.TEST) {
    const message = escapeMrkdwn(payload.data.message);
    return { text: message, blocks: [mrkdwnSection(message)] };
  }
  const { title, score, comment, when } = slackFactsOf(payload);
  const who = escapeMrkdwn(contactLabel(payload.data.contact));
  const scoreText = score === null ? 'no NPS answer yet' : `${score}/10`;
  const quoted = comment ? escapeMrkdwn(shortened(comment, SLACK_COMMENT_MAX)) : null;
  const action = payload.data.recommendedAction
    ? `Recommended: ${escapeMrkdwn(payload.data.recommendedAction.title)}`
    : null;

  const blocks: SlackBlock[] = [mrkdwnSection(`*${escapeMrkdwn(title)}: ${who}*`, [`*Score*\n${scoreText}`, when])];
  if (quoted) blocks.push(mrkdwnSection(`> ${quoted.replaceAll('\n', '\n> ')}`));
  if (action) blocks.push(mrkdwnSection(`*${action}*`));
  const text = [`${escapeMrkdwn(title)}: ${who} scored ${scoreText}`, quoted && `"${quoted}"`, action]
    .filter(Boolean)
    .join('. ');
  return { text, blocks };
}
