import { mongo } from 'mongoose';

/** A unique index refused an insert or upsert: the way concurrent writers learn someone else won. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}

/** A unique index over `field` refused the write: the error's `keyPattern` names the index's fields. */
export function isDuplicateKeyOn(error: unknown, field: string): boolean {
  return isDuplicateKeyError(error) && field in ((error as mongo.MongoServerError).keyPattern ?? {});
}
