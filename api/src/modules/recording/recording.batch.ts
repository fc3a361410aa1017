import { Types, type Model } from 'mongoose';
import { refusedByUniqueIndex } from '../../db/errors';
import { SURVEY_METRICS } from '../../loyalty';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { findOrCreateContacts, type ContactInput } from '../contact/contact.service';
import { incrementOnce, removeTag } from '../report/report.counts';
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
} from './recording.batch.model';
import { acquireContactLeases, LEASE_MS, type ContactLease } from './recording.lease';

// The batched recording path, for imports: a batch of answers is stored and counted with
// writes that each cover many documents, instead of the pipeline's few writes per answer:
// a server commits (and with --sync-on-commit, syncs) every single-document write on its
// own.
//
//   contacts ─▶ leases ─▶ batch doc ─▶ answers ─▶ change set ─▶ applied ─▶ untagged ─▶ done
//   found or    of all    `inserting`  inserted   computed,     counts,     `b:<id>`
//   created     contacts  (ids named)  (pending   stored in     links,      tags
//   in bulk                            [])        the batch     snapshots   pulled
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
/** Contacts or links per `$switch` update: its cost per document grows with its branches. */
const SWITCH_CHUNK = 100;

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
    const stored = await ContactModel.find({ workspaceId, _id: { $in: existing } })
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
      : ResponseModel.find({ workspaceId, _id: { $in: movedStored.map(({ answer }) => answer._id) } })
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

/** Applies a stored change set (again: every write is tagged or a set), then pulls the tags. */
async function finishBatch(batch: StoredBatch, options: Pick<BatchOptions, 'afterStep'>): Promise<void> {
  const changes = batch.changes!;
  const tag = `b:${batch._id}`;
  if (batch.state === 'stored') {
    // Every write ends before a failure is thrown: the leases are released after it.
    const written = await Promise.allSettled([
      addCountsOnce(MonthCountsModel, changes.months, tag),
      addCountsOnce(DayCountsModel, changes.days, tag),
      writeLinks(changes),
      writeSnapshots(batch.workspaceId, changes.contacts, new Date()),
    ]);
    const failed = written.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    await ImportBatchModel.collection.updateOne({ _id: batch._id } as never, { $set: { state: 'applied' } });
    await options.afterStep?.('applied');
  }
  await removeTag(
    tag,
    changes.months.map(({ _id }) => _id),
    changes.days.map(({ _id }) => _id),
  );
  await markDone(batch._id);
}

async function markDone(batchId: string, stored?: number): Promise<void> {
  await ImportBatchModel.collection.updateOne({ _id: batchId } as never, {
    $set: {
      state: 'done',
      changes: null,
      contactIds: [],
      responseIds: [],
      ...(stored === undefined ? {} : { stored }),
    },
  });
}

/** A document with `amount` under each dotted `path` (`days.d05.n9`), as `$inc` on nothing would leave it. */
function withIncrements(doc: Record<string, unknown>, increments: CountsChange['increments']): Record<string, unknown> {
  for (const [path, amount] of increments) {
    const keys = path.split('.');
    let target = doc;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = amount;
  }
  return doc;
}

/**
 * Adds counts once per tag, as the pipeline's tagged upserts do (`applied` gets the tag, and
 * a document holding it is not counted again), in few writes: the documents that do not
 * exist yet are inserted with their counts and tag, and those that exist (the inserts a
 * unique `_id` refuses) are updated by one `updateMany` per distinct set of increments.
 */
async function addCountsOnce<T>(model: Model<T>, changes: CountsChange[], tag: string): Promise<void> {
  const refused = await insertIgnoringDuplicates(
    model,
    changes.map(({ _id, identity, increments }) => withIncrements({ _id, ...identity, applied: [tag] }, increments)),
  );
  const bySameIncrements = new Map<string, { increments: Record<string, number>; ids: string[] }>();
  for (const index of refused) {
    const { _id, increments } = changes[index]!;
    const key = JSON.stringify(increments);
    const group = bySameIncrements.get(key);
    if (group) group.ids.push(_id);
    else bySameIncrements.set(key, { increments: Object.fromEntries(increments), ids: [_id] });
  }
  for (const { increments, ids } of bySameIncrements.values()) {
    const { filter, update } = incrementOnce(increments, tag);
    await model.collection.updateMany({ _id: { $in: ids }, ...filter } as never, update as never);
  }
}

/**
 * One update of many documents whose `field` takes a value per document: `$switch` on the
 * id, the document's own value otherwise. (One write per document would cost a commit each.)
 */
function valueById<Id>(field: string, values: [Id, unknown][]): unknown {
  return {
    $switch: {
      branches: values.map(([_id, then]) => ({ case: { $eq: ['$_id', _id] }, then })),
      default: `$${field}`,
    },
  };
}

function chunks<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / SWITCH_CHUNK) }, (_, index) =>
    items.slice(index * SWITCH_CHUNK, (index + 1) * SWITCH_CHUNK),
  );
}

/** New links are inserted (again: already there); moved stored ones get their next answer set. */
async function writeLinks(changes: BatchChanges): Promise<void> {
  await insertIgnoringDuplicates(
    RecoveryLinkModel,
    changes.links.filter(({ stored }) => !stored).map(({ link }) => link),
  );
  const moved = changes.links.filter(({ stored }) => stored).map(({ link }) => link);
  for (const chunk of chunks(moved)) {
    await RecoveryLinkModel.collection.updateMany({ _id: { $in: chunk.map(({ _id }) => _id) } } as never, [
      {
        $set: {
          nextResponseId: valueById(
            'nextResponseId',
            chunk.map((link) => [link._id, { $literal: link.nextResponseId }]),
          ),
          nextCategory: valueById(
            'nextCategory',
            chunk.map((link) => [link._id, { $literal: link.nextCategory }]),
          ),
        },
      },
    ]);
  }
}

/**
 * Sets the contacts' snapshots as `refreshContactAfterResponse` would: the latest answer time
 * of each metric only grows, and a snapshot never replaces one computed from more answers.
 */
async function writeSnapshots(workspaceId: string, contacts: ContactChange[], now: Date): Promise<void> {
  const NEXT = '__batchNext';
  // The batch's snapshot when it has one, unless the stored one counts more answers.
  const guarded = (field: string, countField: string) => ({
    $cond: [
      {
        $and: [
          { $ne: [{ $type: `$${NEXT}.${field}` }, 'missing'] },
          { $lte: [{ $ifNull: [`$${field}.${countField}`, 0] }, `$${NEXT}.${field}.${countField}`] },
        ],
      },
      `$${NEXT}.${field}`,
      `$${field}`,
    ],
  });
  const answeredAt = Object.fromEntries(
    SURVEY_METRICS.map((metric) => {
      const field = `surveys.${metric}.lastAnsweredAt`;
      return [field, { $max: [`$${field}`, `$${NEXT}.lastAnsweredAt.${metric}`] }];
    }),
  );
  for (const chunk of chunks(contacts)) {
    const next = chunk.map(({ _id, loyalty, csat, lastAnsweredAt }): [Types.ObjectId, unknown] => [
      _id,
      { $literal: { ...(loyalty ? { loyalty } : {}), ...(csat ? { csat } : {}), lastAnsweredAt } },
    ]);
    await ContactModel.collection.updateMany({ workspaceId, _id: { $in: chunk.map(({ _id }) => _id) } }, [
      // Each contact's change, picked once; then set as `refreshContactAfterResponse` would.
      { $set: { [NEXT]: valueById(NEXT, next) } },
      {
        $set: {
          loyalty: guarded('loyalty', 'responseCount'),
          csat: guarded('csat', 'count'),
          ...answeredAt,
          updatedAt: now,
        },
      },
      { $unset: NEXT },
    ]);
  }
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
          { workspaceId, _id: { $in: batch.responseIds } },
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
