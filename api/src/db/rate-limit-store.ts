import mongoose from 'mongoose';
import { RateLimiterMongo } from 'rate-limiter-flexible';

// Rate-limit counters live in the application's own database, so every API process on that
// database shares them: rate-limiter-flexible's RateLimiterMongo keeps one document per key
// and window, `{ key, points, expire }`, counted by one atomic findOneAndUpdate upsert ($inc),
// with a unique index on `key` (two processes creating the same window: one wins, the other's
// E11000 makes it increment the winner's) and a TTL index on `expire` (an expired window that
// the server has not removed yet is replaced by the next request, so the limit does not rely
// on the TTL monitor). Not workspace-scoped: keys are credentials, workspaces and addresses.

export const RATE_LIMIT_COLLECTION = 'rate_limits';

export interface RateLimiterSpec {
  /** Distinguishes the limiters sharing the collection; part of every key. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/**
 * A limiter counting in the connected mongoose database. Once a key is over its limit for
 * the window, this process also refuses it from memory until the window ends, so a flood
 * from one credential costs no database round trip per request.
 */
export function mongoRateLimiter(spec: RateLimiterSpec): RateLimiterMongo {
  const db = mongoose.connection.db;
  if (!db) throw new Error('Connect the database before creating rate limiters');
  return new RateLimiterMongo({
    storeClient: db,
    tableName: RATE_LIMIT_COLLECTION,
    keyPrefix: spec.keyPrefix,
    points: spec.points,
    duration: spec.durationSeconds,
    inMemoryBlockOnConsumed: spec.points + 1,
    // Created (and awaited) by ensureRateLimitIndexes rather than fire-and-forget.
    disableIndexesCreation: true,
  });
}

/** Creates the collection's indexes (idempotent); call once before serving. */
export async function ensureRateLimitIndexes(limiter: RateLimiterMongo): Promise<void> {
  await limiter.createIndexes();
}
