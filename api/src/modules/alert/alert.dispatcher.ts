import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SecretBoxError, type SecretBox } from '../../auth/secret-box';
import { startPeriodic, type PeriodicJob } from '../../periodic';
import {
  AlertDeliveryModel,
  AlertEndpointModel,
  credentialContextOf,
  type AlertDeliveryDoc,
  type AlertEndpointDoc,
} from './alert.model';
import { slackMessageOf } from './alert.payload';

// Sends what the outbox holds. Every API process runs a dispatcher; a delivery is claimed
// by one conditional update (due PENDING, or SENDING whose claim has expired -> SENDING
// under a new claim id), so exactly one process sends each attempt, and only the claim's
// holder records how it went. A process that dies mid-send leaves a claim that expires:
// the delivery is tried again, with the same `webhook-id` for the receiver to dedupe.

export interface AlertDispatchOptions {
  /** Wait before the 2nd, 3rd, … attempt (jitter added); once the last is spent, FAILED. */
  retryDelaysMs?: readonly number[];
  /** How long an endpoint has to answer an attempt. */
  timeoutMs?: number;
  /** How long a claim holds; past it another process takes the delivery over. Well above timeoutMs. */
  claimMs?: number;
  /** Deliveries of one workspace sent at once, so one slow endpoint does not hold up the rest. */
  concurrency?: number;
}

/** 30 s, 2 min, 10 min, 1 h, 6 h: six attempts over about seven hours. */
const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 3_600_000, 21_600_000];
const DEFAULTS: Required<AlertDispatchOptions> = {
  retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
  timeoutMs: 10_000,
  claimMs: 60_000,
  concurrency: 4,
};
/** Up to this share of a delay is added at random, so retries to an endpoint that was down spread out. */
const JITTER = 0.2;
/** How much of a refusing endpoint's answer is kept as the error. */
const ANSWER_EXCERPT_CHARS = 200;
const USER_AGENT = 'NPS-Desk-Alerts/1';

/** The wait before the next attempt after `attempts` failed ones; null once every attempt is spent. */
export function retryDelayAfter(attempts: number, delaysMs: readonly number[], random = Math.random): number | null {
  const delay = delaysMs[attempts - 1];
  return delay === undefined ? null : Math.round(delay * (1 + JITTER * random()));
}

/** Claims one due delivery of the workspace (or the one with `id`), soonest due first. */
async function claimDelivery(
  scope: { workspaceId: string; _id?: string },
  claimMs: number,
): Promise<AlertDeliveryDoc | null> {
  const now = new Date();
  return AlertDeliveryModel.findOneAndUpdate(
    { ...scope, status: { $in: ['PENDING', 'SENDING'] }, nextAttemptAt: { $lte: now } },
    {
      $set: {
        status: 'SENDING',
        claimId: randomUUID(),
        nextAttemptAt: new Date(now.getTime() + claimMs),
        lastAttemptAt: now,
      },
      $inc: { attempts: 1 },
    },
    { sort: { nextAttemptAt: 1 }, returnDocument: 'after' },
  )
    .lean<AlertDeliveryDoc>()
    .exec();
}

interface AlertRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The HTTP request of one attempt. Standard Webhooks: the payload as JSON, signed for this
 * moment (receivers refuse old timestamps, so each attempt signs anew). Slack: a message
 * made from the payload, posted to the sealed URL.
 */
function alertRequestOf(
  endpoint: AlertEndpointDoc,
  delivery: AlertDeliveryDoc,
  secrets: SecretBox,
  now: Date,
): AlertRequest {
  const credential = secrets.open(endpoint.sealedCredential, credentialContextOf(endpoint.workspaceId, endpoint._id));
  const headers = { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'webhook-id': delivery._id };
  if (endpoint.kind === 'SLACK') {
    return { url: credential, headers, body: JSON.stringify(slackMessageOf(delivery.payload)) };
  }
  const body = JSON.stringify(delivery.payload);
  return {
    url: endpoint.url,
    headers: {
      ...headers,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(credential).sign(delivery._id, now, body),
    },
    body,
  };
}

type AttemptOutcome =
  | { kind: 'sent'; statusCode: number }
  /** Worth another attempt. */
  | { kind: 'failed'; statusCode: number | null; error: string }
  /** Never worth another attempt. */
  | { kind: 'abandoned'; error: string };

/** The start of a refusing endpoint's answer, read no further than needed. */
async function answerExcerpt(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < ANSWER_EXCERPT_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
  } catch {
    // What was read, if anything, is all the error says.
  }
  return text.slice(0, ANSWER_EXCERPT_CHARS).trim();
}

function networkErrorOf(error: unknown, timeoutMs: number): string {
  // Duck-typed: the abort reason is a DOMException, not always an Error of this realm.
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string } };
  if (name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  return `could not reach the endpoint: ${cause?.code ?? message}`;
}

async function post(request: AlertRequest, timeoutMs: number): Promise<AttemptOutcome> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      // A redirect is an answer to fix at the endpoint, not to follow with a signed body.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { kind: 'sent', statusCode: response.status };
    }
    const excerpt = await answerExcerpt(response);
    return {
      kind: 'failed',
      statusCode: response.status,
      error: `HTTP ${response.status}${excerpt && `: ${excerpt}`}`,
    };
  } catch (error) {
    return { kind: 'failed', statusCode: null, error: networkErrorOf(error, timeoutMs) };
  }
}

async function attemptOutcome(
  delivery: AlertDeliveryDoc,
  secrets: SecretBox,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const endpoint = await AlertEndpointModel.findOne({ _id: delivery.endpointId, workspaceId: delivery.workspaceId })
    .lean<AlertEndpointDoc>()
    .exec();
  if (!endpoint) return { kind: 'abandoned', error: 'the endpoint was removed' };
  // A test may try an endpoint before it is switched on.
  if (!endpoint.enabled && delivery.event !== 'TEST') return { kind: 'abandoned', error: 'the endpoint is disabled' };
  let request: AlertRequest;
  try {
    request = alertRequestOf(endpoint, delivery, secrets, new Date());
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    return { kind: 'failed', statusCode: null, error: "the endpoint's credential does not open with NPS_SECRETS_KEY" };
  }
  return post(request, timeoutMs);
}

/** Makes one attempt at a claimed delivery and records it (only while the claim holds). */
async function attemptClaimed(
  delivery: AlertDeliveryDoc,
  secrets: SecretBox,
  settings: Required<AlertDispatchOptions>,
): Promise<AlertDeliveryDoc | null> {
  const outcome = await attemptOutcome(delivery, secrets, settings.timeoutMs);
  const now = new Date();
  let update: Partial<AlertDeliveryDoc>;
  if (outcome.kind === 'sent') {
    update = { status: 'SENT', sentAt: now, nextAttemptAt: null, lastStatusCode: outcome.statusCode, lastError: null };
  } else {
    const delay = outcome.kind === 'failed' ? retryDelayAfter(delivery.attempts, settings.retryDelaysMs) : null;
    update = {
      status: delay === null ? 'FAILED' : 'PENDING',
      nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
      lastStatusCode: outcome.kind === 'failed' ? outcome.statusCode : null,
      lastError: outcome.error,
    };
  }
  return AlertDeliveryModel.findOneAndUpdate(
    { _id: delivery._id, claimId: delivery.claimId },
    { $set: { ...update, claimId: null } },
    { returnDocument: 'after' },
  )
    .lean<AlertDeliveryDoc>()
    .exec();
}

export interface AlertDispatchSummary {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends every due delivery, workspace by workspace (those with endpoints), a few at a time,
 * until none is due or `stopping` aborts.
 */
export async function dispatchDueAlerts(
  secrets: SecretBox,
  options: AlertDispatchOptions = {},
  stopping?: AbortSignal,
): Promise<AlertDispatchSummary> {
  const settings = { ...DEFAULTS, ...options };
  const summary: AlertDispatchSummary = { sent: 0, retrying: 0, failed: 0 };
  const workspaceIds: string[] = await AlertEndpointModel.distinct('workspaceId').exec();
  for (const workspaceId of workspaceIds) {
    const worker = async () => {
      while (!stopping?.aborted) {
        const claimed = await claimDelivery({ workspaceId }, settings.claimMs);
        if (!claimed) return;
        const recorded = await attemptClaimed(claimed, secrets, settings);
        if (recorded?.status === 'SENT') summary.sent += 1;
        else if (recorded?.status === 'PENDING') summary.retrying += 1;
        else if (recorded?.status === 'FAILED') summary.failed += 1;
      }
    };
    // Settle every worker before a failure ends the pass: none is left running behind it.
    const workers = await Promise.allSettled(Array.from({ length: settings.concurrency }, worker));
    const failure = workers.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
  return summary;
}

/**
 * Makes the next attempt at one delivery now, if it is due and no other process has it;
 * answers the delivery as it stands afterwards.
 */
export async function dispatchAlertNow(
  workspaceId: string,
  id: string,
  secrets: SecretBox,
  options: AlertDispatchOptions = {},
): Promise<AlertDeliveryDoc | null> {
  const settings = { ...DEFAULTS, ...options };
  const claimed = await claimDelivery({ _id: id, workspaceId }, settings.claimMs);
  if (claimed) {
    const recorded = await attemptClaimed(claimed, secrets, settings);
    if (recorded) return recorded;
  }
  return AlertDeliveryModel.findOne({ _id: id, workspaceId }).lean<AlertDeliveryDoc>().exec();
}

/** Sends due deliveries now and every `intervalMs` (2 s) until stopped. */
export function startAlertDispatcher(
  secrets: SecretBox,
  log: (message: string) => void,
  options: AlertDispatchOptions & { intervalMs?: number } = {},
): PeriodicJob {
  const { intervalMs = 2_000, ...dispatch } = options;
  return startPeriodic(
    async (stopping) => {
      const { failed } = await dispatchDueAlerts(secrets, dispatch, stopping);
      if (failed > 0) log(`alerts: ${failed} deliveries given up (see alertDeliveries(filter: { status: FAILED }))`);
    },
    intervalMs,
    (error) => log(`alert dispatcher failed: ${error.message}`),
  );
}
