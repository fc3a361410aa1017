import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Types } from 'mongoose';
import { refusedByUniqueIndex } from '../../db/errors';

// One process at a time works through a contact's recorded answers: the lease makes the
// pipeline's steps (snapshot, counts, recovery links) run for a contact in one place, in
// answer order, so they never race each other. A lease that is not released (its process
// died) expires, and the sweep or the contact's next answer takes it over.

export interface ContactLeaseDoc {
  /** `<workspaceId>|<contactId>`, or `<workspaceId>|<name>` for other work (see `acquireLeases`) */
  _id: string;
  workspaceId: string;
  owner: string;
  until: Date;
}

const leaseSchema = new Schema<ContactLeaseDoc>(
  {
    _id: { type: String, required: true },
    workspaceId: { type: String, required: true },
    owner: { type: String, required: true },
    until: { type: Date, required: true },
  },
  { versionKey: false, autoIndex: false },
);
leaseSchema.index({ workspaceId: 1, until: 1 });

export const ContactLeaseModel = mongoose.model<ContactLeaseDoc>('ContactLease', leaseSchema, 'recording_leases');

/** Long enough for any contact's backlog; a process stalled longer may be overtaken. */
export const LEASE_MS = 15_000;
const POLL_MS = 20;

/** A lease renewed less than this long ago is left as it is: no other process can take it over yet. */
const RENEW_AFTER_MS = LEASE_MS / 3;

export interface ContactLease {
  release(): Promise<void>;
  /**
   * Makes sure the leases last at least another LEASE_MS - RENEW_AFTER_MS, extending them to
   * LEASE_MS when they were taken or renewed longer ago than that; false when another process
   * took one over meanwhile.
   */
  renew(): Promise<boolean>;
}

/**
 * Takes the contact's lease, waiting up to `waitMs` for its holder (see `acquireContactLeases`).
 */
export function acquireContactLease(
  workspaceId: string,
  contactId: Types.ObjectId,
  waitMs: number,
): Promise<ContactLease | null> {
  return acquireContactLeases(workspaceId, [contactId], waitMs);
}

/**
 * Takes the leases of several contacts at once (a batch of imported answers), waiting up
 * to `waitMs` for their holders; null, holding none, when some are still held then. A free
 * lease is one insert; a lease left by a dead process is taken over by an upsert that only
 * matches an expired lease; while another process holds a lease, both answer E11000 on the
 * unique `_id`.
 */
export function acquireContactLeases(
  workspaceId: string,
  contactIds: readonly Types.ObjectId[],
  waitMs: number,
): Promise<ContactLease | null> {
  return acquireLeases(
    workspaceId,
    contactIds.map((contactId) => contactId.toHexString()),
    waitMs,
  );
}

/**
 * Takes leases on names within a workspace: a contact's is its id (hex); other work held by
 * one process at a time (an import's deferred report counts) names itself otherwise.
 */
export async function acquireLeases(
  workspaceId: string,
  names: readonly string[],
  waitMs: number,
): Promise<ContactLease | null> {
  const owner = randomUUID();
  const taken: string[] = [];
  const release = async () => {
    if (taken.length > 0) await ContactLeaseModel.deleteMany({ _id: { $in: taken }, owner }).exec();
  };
  // When the leases were last extended to LEASE_MS from then (or taken).
  let renewedAt = 0;
  const renew = async () => {
    // A batch renews between steps a few milliseconds apart: each renewal is one write per lease.
    if (Date.now() - renewedAt < RENEW_AFTER_MS) return true;
    const now = Date.now();
    const { matchedCount } = await ContactLeaseModel.updateMany(
      { _id: { $in: taken }, owner },
      { $set: { until: new Date(now + LEASE_MS) } },
    ).exec();
    renewedAt = now;
    return matchedCount === taken.length;
  };
  let waiting = [...new Set(names.map((name) => `${workspaceId}|${name}`))];
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = new Date();
    const until = new Date(now.getTime() + LEASE_MS);
    const existing = await insertLeases(waiting, { workspaceId, owner, until });
    const held = await takeOverExpired(existing, { workspaceId, owner, until }, now);
    const stillHeld = new Set(held);
    // The leases taken first run out first.
    if (taken.length === 0 && held.length < waiting.length) renewedAt = now.getTime();
    taken.push(...waiting.filter((id) => !stillHeld.has(id)));
    waiting = held;
    if (waiting.length === 0) return { release, renew };
    if (Date.now() >= deadline) {
      await release();
      return null;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

type LeaseFields = Omit<ContactLeaseDoc, '_id'>;

/** Inserts the leases; returns the ids that exist already. */
async function insertLeases(ids: string[], fields: LeaseFields): Promise<string[]> {
  if (ids.length === 0) return [];
  try {
    await ContactLeaseModel.collection.insertMany(ids.map((_id) => ({ _id, ...fields })) as never[], {
      ordered: false,
    });
    return [];
  } catch (error) {
    return refusedByUniqueIndex(error).map((index) => ids[index] as string);
  }
}

/**
 * Takes over the expired ones among existing leases; returns the ids still held by others.
 * Only leases read as expired are tried: the update of one costs a commit of its own.
 */
async function takeOverExpired(ids: string[], fields: LeaseFields, now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const expired = (
    await ContactLeaseModel.find({ _id: { $in: ids }, until: { $lt: now } })
      .select({ _id: 1 })
      .lean<{ _id: string }[]>()
      .exec()
  ).map(({ _id }) => _id);
  const held = new Set(ids);
  if (expired.length === 0) return [...held];
  try {
    await ContactLeaseModel.collection.bulkWrite(
      expired.map((_id) => ({
        updateOne: {
          // Matches only while expired: of two processes taking it over, one wins.
          filter: { _id, until: { $lt: now } },
          update: {
            $set: { owner: fields.owner, until: fields.until },
            $setOnInsert: { workspaceId: fields.workspaceId },
          },
          upsert: true,
        },
      })) as never[],
      { ordered: false },
    );
    for (const _id of expired) held.delete(_id);
  } catch (error) {
    const refused = new Set(refusedByUniqueIndex(error));
    expired.forEach((_id, index) => {
      if (!refused.has(index)) held.delete(_id);
    });
  }
  return [...held];
}
