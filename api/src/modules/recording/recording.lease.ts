import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Types } from 'mongoose';
import { isDuplicateKeyError } from '../../db/errors';

// One process at a time works through a contact's recorded answers: the lease makes the
// pipeline's steps (snapshot, counts, recovery links) run for a contact in one place, in
// answer order, so they never race each other. A lease that is not released (its process
// died) expires, and the sweep or the contact's next answer takes it over.

export interface ContactLeaseDoc {
  /** `<workspaceId>|<contactId>` */
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

export interface ContactLease {
  release(): Promise<void>;
}

/**
 * Takes the contact's lease, waiting up to `waitMs` for its holder. Taking is one upsert
 * that only matches an expired lease: while another holds it, the upsert's insert meets the
 * unique `_id` and answers E11000.
 */
export async function acquireContactLease(
  workspaceId: string,
  contactId: Types.ObjectId,
  waitMs: number,
): Promise<ContactLease | null> {
  const _id = `${workspaceId}|${contactId.toHexString()}`;
  const owner = randomUUID();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = new Date();
    try {
      await ContactLeaseModel.updateOne(
        { _id, until: { $lt: now } },
        { $set: { owner, until: new Date(now.getTime() + LEASE_MS) }, $setOnInsert: { workspaceId } },
        { upsert: true },
      ).exec();
      return {
        release: () =>
          ContactLeaseModel.deleteOne({ _id, owner })
            .exec()
            .then(() => undefined),
      };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
