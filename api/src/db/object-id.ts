import { Types } from 'mongoose';

/**
 * The ObjectId a client's opaque id names, or null when it is malformed: callers treat a
 * malformed id as one that matches nothing (NOT_FOUND), as ids are opaque to clients.
 */
export function objectIdOrNull(id: string): Types.ObjectId | null {
  return Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null;
}
