import { mongo } from 'mongoose';

/** A unique index refused an insert or upsert: the way concurrent writers learn someone else won. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}

/** A unique index over `field` refused the write: the error's `keyPattern` names the index's fields. */
export function isDuplicateKeyOn(error: unknown, field: string): boolean {
  return isDuplicateKeyError(error) && field in ((error as mongo.MongoServerError).keyPattern ?? {});
}

/**
 * The positions of a bulk write's operations that a unique index refused (E11000), for
 * writers that insert first and deal with what already exists afterwards. Anything else
 * that failed is thrown again.
 */
export function refusedByUniqueIndex(error: unknown): number[] {
  if (!(error instanceof mongo.MongoBulkWriteError)) throw error;
  const failures = [error.writeErrors].flat();
  if (failures.length === 0 || failures.some((failure) => failure.code !== 11000)) throw error;
  return failures.map((failure) => failure.index);
}
