import type { Types } from 'mongoose';
import { startPeriodic, type PeriodicJob } from '../../periodic';
import { enqueueAnswerAlerts } from '../alert/alert.events';
import { refreshContactAfterResponse } from '../contact/contact.service';
import { countResponseInReports, refreshRecoveryLinks, untagResponseCounts } from '../report/report.counts';
import { ResponseModel, type RecordingStep, type ResponseDoc } from '../response/response.model';
import { WorkspaceModel } from '../workspace/workspace.model';
import { hasUnfinishedImportBatch, settleImportBatches } from './recording.batch';
import { acquireContactLease, LEASE_MS } from './recording.lease';

// The recording pipeline: what happens to an answer once it is stored. Every way in but
// imports (GraphQL, webhooks) stores the answer with the steps still to do in its `pending`
// list, then finishes them here; an import does the same for a batch of answers at once
// (recording.batch.ts), except alerts:
//
//   stored answer ─▶ snapshot ───▶ alerts ───▶ counts ───▶ recovery ──▶ untag ─▶ done
//                    contact's     alert       report      detractor    counts' tags
//                    loyalty/CSAT  deliveries  aggregates  recovery     pulled again
//                    snapshots     stored      (tagged)    links
//
// `alerts` only stores deliveries (the alert dispatcher sends them), so a receiver that is
// slow or down never holds up or fails a recording.
//
// Each step is recorded done (pulled from `pending`) only after it ran, and each can run
// again without effect, so a process that dies between two steps leaves an answer that a
// retried delivery or the sweep finishes: it is counted exactly once. A contact's answers
// go through the pipeline under the contact's lease, one process and one answer at a time,
// in answer order.

/** Every step, in the order they run. */
export const RECORDING_STEPS: readonly RecordingStep[] = ['snapshot', 'alerts', 'counts', 'recovery', 'untag'];

const STEP_RUNNERS: Record<RecordingStep, (response: ResponseDoc) => Promise<void>> = {
  snapshot: refreshContactAfterResponse,
  // After `snapshot`: a fall to detractor is read from the contact's fresh snapshot.
  alerts: (response) => enqueueAnswerAlerts(response),
  counts: countResponseInReports,
  recovery: refreshRecoveryLinks,
  // After `counts` is recorded done: a crash before that mark re-runs `counts` against the tags.
  untag: untagResponseCounts,
};

export interface PipelineOptions {
  /** How long to wait for another process working through the same contact. */
  leaseWaitMs?: number;
  /** Called after each step ran and before it is recorded done; tests fail here on purpose. */
  afterStep?: (step: RecordingStep, response: ResponseDoc) => Promise<void> | void;
}

const DEFAULT_LEASE_WAIT_MS = 10_000;
const BACKLOG_PAGE = 50;

async function runPendingSteps(response: ResponseDoc, options: PipelineOptions): Promise<void> {
  for (const step of RECORDING_STEPS) {
    if (!response.pending.includes(step)) continue;
    await STEP_RUNNERS[step](response);
    await options.afterStep?.(step, response);
    await ResponseModel.updateOne({ _id: response._id }, { $pull: { pending: step } }).exec();
  }
}

/**
 * Finishes every pending answer of one contact, in answer order, under its lease. Returns
 * false when another process held the lease all along (that process, or the sweep, does it),
 * or when an import batch with answers of the contact died unfinished (the sweep finishes
 * that batch first).
 */
export async function finishContactRecordings(
  workspaceId: string,
  contactId: Types.ObjectId,
  options: PipelineOptions = {},
): Promise<boolean> {
  const lease = await acquireContactLease(workspaceId, contactId, options.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS);
  if (!lease) return false;
  try {
    if (await hasUnfinishedImportBatch(workspaceId, contactId)) return false;
    for (;;) {
      const backlog = await ResponseModel.find({ workspaceId, contactId, pending: { $in: RECORDING_STEPS } })
        .sort({ answeredAt: 1, _id: 1 })
        .limit(BACKLOG_PAGE)
        .lean<ResponseDoc[]>()
        .exec();
      for (const response of backlog) await runPendingSteps(response, options);
      if (backlog.length < BACKLOG_PAGE) return true;
    }
  } finally {
    await lease.release();
  }
}

/**
 * Runs the snapshot step again for an answer changed in place after it was recorded (a
 * comment that came later), under the contact's lease so it never interleaves with the
 * pipeline working on the same contact. Throws when the lease cannot be had; the caller
 * fails, and its retry runs this again.
 */
export async function rerunSnapshotStep(response: ResponseDoc, options: PipelineOptions = {}): Promise<void> {
  const { workspaceId, contactId } = response;
  const lease = await acquireContactLease(workspaceId, contactId, options.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS);
  if (!lease) throw new Error(`Contact ${contactId.toHexString()} is busy: its snapshot was not refreshed`);
  try {
    await STEP_RUNNERS.snapshot(response);
  } finally {
    await lease.release();
  }
}

export interface SweepSummary {
  contacts: number;
  unfinished: number;
}

/**
 * Finishes what died with a process: every answer of any workspace with steps left. Run at
 * startup and then now and again; contacts another process is working on are left to it.
 */
export async function sweepPendingRecordings(options: PipelineOptions = {}): Promise<SweepSummary> {
  const summary: SweepSummary = { contacts: 0, unfinished: 0 };
  const workspaces = await WorkspaceModel.find().select({ _id: 1 }).lean<{ _id: string }[]>().exec();
  for (const { _id: workspaceId } of workspaces) {
    const swept = await sweepWorkspaceRecordings(workspaceId, options);
    summary.contacts += swept.contacts;
    summary.unfinished += swept.unfinished;
  }
  return summary;
}

/**
 * The sweep of one workspace: first the import batches a dead process left, then every
 * answer with steps left. Waits `leaseWaitMs` for busy contacts (default: not at all; an
 * import starting after a killed one waits for the dead process's leases to expire).
 */
export async function sweepWorkspaceRecordings(
  workspaceId: string,
  options: PipelineOptions = {},
): Promise<SweepSummary> {
  const leaseWaitMs = options.leaseWaitMs ?? 0;
  // Imported answers are history: a batch does every step but alerts, and so do its answers
  // handed back to the pipeline.
  const summary = await settleImportBatches(
    workspaceId,
    RECORDING_STEPS.filter((step) => step !== 'alerts'),
    leaseWaitMs,
  );
  const contactIds: Types.ObjectId[] = await ResponseModel.distinct('contactId', {
    workspaceId,
    pending: { $in: RECORDING_STEPS },
  }).exec();
  for (const contactId of contactIds) {
    summary.contacts += 1;
    const finished = await finishContactRecordings(workspaceId, contactId, { ...options, leaseWaitMs });
    if (!finished) summary.unfinished += 1;
  }
  return summary;
}

/** How often a sweep looks again at contacts it found busy, until their leases can have expired. */
const BUSY_RETRY_MS = 1_000;

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Sweeps now and every `intervalMs` until stopped; a sweep's failure is logged, not fatal.
 * Contacts a sweep finds busy (after a crash: the dead process's leases, which expire
 * within LEASE_MS) are looked at again every second until LEASE_MS has passed, so the
 * startup sweep finishes what a killed process left instead of leaving it to the next
 * sweep. The first sweep logs `recording sweep at startup: done` when it has finished.
 */
export function startRecordingSweeper(log: (message: string) => void, intervalMs = 30_000): PeriodicJob {
  let startup = true;
  return startPeriodic(
    async (stopping) => {
      const first = startup;
      startup = false;
      const giveUpAt = Date.now() + LEASE_MS + BUSY_RETRY_MS;
      let summary = await sweepPendingRecordings();
      let finished = summary.contacts - summary.unfinished;
      while (summary.unfinished > 0 && Date.now() < giveUpAt && !stopping.aborted) {
        await pause(BUSY_RETRY_MS, stopping);
        if (stopping.aborted) break;
        summary = await sweepPendingRecordings();
        finished += summary.contacts - summary.unfinished;
      }
      if (finished > 0) log(`recording sweep: finished the pending answers of ${finished} contacts`);
      if (summary.unfinished > 0) log(`recording sweep: ${summary.unfinished} contacts busy, left to the next sweep`);
      if (first) log('recording sweep at startup: done');
    },
    intervalMs,
    (error) => log(`recording sweep failed: ${error.message}`),
  );
}
