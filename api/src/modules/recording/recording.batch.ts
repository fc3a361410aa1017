import { setImmediate } from 'node:timers/promises';
import type { ClientSession } from 'mongodb';
import type { SurveyMetric } from '../../loyalty';
import { Types, type Model } from 'mongoose';
import { inOneCommit, inTransaction } from '../../db/commit-group';
import { refusedByUniqueIndex } from '../../db/errors';
import { existingIds, IN_SLICE } from '../../db/existing-ids';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { findOrCreateContacts, planContacts, type ContactInput } from '../contact/contact.service';
import { countsUpsert, removeTag, upsertAll } from '../report/report.counts';
import { SEGMENT_SOURCE_FIELDS, type Counts } from '../report/report.keys';
import {
  DayCountsModel,
  MonthCountsModel,
  type DayCountsDoc,
  type MonthCountsDoc,
  type RecoveryLink,
} from '../report/report.model';
import { flatCounts, ReportCountsSum } from '../report/report.sum';
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
  type AnswerCounts,
  type BatchChanges,
  type ContactChange,
  type ImportBatchDoc,
  type ImportBatchState,
  type LinkChange,
} from './recording.batch.model';
import { acquireContactLeases, acquireLeases, LEASE_MS, type ContactLease } from './recording.lease';

// The batched recording path, for imports: a batch of answers is stored and counted with
// few commands, each covering many documents, instead of the pipeline's few writes per
// answer. Where the server has transactions, a batch goes in one commit (`prepareBatch`,
// `commitBatch`):
//
//   contacts ─▶ answers ─▶ change set ─▶ one transaction: new contacts with their snapshots,
//   planned     built       computed in   answers, links, stored contacts' snapshots, batch
//   (stored     (stored     memory        document `counting`
//   ones        ones left
//   leased)     out)
//
// New contacts are seen by nobody before the commit, so only stored ones are leased. A
// batch takes its contacts and answers as new (nothing looked up) until a unique index
// refuses a commit; then each batch looks them up first. A batch refused again goes in
// steps, as without transactions (a standalone mongod), under all its contacts' leases:
//
//   contacts ─▶ leases ─▶ batch doc ─▶ answers ─▶ change set ─▶ applied: links and
//   found or    of all    `inserting`  inserted   stored in     snapshots set, batch
//   created     contacts  (ids named)  (pending   the batch     `counting`
//   in bulk                            [])        (`stored`)
//
// After a crash the pipeline leaves an unfinished batch's contacts alone
// (`hasUnfinishedImportBatch`), and the sweep finishes it (`settleImportBatches`): a batch
// still `inserting` gives its stored answers the pipeline's steps (nothing of the batch was
// applied), a `stored` one is applied again from its change set (links and snapshots are
// set, so applying them twice is harmless).
//
// An import writes the report counts of many batches at once (`recordCountsGroup`): the
// counts documents a batch touches are mostly the ones every other batch touches too (a
// day, a month, a segment), so each batch writes everything but its counts and keeps, in
// its document, what each of its answers adds to them (`counting`); the group sums them in
// memory per counts document as the batches go, and writes the sum once, under the group's
// lease, with the batches marked done in the same commit (or tagged `g:<group>` where there
// are no transactions). The sweep finishes a group whose process died the same way, placing
// the answers its batches kept again.

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
  /** Contacts found (new ones planned or created), their leases taken. */
  contacts: number;
  /** Answers stored already looked up, the change set computed. */
  compute: number;
  /** Everything of the batch but its counts written: in one commit, or in steps. */
  write: number;
  /** The counts group's counts written. */
  counts: number;
}

/** After `grouped`, a counts group's counts are written (in its commit where there are transactions). */
export type BatchStep = 'inserted' | 'stored' | 'applied' | 'grouped';

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

/** What a batch leaves its counts group to write: what its answers add, and where each answer counts. */
interface BatchCounts {
  counts: AnswerCounts[];
  /** By answer id (hex). */
  placed: Map<string, PlacedAnswer>;
}

/** A dead process's leases expire within LEASE_MS; live ones are released within milliseconds. */
const DEFAULT_LEASE_WAIT_MS = 2 * LEASE_MS;

/**
 * Lets the commits in flight send their next command: each waits for this process between
 * two, so long stretches of work in memory are cut by this.
 */
const letCommitsOn = () => setImmediate();

async function timed<T>(timings: BatchTimings | undefined, phase: keyof BatchTimings, run: () => Promise<T>) {
  const started = performance.now();
  try {
    return await run();
  } finally {
    if (timings) timings[phase] += performance.now() - started;
  }
}

/** The answers of a batch's rows, with their contacts' segments, as the pipeline would store them. */
function answerDocs(workspaceId: string, rows: BatchRow[], contacts: ContactDoc[], now: Date): ResponseDoc[] {
  return rows.map((row, index) => {
    const contact = contacts[index]!;
    const segments = {
      _id: contact._id,
      tags: contact.tags,
      plan: row.plan ?? contact.plan,
      region: row.region ?? contact.region,
    };
    return { _id: new Types.ObjectId(), ...newResponseFields(workspaceId, row.values, segments, now), pending: [] };
  });
}

/** Positions of the answers whose (source, sourceId) is stored already, or comes earlier in the batch. */
async function storedAnswerPositions(workspaceId: string, docs: ResponseDoc[]): Promise<Set<number>> {
  const key = (source: string, sourceId: string) => `${source}\u0000${sourceId}`;
  const bySource = new Map<string, string[]>();
  for (const { source, sourceId } of docs) {
    const ids = bySource.get(source);
    if (ids) ids.push(sourceId);
    else bySource.set(source, [sourceId]);
  }
  const stored = new Set<string>();
  for (const [source, sourceIds] of bySource) {
    for (let start = 0; start < sourceIds.length; start += IN_SLICE) {
      const found = await ResponseModel.collection
        .find(
          { workspaceId, source, sourceId: { $in: sourceIds.slice(start, start + IN_SLICE) } },
          { projection: { _id: 0, sourceId: 1 } },
        )
        .toArray();
      for (const { sourceId } of found) stored.add(key(source, sourceId as string));
    }
  }
  const positions = new Set<number>();
  docs.forEach(({ source, sourceId }, index) => {
    const answerKey = key(source, sourceId);
    if (stored.has(answerKey)) positions.add(index);
    else stored.add(answerKey);
  });
  return positions;
}

/** A batch ready for its one commit, its stored contacts leased (`commitBatch` releases them). */
interface PreparedBatch {
  lease: ContactLease;
  newContacts: ContactDoc[];
  /** The stored contacts' snapshots to write. */
  storedContacts: ContactChange[];
  /** The links to set on stored answers (the batch's own answers carry theirs). */
  storedLinks: LinkChange[];
  fresh: ResponseDoc[];
  alreadyPresent: number;
  changes: BatchChanges;
  placed: Map<string, PlacedAnswer>;
  now: Date;
}

/**
 * A batch made ready for its one commit (`commitBatch`): its new contacts (with their
 * snapshots), answers, links and the snapshots of its stored contacts, computed under the
 * stored contacts' leases. Nothing of it is seen before the commit, so new contacts need no
 * leases.
 *
 * `assumeNew`: without looking its contacts and answers up, as all new (an import into a
 * workspace that has none of them: the first import of a team's history). The unique
 * indexes of contacts and answers refuse the commit when one is stored already.
 */
async function prepareBatch(
  workspaceId: string,
  rows: BatchRow[],
  assumeNew: boolean,
  options: BatchOptions,
): Promise<PreparedBatch> {
  const now = options.now ?? new Date();
  const leaseWaitMs = options.leaseWaitMs ?? DEFAULT_LEASE_WAIT_MS;
  const { contacts, planned, lease } = await timed(options.timings, 'contacts', async () => {
    const plan = await planContacts(
      workspaceId,
      rows.map((row) => row.contact),
      !assumeNew,
    );
    const planned = new Set(plan.planned.map(({ doc }) => doc._id.toHexString()));
    const stored = [...new Map(plan.contacts.map((contact) => [contact._id.toHexString(), contact._id]))]
      .filter(([hex]) => !planned.has(hex))
      .map(([, id]) => id);
    const storedLease = await acquireContactLeases(workspaceId, stored, leaseWaitMs);
    if (!storedLease) throw new Error(`Some contacts of the batch stayed busy for ${leaseWaitMs} ms`);
    return { ...plan, lease: storedLease };
  });
  try {
    await letCommitsOn();
    const created = new Map(planned.map(({ doc }) => [doc._id.toHexString(), doc]));
    const docs = answerDocs(workspaceId, rows, contacts, now);
    return await timed(options.timings, 'compute', async () => {
      const present = assumeNew ? new Set<number>() : await storedAnswerPositions(workspaceId, docs);
      const fresh = docs.filter((_, index) => !present.has(index));
      const { changes, placed } = await computeChanges(
        workspaceId,
        fresh,
        new Map(contacts.map((contact) => [contact._id.toHexString(), contact])),
        new Set(created.keys()),
        false,
      );
      const newContacts = [...created.values()];
      const snapshots = new Map(changes.contacts.map((change) => [change._id.toHexString(), change]));
      for (const contact of newContacts) withSnapshots(contact, snapshots.get(contact._id.toHexString()), now);
      const storedContacts = changes.contacts.filter(({ _id }) => !created.has(_id.toHexString()));
      const storedLinks = linksOfStoredAnswers(changes.links, fresh);
      return {
        lease,
        newContacts,
        storedContacts,
        storedLinks,
        fresh,
        alreadyPresent: docs.length - fresh.length,
        changes,
        placed,
        now,
      };
    });
  } catch (error) {
    await lease.release();
    throw error;
  }
}

/**
 * A prepared batch written in one commit, with its document (`counting`, what its answers add
 * to the counts kept for its group); its leases released. Null when the server has no
 * transactions or refused this one (another writer stored one of its contacts or answers
 * meanwhile): nothing of it was written.
 */
async function commitBatch(
  workspaceId: string,
  batch: PreparedBatch,
  countsGroup: string,
  options: BatchOptions,
): Promise<(BatchResult & BatchCounts) | null> {
  const { newContacts, fresh, changes, now } = batch;
  try {
    await keep(batch.lease);
    const committed = await timed(options.timings, 'write', () =>
      inTransaction(async (session) => {
        if (newContacts.length > 0) await ContactModel.collection.insertMany(newContacts as never[], { session });
        if (fresh.length > 0) await ResponseModel.collection.insertMany(fresh as never[], { session });
        await writeLinks(batch.storedLinks, session);
        await writeSnapshots(workspaceId, batch.storedContacts, now, session);
        const doc: ImportBatchDoc = {
          _id: new Types.ObjectId().toHexString(),
          workspaceId,
          state: fresh.length > 0 ? 'counting' : 'done',
          // Until its counts are written, an erasure of one of them waits (it takes the counts back out).
          contactIds: fresh.length > 0 ? changes.contacts.map(({ _id }) => _id) : [],
          responseIds: [],
          changes: null,
          stored: fresh.length,
          countsGroup,
          counts: fresh.length > 0 ? storedCounts(changes.counts) : null,
          createdAt: now,
        };
        await ImportBatchModel.collection.insertOne(doc as never, { session });
        await options.afterStep?.('applied');
      }),
    );
    if (!committed) return null;
    return { stored: fresh.length, alreadyPresent: batch.alreadyPresent, counts: changes.counts, placed: batch.placed };
  } finally {
    await batch.lease.release();
  }
}

/** A new contact as its batch leaves it: its snapshots set as `writeSnapshots` sets stored ones'. */
function withSnapshots(contact: ContactDoc, change: ContactChange | undefined, now: Date): void {
  if (!change) return;
  if (change.loyalty) contact.loyalty = change.loyalty;
  if (change.csat) contact.csat = change.csat;
  const surveys = (contact.surveys ??= {});
  for (const [metric, lastAnsweredAt] of Object.entries(change.lastAnsweredAt)) {
    const activity = surveys[metric as SurveyMetric];
    surveys[metric as SurveyMetric] = { lastSentAt: activity?.lastSentAt ?? null, lastAnsweredAt };
  }
  contact.updatedAt = now;
}

/** A batch whose answers are inserted (`inserting`), under its contacts' leases, to be applied. */
interface InsertedBatch {
  batchId: string;
  lease: ContactLease;
  contacts: ContactDoc[];
  /** Ids (hex) of the contacts the batch created. */
  created: Set<string>;
  /** The answers the batch stored (the others were there already). */
  fresh: ResponseDoc[];
  alreadyPresent: number;
}

/**
 * A batch's first steps: its contacts found or created, their leases taken, its document
 * written and its answers inserted. The leases are held until `applyBatch` ends (released
 * here when a step fails).
 */
async function insertBatch(
  workspaceId: string,
  rows: BatchRow[],
  countsGroup: string,
  options: BatchOptions,
): Promise<InsertedBatch> {
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
    const docs = answerDocs(workspaceId, rows, contacts, now);
    const fresh = await timed(options.timings, 'write', async () => {
      const batch: ImportBatchDoc = {
        _id: batchId,
        workspaceId,
        state: 'inserting',
        contactIds,
        responseIds: docs.map((doc) => doc._id),
        changes: null,
        stored: null,
        countsGroup,
        counts: null,
        createdAt: now,
      };
      await ImportBatchModel.collection.insertOne(batch as never);
      const refused = new Set(await insertIgnoringDuplicates(ResponseModel, docs));
      return docs.filter((_, index) => !refused.has(index));
    });
    await options.afterStep?.('inserted');
    return { batchId, lease, contacts, created, fresh, alreadyPresent: docs.length - fresh.length };
  } catch (error) {
    await lease.release();
    throw error;
  }
}

/**
 * A batch's last steps: its change set computed from the stored state and applied, all but
 * the report counts, which it leaves to its counts group; then its leases released.
 */
async function applyBatch(
  workspaceId: string,
  batch: InsertedBatch,
  countsGroup: string,
  options: BatchOptions,
): Promise<BatchResult & BatchCounts> {
  const { batchId, lease, fresh } = batch;
  try {
    await keep(lease);
    const stored = { stored: fresh.length, alreadyPresent: batch.alreadyPresent };
    if (fresh.length === 0) {
      await markDone(batchId, 0);
      return { ...stored, counts: [], placed: new Map() };
    }
    const { changes, placed } = await timed(options.timings, 'compute', () =>
      computeChanges(
        workspaceId,
        fresh,
        new Map(batch.contacts.map((contact) => [contact._id.toHexString(), contact])),
        batch.created,
      ),
    );
    await timed(options.timings, 'write', async () => {
      await keep(lease);
      if (options.transactions !== false) {
        // One commit: none of it is seen or left without the rest, so the change set needs
        // no storing. A crash before the commit leaves the batch `inserting`.
        const committed = await inTransaction(async (session) => {
          await applyChanges(workspaceId, changes, { tag: undefined, session });
          await markCounting(batchId, changes, fresh.length, session);
          await options.afterStep?.('applied');
        });
        if (committed) return;
      }
      await ImportBatchModel.collection.updateOne({ _id: batchId } as never, {
        $set: { state: 'stored', changes, stored: fresh.length },
      });
      await options.afterStep?.('stored');
      await keep(lease);
      await finishBatch({ _id: batchId, workspaceId, state: 'stored', changes, countsGroup }, options);
    });
    return { ...stored, counts: changes.counts, placed };
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

/** The batch's change set, read from the stored state under the batch's leases, and where its counted answers count. */
async function computeChanges(
  workspaceId: string,
  fresh: ResponseDoc[],
  contacts: Map<string, ContactDoc>,
  created: Set<string>,
  /** Whether the fresh answers are stored already (else they are read with the stored ones as if they were). */
  freshStored = true,
): Promise<BatchCounts & { changes: BatchChanges }> {
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
  const storedAnswersOf = (hex: string, answers: ResponseDoc[]) => {
    const stored = storedByContact.get(hex) ?? [];
    return freshStored ? stored : [...stored, ...answers];
  };
  const outcomes = [...freshByContact].map(([hex, answers]) =>
    contactOutcome(before.get(hex)!, answers, needingStored.has(hex) ? storedAnswersOf(hex, answers) : null),
  );

  // Stored detractor answers whose link moves: where the answer counts, and its link as stored.
  const movedStored = outcomes.flatMap(({ moves }) => moves.filter(({ answer }) => !answer.fresh));
  const placed =
    movedStored.length === 0
      ? []
      : await ResponseModel.find({ _id: { $in: movedStored.map(({ answer }) => answer._id) }, workspaceId })
          .select({ ...PLACED_ANSWER_FIELDS, recoveryLink: 1 })
          .lean<(PlacedAnswer & Pick<ResponseDoc, '_id' | 'recoveryLink'>)[]>()
          .exec();
  const storedLinks = new Map<string, RecoveryLink>();
  for (const { _id, recoveryLink } of placed) if (recoveryLink) storedLinks.set(_id.toHexString(), recoveryLink);
  const changes = changeSetOf({ fresh, contacts: outcomes, storedLinks });
  const placedById = new Map<string, PlacedAnswer>(fresh.map((answer) => [answer._id.toHexString(), answer]));
  for (const answer of placed) placedById.set(answer._id.toHexString(), answer);
  return { changes, counts: changes.counts, placed: placedById };
}

type StoredBatch = Pick<ImportBatchDoc, '_id' | 'workspaceId' | 'state' | 'changes' | 'countsGroup'>;

/**
 * Applies a stored change set again (links and snapshots are set, so twice is harmless), in
 * one commit where the server can, and leaves its counts to its group: for a batch whose
 * transaction the server refused, and for the sweep.
 */
async function finishBatch(batch: StoredBatch, options: Pick<BatchOptions, 'afterStep'>): Promise<void> {
  const changes = batch.changes!;
  await inOneCommit(async (session) => {
    await applyChanges(batch.workspaceId, changes, { tag: `b:${batch._id}`, session });
    await markCounting(batch._id, changes, undefined, session);
  });
  await options.afterStep?.('applied');
}

/**
 * How changes are written: tagged (`b:<batch>`, `g:<group>`), so that writing them again
 * is safe; or untagged, once, in a transaction that also records them done. Only then is
 * the stored state the one they were computed from, so what they create is inserted whole
 * (an insert costs a fraction of an upsert); a document another writer created meanwhile
 * fails the transaction, and its caller writes them tagged instead.
 */
type Writing = { tag: string; session: ClientSession | undefined } | { tag: undefined; session: ClientSession };

/** Writes a change set but its counts (its counts group writes them): links and snapshots. */
async function applyChanges(workspaceId: string, changes: BatchChanges, writing: Writing): Promise<void> {
  await writeLinks(changes.links, writing.session);
  await writeSnapshots(workspaceId, changes.contacts, new Date(), writing.session);
}

/** Writes a counts group's summed counts. */
async function writeCounts(sum: ReportCountsSum, writing: Writing): Promise<void> {
  await writeCountsOf(MonthCountsModel, [...sum.months.values()], 'days', writing);
  await writeCountsOf(DayCountsModel, [...sum.days.values()], 'slots', writing);
}

type SummedCountsDoc = MonthCountsDoc | DayCountsDoc;

async function writeCountsOf<T>(
  model: Model<T>,
  docs: SummedCountsDoc[],
  field: 'days' | 'slots',
  writing: Writing,
): Promise<void> {
  const upserts = (of: SummedCountsDoc[]) =>
    of.map((doc) => {
      const { _id, [field]: nested, ...identity } = doc as SummedCountsDoc & Record<string, unknown>;
      return countsUpsert(_id, identity, flatCounts(nested as Record<string, Counts>, field), writing.tag);
    });
  if (writing.tag !== undefined) {
    await upsertAll(model, upserts(docs), writing.session);
    return;
  }
  const existing = await existingIds(
    model,
    docs.map(({ _id }) => _id),
    writing.session,
  );
  const missing = docs.filter(({ _id }) => !existing.has(_id));
  if (missing.length > 0) await model.collection.insertMany(missing as never[], { session: writing.session });
  await upsertAll(model, upserts(docs.filter(({ _id }) => existing.has(_id))), writing.session);
}

/** A batch's document once done: what it kept for a crash is no longer needed. */
const DONE = { state: 'done', changes: null, counts: null, contactIds: [], responseIds: [] } as const;

async function markDone(batchId: string, stored?: number): Promise<void> {
  await ImportBatchModel.collection.updateOne({ _id: batchId } as never, {
    $set: { ...DONE, ...(stored === undefined ? {} : { stored }) },
  });
}

/**
 * A batch all applied but its counts: it keeps what its answers add to them, for the sweep
 * should its group not write them, and its contacts (an erasure of one waits until the counts
 * are written), no longer its answers' ids.
 */
async function markCounting(
  batchId: string,
  changes: BatchChanges,
  stored: number | undefined,
  session: ClientSession | undefined,
): Promise<void> {
  await ImportBatchModel.collection.updateOne(
    { _id: batchId } as never,
    {
      $set: {
        state: 'counting',
        changes: null,
        counts: storedCounts(changes.counts),
        responseIds: [],
        ...(stored === undefined ? {} : { stored }),
      },
    },
    { session },
  );
}

/**
 * Links set on their stored answers as the change set says (the batch's contacts are under
 * its leases: nothing else moves them); setting them twice is harmless.
 */
async function writeLinks(links: LinkChange[], session: ClientSession | undefined): Promise<void> {
  if (links.length === 0) return;
  await ResponseModel.collection.bulkWrite(
    links.map(({ responseId, nextResponseId, nextCategory }) => ({
      updateOne: {
        filter: { _id: responseId },
        update: { $set: { 'recoveryLink.nextResponseId': nextResponseId, 'recoveryLink.nextCategory': nextCategory } },
      },
    })),
    { ordered: false, session },
  );
}

/**
 * The links of answers about to be inserted set on them (none where no next answer is
 * counted yet); the others, of stored answers, left to `writeLinks`.
 */
function linksOfStoredAnswers(links: LinkChange[], inserting: ResponseDoc[]): LinkChange[] {
  const byId = new Map(inserting.map((answer) => [answer._id.toHexString(), answer]));
  return links.filter(({ responseId, nextResponseId, nextCategory }) => {
    const answer = byId.get(responseId.toHexString());
    if (answer && nextResponseId !== null) answer.recoveryLink = { nextResponseId, nextCategory };
    return !answer;
  });
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

export interface CountsGroupOptions extends BatchOptions {
  /** Asked after each batch: true stops there (the counts of the batches done are still written). */
  shouldStop?: () => boolean;
  /** Told each batch's result once it is done. */
  onBatch?: (result: BatchResult) => void;
}

/** Batches committing at once while the next is prepared: two keep both this process and the server busy. */
const COMMITS_IN_FLIGHT = 2;

/** One process at a time writes a counts group's counts: the one holding this lease. */
const groupLeaseName = (group: string) => `counts-group:${group}`;

/**
 * Records batches of answers of one workspace and writes the report counts of all of them
 * at once, at the end (see the top of this file). Returns whether it stopped on request. A
 * batch that fails leaves the counts of the batches before it to the sweep.
 */
export async function recordCountsGroup(
  workspaceId: string,
  batches: Iterable<BatchRow[]> | AsyncIterable<BatchRow[]>,
  options: CountsGroupOptions = {},
): Promise<{ stopped: boolean }> {
  const group = new Types.ObjectId().toHexString();
  // A new name: free, unless the database is out of reach.
  const lease = await acquireLeases(workspaceId, [groupLeaseName(group)], 0);
  if (!lease) throw new Error(`The lease of counts group ${group} could not be taken`);
  try {
    const sum = new ReportCountsSum(workspaceId);
    let counting = 0;
    let stopped = false;
    // Batches recorded whose counts are not in the sum yet: added while the next batch commits.
    let unsummed: BatchCounts[] = [];
    const addUnsummed = () => {
      for (const { counts, placed } of unsummed) addPlacedCounts(sum, counts, placed);
      unsummed = [];
    };
    const counted = async ({ counts, placed, ...result }: BatchResult & BatchCounts) => {
      if (result.stored > 0) {
        unsummed.push({ counts, placed });
        counting += 1;
      }
      options.onBatch?.(result);
      await keep(lease);
      if (options.shouldStop?.()) stopped = true;
    };
    // Batches are recorded in file order, each as it would be after the one before: a contact
    // or an answer two batches name is found or stored once. Their contacts and answers are
    // taken as new until a commit is refused. While up to COMMITS_IN_FLIGHT batches commit, the
    // next one is prepared, so that this process's work overlaps the database's (the batches of
    // a group name different contacts, and leases and unique indexes keep apart those that do
    // not). A refused commit ends the overlap: the commits in flight land, the batches refused
    // are recorded again (looked up, then in steps) and the next one is prepared anew.
    let assumeNew = true;
    const recordAgain = async (rows: BatchRow[]) => {
      assumeNew = false;
      const prepared = await prepareBatch(workspaceId, rows, false, options);
      const recorded = await commitBatch(workspaceId, prepared, group, options);
      if (recorded) return recorded;
      const inserted = await insertBatch(workspaceId, rows, group, options);
      return applyBatch(workspaceId, inserted, group, options);
    };
    const inFlight: { rows: BatchRow[]; commit: Promise<(BatchResult & BatchCounts) | null> }[] = [];
    /** Ends the oldest commit in flight: the rows of its batch when it was refused (to record again), else null. */
    const land = async (): Promise<BatchRow[] | null> => {
      const { rows, commit } = inFlight.shift()!;
      const recorded = await commit;
      if (!recorded) return rows;
      await counted(recorded);
      return null;
    };
    /** Lands every commit in flight, then records again the batches refused (those landed before included). */
    const landAll = async (refused: BatchRow[][] = []): Promise<void> => {
      while (inFlight.length > 0) {
        const rows = await land();
        if (rows) refused.push(rows);
      }
      for (const rows of refused) await counted(await recordAgain(rows));
    };
    try {
      for await (const rows of batches) {
        if (stopped) break;
        if (options.transactions === false) {
          const inserted = await insertBatch(workspaceId, rows, group, options);
          await counted(await applyBatch(workspaceId, inserted, group, options));
          continue;
        }
        let prepared = await prepareBatch(workspaceId, rows, assumeNew, options);
        try {
          while (inFlight.length >= COMMITS_IN_FLIGHT) {
            const refused = await land();
            if (!refused) continue;
            // Prepared on what the refused batch did not write, under leases it may need.
            await prepared.lease.release();
            await landAll([refused]);
            if (!stopped) prepared = await prepareBatch(workspaceId, rows, assumeNew, options);
          }
        } catch (error) {
          await prepared.lease.release();
          throw error;
        }
        if (stopped) {
          await prepared.lease.release();
          break;
        }
        const commit = commitBatch(workspaceId, prepared, group, options);
        // Awaited with a later batch; meanwhile a failure is not an unhandled rejection.
        commit.catch(() => undefined);
        inFlight.push({ rows, commit });
        await letCommitsOn();
        addUnsummed();
      }
      await landAll();
      addUnsummed();
    } catch (error) {
      // The commits in flight end before the error is told: a caller may exit on it.
      await Promise.all(inFlight.map(({ commit }) => commit.catch(() => undefined)));
      throw error;
    }
    if (counting > 0) {
      await timed(options.timings, 'counts', () => writeGroupCounts(workspaceId, group, counting, sum, options));
    }
    return { stopped };
  } finally {
    await lease.release();
  }
}

/**
 * Writes a counts group's summed counts once and marks its `counting` batches done, in one
 * commit where the server can; else tagged, as the sweep does.
 */
async function writeGroupCounts(
  workspaceId: string,
  group: string,
  batches: number,
  counts: ReportCountsSum,
  options: Pick<BatchOptions, 'afterStep' | 'transactions'>,
): Promise<void> {
  if (options.transactions !== false) {
    const committed = await inTransaction(async (session) => {
      const { modifiedCount } = await ImportBatchModel.collection.updateMany(
        { workspaceId, countsGroup: group, state: 'counting' } as never,
        { $set: DONE },
        { session },
      );
      // Only when this process lost the group's lease meanwhile, and the sweep wrote them.
      if (modifiedCount !== batches) throw new Error(`The counts of group ${group} were written by another process`);
      await writeCounts(counts, { tag: undefined, session });
      await options.afterStep?.('grouped');
    });
    if (committed) return;
  }
  await finishCountsGroup(workspaceId, group, counts, options);
}

/**
 * Writes the counts of a group's `counting` batches tagged `g:<group>` (a counts document
 * written already is left alone), marks them `countsApplied`, then pulls the tags.
 */
async function finishCountsGroup(
  workspaceId: string,
  group: string,
  counts: ReportCountsSum,
  options: Pick<BatchOptions, 'afterStep'>,
): Promise<void> {
  await inOneCommit(async (session) => {
    await writeCounts(counts, { tag: `g:${group}`, session });
    await ImportBatchModel.collection.updateMany(
      { workspaceId, countsGroup: group, state: 'counting' } as never,
      { $set: { state: 'countsApplied' } },
      { session },
    );
  });
  await options.afterStep?.('grouped');
  await pullGroupTag(workspaceId, group, counts);
}

/** Pulls a group's tag from the counts documents its `countsApplied` batches wrote, and marks them done. */
async function pullGroupTag(workspaceId: string, group: string, counts: ReportCountsSum): Promise<void> {
  await removeTag(`g:${group}`, [...counts.months.keys()], [...counts.days.keys()]);
  await ImportBatchModel.collection.updateMany({ workspaceId, countsGroup: group, state: 'countsApplied' } as never, {
    $set: DONE,
  });
}

/**
 * What a batch's answers add to the report counts, as its document keeps them: JSON, `[id, counts]`
 * pairs (a string is written several times faster than the thousands of values it holds).
 */
function storedCounts(counts: AnswerCounts[]): string {
  return JSON.stringify(counts.map(({ responseId, counts: answerCounts }) => [responseId.toHexString(), answerCounts]));
}

function readStoredCounts(stored: string): AnswerCounts[] {
  return (JSON.parse(stored) as [string, Counts][]).map(([hex, counts]) => ({
    responseId: new Types.ObjectId(hex),
    counts,
  }));
}

/** Adds what answers add to the report counts to a sum, each where it counts. */
function addPlacedCounts(sum: ReportCountsSum, counts: AnswerCounts[], placed: Map<string, PlacedAnswer>): void {
  for (const { responseId, counts: answerCounts } of counts) {
    const answer = placed.get(responseId.toHexString());
    if (!answer) throw new Error(`Answer ${responseId.toHexString()} of a counted change was not read`);
    sum.add(answer, answer.answeredAt, answerCounts);
  }
}

/** The summed counts of a group's batches, their answers placed as stored. */
async function groupCountsOf(workspaceId: string, batches: Pick<ImportBatchDoc, 'counts'>[]): Promise<ReportCountsSum> {
  const counts = batches.flatMap((batch) => (batch.counts === null ? [] : readStoredCounts(batch.counts)));
  const placed = new Map<string, PlacedAnswer>();
  for (let start = 0; start < counts.length; start += IN_SLICE) {
    const answers = await ResponseModel.find({
      _id: { $in: counts.slice(start, start + IN_SLICE).map(({ responseId }) => responseId) },
      workspaceId,
    })
      .select(PLACED_ANSWER_FIELDS)
      .lean<(PlacedAnswer & { _id: Types.ObjectId })[]>()
      .exec();
    for (const answer of answers) placed.set(answer._id.toHexString(), answer);
  }
  const sum = new ReportCountsSum(workspaceId);
  addPlacedCounts(sum, counts, placed);
  return sum;
}

/**
 * Finishes a counts group a dead process left, under the group's lease: first the tags of
 * counts it wrote, then the counts of its batches still `counting`. False when the group's
 * lease is held (its process is at work).
 */
async function settleCountsGroup(workspaceId: string, group: string, leaseWaitMs: number): Promise<boolean> {
  const lease = await acquireLeases(workspaceId, [groupLeaseName(group)], leaseWaitMs);
  if (!lease) return false;
  try {
    // Read under the lease: its own process may have finished it meanwhile.
    const batches = await ImportBatchModel.find({ workspaceId, countsGroup: group, state: { $in: GROUPED } })
      .select({ state: 1, counts: 1 })
      .lean<Pick<ImportBatchDoc, 'state' | 'counts'>[]>()
      .exec();
    const inState = (state: ImportBatchState) => batches.filter((batch) => batch.state === state);
    if (inState('countsApplied').length > 0) {
      await pullGroupTag(workspaceId, group, await groupCountsOf(workspaceId, inState('countsApplied')));
    }
    if (inState('counting').length > 0) {
      await finishCountsGroup(workspaceId, group, await groupCountsOf(workspaceId, inState('counting')), {});
    }
    return true;
  } finally {
    await lease.release();
  }
}

const UNFINISHED: ImportBatchState[] = ['inserting', 'stored'];
/** States of a batch whose counts group is left to write (or untag) its counts. */
const GROUPED: ImportBatchState[] = ['counting', 'countsApplied'];

/** Whether a batch holding answers of the contact is unfinished (its process died): the sweep finishes it first. */
export async function hasUnfinishedImportBatch(workspaceId: string, contactId: Types.ObjectId): Promise<boolean> {
  return (await ImportBatchModel.exists({ workspaceId, state: { $in: UNFINISHED }, contactIds: contactId })) !== null;
}

export interface SettledBatches {
  /** Contacts of the batches finished. */
  contacts: number;
  /** Contacts of the batches left because another process holds some of their leases, and counts groups left to their process. */
  unfinished: number;
}

/**
 * Finishes the workspace's batches a dead process left, each under the leases of all its
 * contacts (waiting up to `leaseWaitMs`), then their counts groups. A batch still
 * `inserting` stored no change: its stored answers get the pipeline's `steps` to do, for the
 * sweep to finish one by one.
 */
export async function settleImportBatches(
  workspaceId: string,
  steps: readonly RecordingStep[],
  leaseWaitMs: number,
): Promise<SettledBatches> {
  const settled: SettledBatches = { contacts: 0, unfinished: 0 };
  const batches = await ImportBatchModel.find({ workspaceId, state: { $in: UNFINISHED } })
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
      if (!batch || batch.state === 'done' || GROUPED.includes(batch.state)) continue;
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
  const groups: string[] = await ImportBatchModel.distinct('countsGroup', {
    workspaceId,
    state: { $in: GROUPED },
  }).exec();
  for (const group of groups) {
    if (!(await settleCountsGroup(workspaceId, group, leaseWaitMs))) settled.unfinished += 1;
  }
  return settled;
}
