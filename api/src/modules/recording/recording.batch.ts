import type { ClientSession } from 'mongodb';
import { Types, type Model } from 'mongoose';
import { inOneCommit, inTransaction } from '../../db/commit-group';
import { refusedByUniqueIndex } from '../../db/errors';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { findOrCreateContacts, type ContactInput } from '../contact/contact.service';
import { countsUpsert, removeTag, upsertAll } from '../report/report.counts';
import { SEGMENT_SOURCE_FIELDS } from '../report/report.keys';
import { DayCountsModel, MonthCountsModel, RecoveryLinkModel, type RecoveryLinkDoc } from '../report/report.model';
import { newResponseFields } from '../response/response.fields';
import type { ResponseValues } from '../response/response.input';
import { ResponseModel, type RecordingStep, type ResponseDoc } from '../response/response.model';
import {
  changeSetOf,
  contactOutcome,
  needsStoredAnswers,
  type ContactBefore,
  type PlacedAnswer,
  type StoredAnswer,
} from './recording.batch.changes';
import {
  ImportBatchModel,
  type BatchChanges,
  type ContactChange,
  type CountsChange,
  type ImportBatchDoc,
  type ImportBatchState,
  type LinkChange,
} from './recording.batch.model';
import { acquireContactLeases, LEASE_MS, type ContactLease } from './recording.lease';

// The batched recording path, for imports: a batch of answers is stored and counted with
// few commands, each covering many documents, instead of the pipeline's few writes per
// answer; and where the server has transactions, the batch's thousands of document writes
// (counts, links, snapshots) go in one commit instead of one commit (and sync) each.
//
//   contacts ─▶ leases ─▶ batch doc ─▶ answers ─▶ change set ─▶ in one transaction:
//   found or    of all    `inserting`  inserted   computed      counts, links, snapshots,
//   created     contacts  (ids named)  (pending   in memory     batch `done`
//   in bulk                            [])
//
// Without a transaction (a standalone mongod, or one the server refused), in tagged steps:
//
//   ... ─▶ change set ─▶ applied ─▶ untagged ─▶ done
//          stored in     counts,     `b:<id>`
//          the batch     links,      tags
//                        snapshots   pulled
//
// The batch holds its contacts' leases throughout, so no answer of theirs goes through the
// pipeline meanwhile; after a crash the pipeline leaves those contacts alone while the batch
// is unfinished (`hasUnfinishedImportBatch`), and the sweep finishes it
// (`settleImportBatches`): a batch still `inserting` gives its stored answers the pipeline's
// steps (nothing of the batch was applied), a `stored` one is applied again from its change
// set (its counts are tagged, everything else is set), an `applied` one has its tags pulled.

/** One validated answer of a batch. */
export interface BatchRow {
  contact: ContactInput;
  values: ResponseValues;
  /** The answer's plan and region when given; else the contact's, as for a recorded answer. */
  plan?: string | null;
  region?: string | null;
}

/** Where a batch's time goes, in milliseconds, added up over batches. */
export interface BatchTimings {
  contacts: number;
  insert: number;
  compute: number;
  apply: number;
}

export type BatchStep = 'inserted' | 'stored' | 'applied';

export interface BatchOptions {
  now?: Date;
  /** How long to wait for other processes working on the batch's contacts. */
  leaseWaitMs?: number;
  timings?: BatchTimings;
  /**
   * False: apply the batch in tagged steps without a transaction, as on a server that has none
   * (tests). By default its changes go in one transaction where the server has them.
   */
  transactions?: boolean;
  /** Called after each step, before the next; tests fail here on purpose. */
  afterStep?: (step: BatchStep) => Promise<void> | void;
}

export interface BatchResult {
  stored: number;
  /** Answers whose (source, sourceId) was stored already. */
  alreadyPresent: number;
}

/** A dead process's leases expire within LEASE_MS; live ones are released within milliseconds. */
const DEFAULT_LEASE_WAIT_MS = 2 * LEASE_MS;

async function timed<T>(timings: BatchTimings | undefined, phase: keyof BatchTimings, run: () => Promise<T>) {
  const started = performance.now();
  try {
    return await run();
  } finally {
    if (timings) timings[phase] += performance.now() - started;
  }
}

/** Stores a batch of answers of one workspace and brings snapshots, links and counts up to date. */
export async function recordBatch(
  workspaceId: string,
  rows: BatchRow[],
  options: BatchOptions = {},
): Promise<BatchResult> {
  const now = options.now ?? new Date();
  const { contacts, created } = await timed(options.timings, 'contacts', () =>
    findOrCreateContacts(
      workspaceId,
      rows.map((row) => row.contact),
    ),
  );
  const contactIds = [...new Map(contacts.map((contact) => [contact._id.toHexString(), contact._id])).values()];
  const leaseWaitMs = options.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS;
  const lease = await timed(options.timings, 'contacts', () =>
    acquireContactLeases(workspaceId, contactIds, leaseWaitMs),
  );
  if (!lease) throw new Error(`Some contacts of the batch stayed busy for ${leaseWaitMs} ms`);
  try {
    const batchId = new Types.ObjectId().toHexString();
    const docs: ResponseDoc[] = rows.map((row, index) => {
      const contact = contacts[index]!;
      const segments = { ...contact, plan: row.plan ?? contact.plan, region: row.region ?? contact.region };
      return { _id: new Types.ObjectId(), ...newResponseFields(workspaceId, row.values, segments, now), pending: [] };
    });
    const fresh = await timed(options.timings, 'insert', async () => {
      const batch: ImportBatchDoc = {
        _id: batchId,
        workspaceId,
        state: 'inserting',
        contactIds,
        responseIds: docs.map((doc) => doc._id),
        changes: null,
        stored: null,
        createdAt: now,
      };
      await ImportBatchModel.collection.insertOne(batch as never);
      const refused = new Set(await insertIgnoringDuplicates(ResponseModel, docs));
      return docs.filter((_, index) => !refused.has(index));
    });
    await options.afterStep?.('inserted');
    await keep(lease);
    const result = { stored: fresh.length, alreadyPresent: docs.length - fresh.length };
    if (fresh.length === 0) {
      await markDone(batchId, 0);
      return result;
    }
    const changes = await timed(options.timings, 'compute', () =>
      computeChanges(
        workspaceId,
        fresh,
        new Map(contacts.map((contact) => [contact._id.toHexString(), contact])),
        created,
      ),
    );
    await timed(options.timings, 'apply', async () => {
      await keep(lease);
      if (options.transactions !== false) {
        // One commit: none of it is seen or left without the rest, so the counts need no tags
        // and the change set no storing. A crash before the commit leaves the batch `inserting`.
        const committed = await inTransaction(async (session) => {
          await applyChanges(workspaceId, changes, undefined, session);
          await markDone(batchId, fresh.length, session);
          await options.afterStep?.('applied');
        });
        if (committed) return;
      }
      await ImportBatchModel.collection.updateOne({ _id: batchId } as never, {
        $set: { state: 'stored', changes, stored: fresh.length },
      });
      await options.afterStep?.('stored');
      await keep(lease);
      await finishBatch({ _id: batchId, workspaceId, state: 'stored', changes }, options);
    });
    return result;
  } finally {
    await lease.release();
  }
}

/**
 * Renews the batch's leases between its steps, which may together outlast one lease. A lease
 * taken over (this process stalled past it) stops the batch: the sweep finishes it.
 */
async function keep(lease: ContactLease): Promise<void> {
  if (!(await lease.renew())) throw new Error('The batch lost the lease of a contact: the sweep finishes it');
}

/** Inserts documents, leaving out those a unique index refuses; returns their positions. */
async function insertIgnoringDuplicates<T>(model: Model<T>, docs: object[]): Promise<number[]> {
  if (docs.length === 0) return [];
  try {
    await model.collection.insertMany(docs as never[], { ordered: false });
    return [];
  } catch (error) {
    return refusedByUniqueIndex(error);
  }
}

const STORED_ANSWER_FIELDS = { contactId: 1, metric: 1, score: 1, scaleMax: 1, category: 1, comment: 1, answeredAt: 1 };
const PLACED_ANSWER_FIELDS = { answeredAt: 1, ...SEGMENT_SOURCE_FIELDS };

function groupByContact<T extends { contactId: Types.ObjectId }>(answers: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const answer of answers) {
    const key = answer.contactId.toHexString();
    const group = groups.get(key);
    if (group) group.push(answer);
    else groups.set(key, [answer]);
  }
  return groups;
}

/** The batch's change set, read from the stored state under the batch's leases. */
async function computeChanges(
  workspaceId: string,
  fresh: ResponseDoc[],
  contacts: Map<string, ContactDoc>,
  created: Set<string>,
): Promise<BatchChanges> {
  const freshByContact = groupByContact(fresh);
  // Snapshots as they are now (the lookup came before the leases); new contacts have none yet.
  const before = new Map<string, ContactBefore>();
  for (const hex of created) before.set(hex, contacts.get(hex)!);
  const existing = [...freshByContact.keys()].filter((hex) => !created.has(hex)).map((hex) => new Types.ObjectId(hex));
  if (existing.length > 0) {
    const stored = await ContactModel.find({ _id: { $in: existing }, workspaceId })
      .select({ loyalty: 1, csat: 1 })
      .lean<ContactBefore[]>()
      .exec();
    for (const contact of stored) before.set(contact._id.toHexString(), contact);
  }
  const needing = [...freshByContact]
    .filter(([hex, answers]) => needsStoredAnswers(before.get(hex)!, answers))
    .map(([hex]) => new Types.ObjectId(hex));
  const storedByContact = groupByContact(
    needing.length === 0
      ? []
      : await ResponseModel.find({ workspaceId, contactId: { $in: needing } })
          .select(STORED_ANSWER_FIELDS)
          .lean<StoredAnswer[]>()
          .exec(),
  );
  const needingStored = new Set(needing.map((id) => id.toHexString()));
  const outcomes = [...freshByContact].map(([hex, answers]) =>
    contactOutcome(before.get(hex)!, answers, needingStored.has(hex) ? (storedByContact.get(hex) ?? []) : null),
  );

  // Stored detractor answers whose link moves: the link as stored, and where the answer counts.
  const movedStored = outcomes.flatMap(({ moves }) => moves.filter(({ answer }) => !answer.fresh));
  const [storedLinks, placed] = await Promise.all([
    movedStored.length === 0
      ? []
      : RecoveryLinkModel.find({
          _id: { $in: movedStored.map(({ answer }) => `${workspaceId}|${answer.hex}`) },
        })
          .lean<RecoveryLinkDoc[]>()
          .exec(),
    movedStored.length === 0
      ? []
      : ResponseModel.find({ _id: { $in: movedStored.map(({ answer }) => answer._id) }, workspaceId })
          .select(PLACED_ANSWER_FIELDS)
          .lean<(PlacedAnswer & { _id: Types.ObjectId })[]>()
          .exec(),
  ]);
  return changeSetOf({
    workspaceId,
    fresh,
    contacts: outcomes,
    storedLinks: new Map(storedLinks.map((link) => [link._id, link])),
    storedAnswers: new Map(placed.map((answer) => [answer._id.toHexString(), answer])),
  });
}

type StoredBatch = Pick<ImportBatchDoc, '_id' | 'workspaceId' | 'state' | 'changes'>;

/**
 * Applies a stored change set again (every write is tagged or a set), in one commit where
 * the server can, then pulls the tags: for a batch whose transaction the server refused, and
 * for the sweep.
 */
async function finishBatch(batch: StoredBatch, options: Pick<BatchOptions, 'afterStep'>): Promise<void> {
  const changes = batch.changes!;
  const tag = `b:${batch._id}`;
  if (batch.state === 'stored') {
    await inOneCommit(async (session) => {
      await applyChanges(batch.workspaceId, changes, tag, session);
      await ImportBatchModel.collection.updateOne(
        { _id: batch._id } as never,
        { $set: { state: 'applied' } },
        { session },
      );
    });
    await options.afterStep?.('applied');
  }
  await removeTag(
    tag,
    changes.months.map(({ _id }) => _id),
    changes.days.map(({ _id }) => _id),
  );
  await markDone(batch._id);
}

/** Writes a change set: counts (tagged unless in a transaction that records the batch done), links, snapshots. */
async function applyChanges(
  workspaceId: string,
  changes: BatchChanges,
  tag: string | undefined,
  session: ClientSession | undefined,
): Promise<void> {
  await upsertAll(MonthCountsModel, countUpserts(changes.months, tag), session);
  await upsertAll(DayCountsModel, countUpserts(changes.days, tag), session);
  await writeLinks(changes.links, session);
  await writeSnapshots(workspaceId, changes.contacts, new Date(), session);
}

async function markDone(batchId: string, stored?: number, session?: ClientSession): Promise<void> {
  await ImportBatchModel.collection.updateOne(
    { _id: batchId } as never,
    {
      $set: {
        state: 'done',
        changes: null,
        contactIds: [],
        responseIds: [],
        ...(stored === undefined ? {} : { stored }),
      },
    },
    { session },
  );
}

/** One upsert per counts document, with the batch's summed increments. */
function countUpserts(changes: CountsChange[], tag: string | undefined) {
  return changes.map(({ _id, identity, increments }) =>
    countsUpsert(_id, identity, Object.fromEntries(increments), tag),
  );
}

/** Links set as the change set says (the batch's contacts are under its leases: nothing else moves them). */
async function writeLinks(links: LinkChange[], session: ClientSession | undefined): Promise<void> {
  if (links.length === 0) return;
  await RecoveryLinkModel.collection.bulkWrite(
    links.map(({ link: { _id, workspaceId, responseId, nextResponseId, nextCategory, pending } }) => ({
      updateOne: {
        filter: { _id },
        update: { $set: { nextResponseId, nextCategory }, $setOnInsert: { workspaceId, responseId, pending } },
        upsert: true,
      },
    })) as never,
    { ordered: false, session },
  );
}

/**
 * Sets the contacts' snapshots as `refreshContactAfterResponse` would: the latest answer time
 * of each metric only grows, and a snapshot never replaces one computed from more answers.
 */
async function writeSnapshots(
  workspaceId: string,
  contacts: ContactChange[],
  now: Date,
  session: ClientSession | undefined,
): Promise<void> {
  // The batch's snapshot, unless the stored one counts more answers.
  const unlessStoredHasMore = (field: string, countField: string, count: number, snapshot: object) => ({
    $cond: [{ $lte: [{ $ifNull: [`$${field}.${countField}`, 0] }, count] }, { $literal: snapshot }, `$${field}`],
  });
  const updates = contacts.map(({ _id, loyalty, csat, lastAnsweredAt }) => ({
    updateOne: {
      filter: { _id, workspaceId },
      update: [
        {
          $set: {
            ...(loyalty
              ? { loyalty: unlessStoredHasMore('loyalty', 'responseCount', loyalty.responseCount, loyalty) }
              : {}),
            ...(csat ? { csat: unlessStoredHasMore('csat', 'count', csat.count, csat) } : {}),
            ...Object.fromEntries(
              Object.entries(lastAnsweredAt).map(([metric, answeredAt]) => {
                const field = `surveys.${metric}.lastAnsweredAt`;
                return [field, { $max: [`$${field}`, answeredAt] }];
              }),
            ),
            updatedAt: now,
          },
        },
      ],
    },
  }));
  if (updates.length > 0) await ContactModel.collection.bulkWrite(updates as never, { ordered: false, session });
}

const UNFINISHED: ImportBatchState[] = ['inserting', 'stored'];

/** Whether a batch holding answers of the contact is unfinished (its process died): the sweep finishes it first. */
export async function hasUnfinishedImportBatch(workspaceId: string, contactId: Types.ObjectId): Promise<boolean> {
  return (await ImportBatchModel.exists({ workspaceId, state: { $in: UNFINISHED }, contactIds: contactId })) !== null;
}

export interface SettledBatches {
  /** Contacts of the batches finished. */
  contacts: number;
  /** Contacts of the batches left because another process holds some of their leases. */
  unfinished: number;
}

/**
 * Finishes the workspace's batches a dead process left, each under the leases of all its
 * contacts (waiting up to `leaseWaitMs`). A batch still `inserting` stored no change: its
 * stored answers get the pipeline's `steps` to do, for the sweep to finish one by one.
 */
export async function settleImportBatches(
  workspaceId: string,
  steps: readonly RecordingStep[],
  leaseWaitMs: number,
): Promise<SettledBatches> {
  const settled: SettledBatches = { contacts: 0, unfinished: 0 };
  const batches = await ImportBatchModel.find({ workspaceId, state: { $ne: 'done' } })
    .select({ _id: 1, contactIds: 1 })
    .lean<Pick<ImportBatchDoc, '_id' | 'contactIds'>[]>()
    .exec();
  for (const { _id, contactIds } of batches) {
    const lease = await acquireContactLeases(workspaceId, contactIds, leaseWaitMs);
    if (!lease) {
      settled.unfinished += contactIds.length;
      continue;
    }
    try {
      // Read again under the leases: its own process may have finished it meanwhile.
      const batch = await ImportBatchModel.findById(_id).lean<ImportBatchDoc>().exec();
      if (!batch || batch.state === 'done') continue;
      if (batch.state === 'inserting') {
        await ResponseModel.updateMany(
          { _id: { $in: batch.responseIds }, workspaceId },
          { $set: { pending: [...steps] } },
        ).exec();
        await markDone(batch._id);
      } else {
        await finishBatch(batch, {});
      }
      settled.contacts += contactIds.length;
    } finally {
      await lease.release();
    }
  }
  return settled;
}
