import type { ClientSession } from 'mongodb';
import type { Model } from 'mongoose';

// SecantusDB answers `_id: { $in: [...] }` in a time that grows faster than the number of
// values (15,000 ids: 0.9 s in one query, 0.2 s in slices of 1,000), so long lists are asked
// in slices.
export const IN_SLICE = 1_000;

/** Which of `ids` name a document of the model's collection, as `session` sees it when given. */
export async function existingIds<T>(
  model: Model<T>,
  ids: readonly string[],
  session?: ClientSession,
): Promise<Set<string>> {
  const existing = new Set<string>();
  for (let start = 0; start < ids.length; start += IN_SLICE) {
    const found = await model.collection
      .find({ _id: { $in: ids.slice(start, start + IN_SLICE) } } as never, { projection: { _id: 1 }, session })
      .toArray();
    for (const { _id } of found) existing.add(_id as unknown as string);
  }
  return existing;
}
