import type {
  AlertEndpointAddInput,
  AlertEndpointRemoveInput,
  AlertEndpointTestInput,
  AlertEndpointUpdateInput,
} from '../../__generated__/resolvers-types';
import { randomBytes, randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { objectIdOrNull } from '../../db/object-id';
import type { SecretBox } from '../../auth/secret-box';
import { assertCan, type Viewer } from '../../auth/viewer';
import { notFound } from '../../errors';
import {
  cursorCodec,
  idKeyset,
  keyset,
  keysetFilter,
  keysetSort,
  paginate,
  type Connection,
} from '../../graphql/pagination';
import { parseInput } from '../../validation';
import { dispatchAlertNow, type AlertDispatchOptions } from './alert.dispatcher';
import { enqueueAlertDelivery } from './alert.events';
import { alertEndpointAddSchema, alertEndpointIdSchema, alertEndpointUpdateSchema } from './alert.input';
import {
  AlertDeliveryModel,
  AlertEndpointModel,
  credentialContextOf,
  type AlertDeliveryDoc,
  type AlertDeliveryStatus,
  type AlertEndpointDoc,
} from './alert.model';
import { testAlertPayload } from './alert.payload';

// Admins' management of alert endpoints and their view of the deliveries.

/** Standard Webhooks signing keys NPS Desk generates: 32 random bytes. */
const SIGNING_KEY_BYTES = 32;

/** A delivery with its endpoint (null once removed), read for a page at once. */
export interface AlertDeliveryView extends AlertDeliveryDoc {
  endpoint: AlertEndpointDoc | null;
}

async function findEndpoint(workspaceId: string, id: string): Promise<AlertEndpointDoc> {
  const _id = objectIdOrNull(id);
  const endpoint = _id ? await AlertEndpointModel.findOne({ _id, workspaceId }).lean<AlertEndpointDoc>().exec() : null;
  if (!endpoint) throw notFound('No alert endpoint matches in this workspace');
  return endpoint;
}

/**
 * Where an endpoint posts, as stored: a Standard Webhooks URL as it is (its credential is
 * the signing secret); a Slack URL, itself the credential, sealed, showing only its origin.
 */
function slackTarget(box: SecretBox, workspaceId: string, endpointId: Types.ObjectId, url: string) {
  return {
    url: `${new URL(url).origin}/…`,
    sealedCredential: box.seal(url, credentialContextOf(workspaceId, endpointId)),
  };
}

export interface AlertEndpointAdded {
  endpoint: AlertEndpointDoc;
  /** The Standard Webhooks signing secret, returned this once; null for Slack. */
  signingSecret: string | null;
}

export async function addAlertEndpoint(
  viewer: Viewer,
  box: SecretBox,
  input: AlertEndpointAddInput,
): Promise<AlertEndpointAdded> {
  const { workspaceId, userId } = assertCan(viewer, 'alert:manage');
  const values = parseInput(alertEndpointAddSchema, input);
  const _id = new Types.ObjectId();
  let signingSecret: string | null = null;
  let target: Pick<AlertEndpointDoc, 'url' | 'sealedCredential'>;
  if (values.kind === 'SLACK') {
    target = slackTarget(box, workspaceId, _id, values.url);
  } else {
    signingSecret = `whsec_${randomBytes(SIGNING_KEY_BYTES).toString('base64')}`;
    target = { url: values.url, sealedCredential: box.seal(signingSecret, credentialContextOf(workspaceId, _id)) };
  }
  const created = await AlertEndpointModel.create({
    _id,
    workspaceId,
    kind: values.kind,
    name: values.name,
    ...target,
    events: values.events,
    enabled: values.enabled,
    createdBy: userId,
  });
  return { endpoint: created.toObject<AlertEndpointDoc>(), signingSecret };
}

export async function updateAlertEndpoint(
  viewer: Viewer,
  box: SecretBox,
  input: AlertEndpointUpdateInput,
): Promise<AlertEndpointDoc> {
  const { workspaceId } = assertCan(viewer, 'alert:manage');
  const values = parseInput(alertEndpointUpdateSchema, input);
  const endpoint = await findEndpoint(workspaceId, values.id);
  const changes: Partial<AlertEndpointDoc> = {};
  if (values.name != null) changes.name = values.name;
  if (values.events != null) changes.events = values.events;
  if (values.enabled != null) changes.enabled = values.enabled;
  if (values.url != null) {
    Object.assign(
      changes,
      endpoint.kind === 'SLACK' ? slackTarget(box, workspaceId, endpoint._id, values.url) : { url: values.url },
    );
  }
  const updated = await AlertEndpointModel.findOneAndUpdate(
    { _id: endpoint._id, workspaceId },
    { $set: changes },
    { returnDocument: 'after' },
  )
    .lean<AlertEndpointDoc>()
    .exec();
  if (!updated) throw notFound('No alert endpoint matches in this workspace');
  return updated;
}

/** Removes an endpoint; what was waiting for it is given up, its past deliveries stay listed. */
export async function removeAlertEndpoint(viewer: Viewer, input: AlertEndpointRemoveInput): Promise<string> {
  const { workspaceId } = assertCan(viewer, 'alert:manage');
  const { id } = parseInput(alertEndpointIdSchema, input);
  const _id = objectIdOrNull(id);
  const removed = _id
    ? await AlertEndpointModel.findOneAndDelete({ _id, workspaceId }).lean<AlertEndpointDoc>().exec()
    : null;
  if (!removed) throw notFound('No alert endpoint matches in this workspace');
  // The dispatcher gives up a removed endpoint's deliveries too, but only in workspaces
  // that still have an endpoint: settle them here.
  await AlertDeliveryModel.updateMany(
    { workspaceId, endpointId: removed._id, status: 'PENDING' },
    { $set: { status: 'FAILED', nextAttemptAt: null, lastError: 'the endpoint was removed' } },
  ).exec();
  return id;
}

const ENDPOINTS_KEYSET = idKeyset(1, (endpoint: AlertEndpointDoc) => endpoint._id);

/** The workspace's endpoints, oldest first. */
export async function listAlertEndpoints(
  viewer: Viewer,
  args: { first: number; after?: string | null },
): Promise<Connection<AlertEndpointDoc>> {
  const { workspaceId } = assertCan(viewer, 'alert:manage');
  return paginate(ENDPOINTS_KEYSET, args, ({ after, limit }) =>
    AlertEndpointModel.find(keysetFilter(ENDPOINTS_KEYSET, { workspaceId }, after))
      .sort(keysetSort(ENDPOINTS_KEYSET))
      .limit(limit)
      .lean<AlertEndpointDoc[]>()
      .exec(),
  );
}

async function withEndpoints(workspaceId: string, deliveries: AlertDeliveryDoc[]): Promise<AlertDeliveryView[]> {
  const endpointIds = [...new Set(deliveries.map((delivery) => delivery.endpointId.toHexString()))];
  const endpoints = await AlertEndpointModel.find({ _id: { $in: endpointIds }, workspaceId })
    .lean<AlertEndpointDoc[]>()
    .exec();
  const byId = new Map(endpoints.map((endpoint) => [endpoint._id.toHexString(), endpoint]));
  return deliveries.map((delivery) => ({ ...delivery, endpoint: byId.get(delivery.endpointId.toHexString()) ?? null }));
}

export interface AlertDeliveryFilter {
  status?: AlertDeliveryStatus | null;
  endpointId?: string | null;
}

/** Newest first; a delivery's id is a string derived from what it reports. */
const DELIVERIES_KEYSET = keyset(
  cursorCodec({ createdAt: 'time', id: 'string' }),
  [
    { key: 'createdAt', path: 'createdAt', direction: -1 },
    { key: 'id', path: '_id', direction: -1 },
  ],
  (delivery: AlertDeliveryView) => ({ createdAt: delivery.createdAt, id: delivery._id }),
);

/** Recent deliveries and failures, newest first (keyset pages on creation time and id). */
export async function listAlertDeliveries(
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: AlertDeliveryFilter | null },
): Promise<Connection<AlertDeliveryView>> {
  const { workspaceId } = assertCan(viewer, 'alert:manage');
  const scope: Record<string, unknown> = { workspaceId };
  if (args.filter?.status) scope.status = args.filter.status;
  if (args.filter?.endpointId) {
    // An unknown or malformed endpoint id simply matches nothing.
    scope.endpointId = objectIdOrNull(args.filter.endpointId) ?? new Types.ObjectId('000000000000000000000000');
  }
  return paginate(DELIVERIES_KEYSET, args, async ({ after, limit }) => {
    const deliveries = await AlertDeliveryModel.find(keysetFilter(DELIVERIES_KEYSET, scope, after))
      .sort(keysetSort(DELIVERIES_KEYSET))
      .limit(limit)
      .lean<AlertDeliveryDoc[]>()
      .exec();
    return withEndpoints(workspaceId, deliveries);
  });
}

/**
 * Stores a test event for the endpoint and makes its first attempt now, as the dispatcher
 * would; a failed test is retried like any delivery.
 */
export async function testAlertEndpoint(
  viewer: Viewer,
  box: SecretBox,
  input: AlertEndpointTestInput,
  dispatch: AlertDispatchOptions = {},
): Promise<AlertDeliveryView> {
  const { workspaceId } = assertCan(viewer, 'alert:manage');
  const { id } = parseInput(alertEndpointIdSchema, input);
  const endpoint = await findEndpoint(workspaceId, id);
  const now = new Date();
  const payload = testAlertPayload(workspaceId, endpoint._id.toHexString(), now);
  const stored = await enqueueAlertDelivery(
    { workspaceId, endpointId: endpoint._id, event: 'TEST', subjectId: randomUUID(), payload },
    now,
  );
  const delivery = await dispatchAlertNow(workspaceId, stored.id, box, dispatch);
  if (!delivery) throw notFound('The test delivery is gone');
  const [view] = await withEndpoints(workspaceId, [delivery]);
  return view!;
}
