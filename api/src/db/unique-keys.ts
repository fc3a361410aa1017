import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import { inTransaction } from './commit-group';

// SecantusDB (0.5.3-beta.196) leaves the old key of a unique index in place when an update
// changes the indexed value, and still after the document is deleted: that value could never
// be stored again (docs/db-conformance.md). A document removed and inserted again with the new
// value, in one transaction, leaves no old key behind; readers see it before or after, whole.

/**
 * Sets top-level fields of the one document `filter` matches, some of them keys of unique
 * indexes, and returns it as it is then (null when none matched: nothing changed). Where the
 * server has transactions, the document is removed and inserted again (same `_id`) with them,
 * in one; concurrent callers conflict and are retried, so exactly one of them matches a filter
 * that the change makes false. Else, or when that is refused (another document holds one of
 * the keys), a plain update, which then answers the duplicate-key error to the caller.
 */
export async function setMovingUniqueKeys<T>(
  model: Model<T>,
  filter: NoInfer<Filter<T>>,
  fields: NoInfer<Partial<T>>,
): Promise<T | null> {
  const collection = model.collection;
  let updated: T | null = null;
  const reinserted = await inTransaction(async (session) => {
    updated = null;
    const document = await collection.findOne(filter as never, { session });
    if (!document) return;
    await collection.deleteOne({ _id: document._id }, { session });
    updated = { ...document, ...fields } as T;
    await collection.insertOne(updated as never, { session });
  });
  if (reinserted) return updated;
  return (await collection.findOneAndUpdate(
    filter as never,
    { $set: fields },
    { returnDocument: 'after' },
  )) as T | null;
}
