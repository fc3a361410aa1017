import mongoose, { Schema, type Types } from 'mongoose';
import type { AlertPayload } from './alert.payload';

export const ALERT_ENDPOINT_KINDS = ['STANDARD_WEBHOOK', 'SLACK'] as const;
export type AlertEndpointKind = (typeof ALERT_ENDPOINT_KINDS)[number];

/** What endpoints subscribe to. */
export const SUBSCRIBABLE_ALERT_EVENTS = ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR', 'RECOVERY_OVERDUE'] as const;
export type SubscribableAlertEvent = (typeof SUBSCRIBABLE_ALERT_EVENTS)[number];
/** Every event a delivery can carry: the subscribable ones and the test an admin sends. */
export const ALERT_EVENTS = [...SUBSCRIBABLE_ALERT_EVENTS, 'TEST'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

export const ALERT_DELIVERY_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type AlertDeliveryStatus = (typeof ALERT_DELIVERY_STATUSES)[number];

export interface AlertEndpointDoc {
  _id: Types.ObjectId;
  workspaceId: string;
  kind: AlertEndpointKind;
  name: string;
  /** Where alerts go; for Slack only the URL's origin, the whole URL being a credential. */
  url: string;
  /**
   * Sealed with the secret box: the signing secret (`whsec_…`) of a Standard Webhooks
   * endpoint, the whole incoming-webhook URL of a Slack one.
   */
  sealedCredential: string;
  events: SubscribableAlertEvent[];
  enabled: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What an endpoint's credential is sealed for: a sealed value copied to another endpoint does not open. */
export function credentialContextOf(workspaceId: string, endpointId: Types.ObjectId): string {
  return `alert-endpoint:${workspaceId}:${endpointId.toHexString()}`;
}

const endpointSchema = new Schema<AlertEndpointDoc>(
  {
    workspaceId: { type: String, required: true },
    kind: { type: String, enum: ALERT_ENDPOINT_KINDS, required: true },
    name: { type: String, required: true },
    url: { type: String, required: true },
    sealedCredential: { type: String, required: true },
    events: { type: [String], enum: SUBSCRIBABLE_ALERT_EVENTS, default: [] },
    enabled: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, autoIndex: false },
);

// The endpoints an event goes to, and the admin's list (oldest first).
endpointSchema.index({ workspaceId: 1, enabled: 1, events: 1 });
endpointSchema.index({ workspaceId: 1, _id: 1 });

export const AlertEndpointModel = mongoose.model<AlertEndpointDoc>('AlertEndpoint', endpointSchema, 'alert_endpoints');

/**
 * The outbox: one document per (event, endpoint), stored before anything is sent. Its
 * `_id` is the idempotency id, derived from what the event is about, so storing the same
 * event twice (a re-run pipeline step, two schedulers) stores it once.
 */
export interface AlertDeliveryDoc {
  _id: string;
  workspaceId: string;
  endpointId: Types.ObjectId;
  event: AlertEvent;
  /** The survey response, follow-up or test the event is about. */
  subjectId: string;
  /** The event as it was when stored; every attempt sends it (Slack gets it as a message). */
  payload: AlertPayload;
  status: AlertDeliveryStatus;
  attempts: number;
  /**
   * PENDING: when the next attempt is due. SENDING: when the claim expires, so a delivery
   * whose process died is taken over then. Null once SENT or FAILED.
   */
  nextAttemptAt: Date | null;
  /** The claim of the attempt under way: only its holder records the outcome. */
  claimId: string | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const deliverySchema = new Schema<AlertDeliveryDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    endpointId: { type: Schema.Types.ObjectId, required: true },
    event: { type: String, enum: ALERT_EVENTS, required: true },
    subjectId: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: ALERT_DELIVERY_STATUSES, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: null },
    claimId: { type: String, default: null },
    lastAttemptAt: { type: Date, default: null },
    lastStatusCode: { type: Number, default: null },
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, autoIndex: false },
);

// Due deliveries, for the dispatcher's claims.
deliverySchema.index({ workspaceId: 1, status: 1, nextAttemptAt: 1 });
// The admin's list, newest first, whole or by status or endpoint.
deliverySchema.index({ workspaceId: 1, createdAt: -1, _id: -1 });
deliverySchema.index({ workspaceId: 1, status: 1, createdAt: -1, _id: -1 });
deliverySchema.index({ workspaceId: 1, endpointId: 1, createdAt: -1, _id: -1 });

export const AlertDeliveryModel = mongoose.model<AlertDeliveryDoc>('AlertDelivery', deliverySchema, 'alert_deliveries');
