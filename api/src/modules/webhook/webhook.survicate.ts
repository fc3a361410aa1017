import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseInput, requiredText } from '../../validation';
import { amendResponseComment } from '../response/response.service';
import { DeliveryError, recordDelivery, type WebhookReceiver } from './webhook.delivery';

// POST /hooks/<workspace>/survicate: Survicate's "question answered" events
// (developers.survicate.com/webhooks). Its `Hmac` header is the lowercase hex HMAC-SHA256
// of the raw body keyed with the workspace's Signing Secret; nothing else is signed, and
// there is no timestamp, so replays are harmless only because recording is idempotent.
// Mapping (documented in docs/webhooks.md):
//   NPS question: choice.id -> score, choice.comment -> comment, survey.name -> campaign
//   text question: text -> comment of the answer already stored for the same responseUuid
//   respondent.attributes -> contact and segments (ATTRIBUTE_FIELDS)

const SOURCE = 'survicate';
const EVENT_FIELD = 'event.questionAnswered.';

/** Respondent attributes NPS Desk reads (Survicate's own trait names: `user_id`, `first_name`, ...). */
const ATTRIBUTE_FIELDS = {
  externalId: 'user_id',
  email: 'email',
  name: 'name',
  company: 'company',
  plan: 'plan',
  region: 'region',
  channel: 'channel',
  ticketId: 'ticket_id',
  agentId: 'agent_id',
  team: 'team',
} as const;

const eventSchema = z.object({ event: z.object({ questionAnswered: z.unknown().optional() }) });

const questionAnsweredSchema = z.object({
  responseUuid: requiredText(200),
  // Survicate's docs name the question type without listing its values; see isNpsQuestion.
  type: z.string().nullish(),
  timestamp: z.iso
    .datetime({ offset: true, error: 'must be an ISO-8601 date-time' })
    .transform((value) => new Date(value)),
  survey: z.object({ name: z.string().nullish() }).nullish(),
  respondent: z
    .object({
      // An object of custom attributes, sent as `[]` when the respondent has none.
      attributes: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown()).max(0)]).nullish(),
    })
    .nullish(),
  // Choice questions; for NPS, `id` is the score.
  choice: z.object({ id: z.number(), comment: z.string().nullish() }).nullish(),
  text: z.string().nullish(),
});

type Attributes = Record<string, unknown>;

/** `nps`, `NPS`, `net_promoter_score`, `NetPromoterScore`, ... */
function isNpsQuestion(type: string | null | undefined): boolean {
  const letters = type?.toLowerCase().replace(/[^a-z]/g, '');
  return letters === 'nps' || letters === 'netpromoterscore';
}

function attribute(attributes: Attributes, field: keyof typeof ATTRIBUTE_FIELDS): string | undefined {
  const value = attributes[ATTRIBUTE_FIELDS[field]];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function nameOf(attributes: Attributes): string | undefined {
  const parts = [attributes.first_name, attributes.last_name].filter((part) => typeof part === 'string' && part);
  return attribute(attributes, 'name') ?? (parts.join(' ') || undefined);
}

export const survicateReceiver: WebhookReceiver = {
  provider: 'SURVICATE',

  verify(body, headers, secrets) {
    const signature = headers.hmac;
    if (typeof signature !== 'string' || signature === '') {
      throw new DeliveryError('SIGNATURE_MISSING', 'The Hmac header is missing');
    }
    const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
    for (const secret of secrets) {
      const expected = Buffer.from(createHmac('sha256', secret.value).update(body).digest('hex'), 'utf8');
      if (expected.length === given.length && timingSafeEqual(expected, given)) return secret;
    }
    throw new DeliveryError('SIGNATURE_INVALID', 'No active secret of this endpoint signed this delivery');
  },

  async deliver(viewer, payload, now) {
    const { event } = parseInput(eventSchema, payload);
    if (event.questionAnswered === undefined) return { ignored: 'only question answered events are recorded' };
    const answered = parseInput(questionAnsweredSchema, event.questionAnswered, EVENT_FIELD);

    if (typeof answered.text === 'string') {
      const amended = await amendResponseComment(viewer, {
        source: SOURCE,
        sourceId: answered.responseUuid,
        comment: answered.text,
      });
      if (!amended) {
        throw new DeliveryError(
          'RESPONSE_NOT_RECORDED',
          'No NPS answer of this Survicate response is recorded yet to attach the comment to: retry later',
          `${EVENT_FIELD}responseUuid`,
        );
      }
      return { duplicate: !amended.changed, responseId: amended.response._id.toHexString() };
    }
    if (!isNpsQuestion(answered.type)) return { ignored: 'only NPS and text questions are recorded' };
    if (!answered.choice) {
      throw new DeliveryError('BAD_USER_INPUT', 'An NPS answer carries its score in choice.id', `${EVENT_FIELD}choice`);
    }

    const attributes: Attributes = Array.isArray(answered.respondent?.attributes)
      ? {}
      : (answered.respondent?.attributes ?? {});
    const contact = {
      externalId: attribute(attributes, 'externalId'),
      email: attribute(attributes, 'email'),
      name: nameOf(attributes),
      company: attribute(attributes, 'company'),
      plan: attribute(attributes, 'plan'),
      region: attribute(attributes, 'region'),
    };
    if (contact.externalId === undefined && contact.email === undefined) {
      throw new DeliveryError(
        'BAD_USER_INPUT',
        'The respondent has neither a user_id nor an email attribute: whose answer it is cannot be told',
        `${EVENT_FIELD}respondent.attributes`,
      );
    }
    return recordDelivery(
      viewer,
      {
        contact,
        answer: {
          metric: 'NPS',
          score: answered.choice.id,
          comment: answered.choice.comment,
          channel: attribute(attributes, 'channel'),
          campaign: answered.survey?.name,
          ticketId: attribute(attributes, 'ticketId'),
          agentId: attribute(attributes, 'agentId'),
          team: attribute(attributes, 'team'),
          answeredAt: answered.timestamp,
          source: SOURCE,
          sourceId: answered.responseUuid,
        },
      },
      now,
    );
  },
};
