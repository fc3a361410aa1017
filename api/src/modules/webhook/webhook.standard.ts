import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { z } from 'zod';
import { parseInput } from '../../validation';
import { DeliveryError, recordDelivery, type WebhookReceiver } from './webhook.delivery';

// POST /hooks/<workspace>/standard: Standard Webhooks (https://www.standardwebhooks.com/).
// The `standardwebhooks` package checks the signature: `v1,<base64 HMAC-SHA256>` of
// `<webhook-id>.<webhook-timestamp>.<body>` under any active secret, compared in constant
// time, with the timestamp at most 5 minutes off either way.

const SIGNED_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

/** Left to the schemas of `contactUpsert` and `responseRecord`, which judge every value. */
const checkedLater = z.unknown().optional();

/**
 * The body: `responseRecord`'s input as JSON (`answeredAt` an ISO-8601 string, `metric`
 * NPS by default), with the contact's `plan` and `region`. Unknown fields are refused, as
 * GraphQL refuses them.
 */
const standardBodySchema = z.strictObject({
  contact: z.strictObject({
    externalId: checkedLater,
    email: checkedLater,
    name: checkedLater,
    company: checkedLater,
    plan: checkedLater,
    region: checkedLater,
  }),
  metric: checkedLater.default('NPS'),
  score: checkedLater,
  scaleMax: checkedLater,
  comment: checkedLater,
  channel: checkedLater,
  campaign: checkedLater,
  ticketId: checkedLater,
  agentId: checkedLater,
  team: checkedLater,
  tags: checkedLater,
  answeredAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO-8601 date-time such as 2026-11-01T10:00:00Z' })
    .transform((value) => new Date(value))
    .nullish(),
  source: checkedLater,
  sourceId: checkedLater,
});

export const standardReceiver: WebhookReceiver = {
  provider: 'STANDARD',

  verify(body, headers, secrets) {
    const signed: Record<string, string> = {};
    for (const name of SIGNED_HEADERS) {
      const value = headers[name];
      if (typeof value !== 'string' || value === '') {
        throw new DeliveryError('SIGNATURE_MISSING', `The ${name} header is missing`);
      }
      signed[name] = value;
    }
    if (!/^\d+$/.test(signed['webhook-timestamp'] ?? '')) {
      throw new DeliveryError('SIGNATURE_INVALID', 'webhook-timestamp must be a Unix time in seconds');
    }
    for (const secret of secrets) {
      try {
        new Webhook(secret.value).verify(body, signed, { jsonParse: false });
        return secret;
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        // Checked before the signature, and the same whatever the secret.
        if (/timestamp too (old|new)/i.test(error.message)) {
          throw new DeliveryError(
            'TIMESTAMP_OUT_OF_TOLERANCE',
            'webhook-timestamp is more than 5 minutes away from the server time',
          );
        }
      }
    }
    throw new DeliveryError('SIGNATURE_INVALID', 'No active secret of this endpoint signed this delivery');
  },

  async deliver(viewer, payload, now) {
    const { contact, ...answer } = parseInput(standardBodySchema, payload);
    return recordDelivery(viewer, { contact, answer }, now);
  },
};
