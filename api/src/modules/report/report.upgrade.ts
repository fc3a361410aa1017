import mongoose from 'mongoose';
import { isNamespaceMissing } from '../../db/errors';
import { ResponseModel } from '../response/response.model';

// Until December 2026 a detractor answer's recovery link was a document of its own, in
// `report_recovery_links`; it is now the answer's `recoveryLink`. A database written before
// has its links moved onto their answers once, at start, and the old collection dropped.
// Moving one twice sets the same value, so processes starting together do no harm.

const LEGACY_COLLECTION = 'report_recovery_links';
const BATCH = 1000;

/** Moves links stored the old way onto their answers; returns how many it moved. */
export async function moveLegacyRecoveryLinks(): Promise<number> {
  const db = mongoose.connection.db!;
  if (!(await db.listCollections({ name: LEGACY_COLLECTION }, { nameOnly: true }).hasNext())) return 0;
  const legacy = db.collection(LEGACY_COLLECTION);
  // A link with no next answer and no move in flight counts nothing: as no link.
  const links = legacy.find({ $or: [{ nextResponseId: { $ne: null } }, { pending: { $ne: null } }] });
  let moved = 0;
  let updates: object[] = [];
  const flush = async () => {
    if (updates.length > 0) await ResponseModel.collection.bulkWrite(updates as never[], { ordered: false });
    moved += updates.length;
    updates = [];
  };
  for await (const { responseId, workspaceId, nextResponseId, nextCategory, pending } of links) {
    updates.push({
      updateOne: {
        filter: { _id: responseId, workspaceId },
        update: { $set: { recoveryLink: { nextResponseId, nextCategory, pending } } },
      },
    });
    if (updates.length === BATCH) await flush();
  }
  await flush();
  try {
    await legacy.drop();
  } catch (error) {
    // Dropped by another process starting at the same time.
    if (!isNamespaceMissing(error)) throw error;
  }
  return moved;
}
