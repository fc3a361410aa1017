import type { IncomingHttpHeaders } from 'node:http';
import { assertCan, type AuthenticatedViewer } from '../../auth/viewer';
import { httpStatusOf, type ErrorCode } from '../../errors';
import { parseInput } from '../../validation';
import { contactUpsertSchema } from '../contact/contact.input';
import { upsertContact } from '../contact/contact.service';
import { responseValuesSchema } from '../response/response.input';
import { recordResponse, type RecordResponseInput } from '../response/response.service';
import type { WebhookProvider } from './webhook.model';
import type { OpenedSecret } from './webhook.service';

/** A refused delivery: a stable code the sender can act on, answered with its HTTP status (`httpStatusOf`). */
export class DeliveryError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.status = httpStatusOf(code);
  }
}

/** The 200 answer to a delivery: the stored answer, or why the event was not one to store. */
export type DeliveryAnswer = { duplicate: boolean; responseId: string } | { ignored: string };

/** One sender's signature scheme and body format. */
export interface WebhookReceiver {
  provider: WebhookProvider;
  /** The secret that signed the body; throws a 401 DeliveryError when none did. */
  verify(body: Buffer, headers: IncomingHttpHeaders, secrets: OpenedSecret[]): OpenedSecret;
  /** Stores what a verified delivery carries, as the integration viewer. */
  deliver(viewer: AuthenticatedViewer, payload: unknown, now: Date): Promise<DeliveryAnswer>;
}

/** An answer as a delivery carries it: the contact with its segment attributes, and the rest. */
export interface Delivery {
  /** `externalId`, `email`, `name`, `company`, `plan`, `region`, as `contactUpsert` takes them. */
  contact: Record<string, unknown>;
  /** Every field of `responseRecord`'s input but the contact. */
  answer: Omit<RecordResponseInput, 'contact'>;
}

/**
 * Updates the contact like `contactUpsert` (so the answer carries the plan and region the
 * sender knows), then records the answer through `recordResponse`. Both are validated
 * before the first write, with the body's field names, so a bad delivery stores nothing.
 */
export async function recordDelivery(
  viewer: AuthenticatedViewer,
  { contact, answer }: Delivery,
  now: Date,
): Promise<DeliveryAnswer> {
  // Both writes' permissions before the first one (upsertContact checks `contact:write`).
  assertCan(viewer, 'response:record');
  parseInput(responseValuesSchema(now), answer);
  const { externalId, email } = parseInput(contactUpsertSchema, contact, 'contact.');
  await upsertContact(viewer, contact);
  const { response, duplicate } = await recordResponse(viewer, { ...answer, contact: { externalId, email } }, now);
  return { duplicate, responseId: response._id.toHexString() };
}
