import { mongo } from 'mongoose';

/** A unique index refused an insert or upsert: the way concurrent writers learn someone else won. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}
