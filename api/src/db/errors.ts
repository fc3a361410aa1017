import mongoose, { mongo } from 'mongoose';

/** A unique index refused an insert or upsert: the way concurrent writers learn someone else won. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}

/** The collection named is not there (NamespaceNotFound): dropped already, say. */
export function isNamespaceMissing(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 26;
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

// --- The database is unreachable ------------------------------------------------------------
//
// Every way the driver and mongoose say "no server to talk to right now", as opposed to a
// problem with the request itself. Requests failing this way answer SERVICE_UNAVAILABLE (HTTP
// 503) and may be retried; the messages (which carry the server's address) never reach a
// client. Bounds: serverSelectionTimeoutMS and bufferTimeoutMS (client-options.ts).

/** Server error codes of a server that is shutting down, stepping down or cut off. */
const UNAVAILABLE_SERVER_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
  134, // ReadConcernMajorityNotAvailableYet: a (one-member) replica set still starting
  262, // ExceededTimeLimit
]);

/**
 * Labels the driver or the server put on an error that says "try again, the server is not
 * ready" (a server restarting answers some commands this way before it takes writes).
 */
const TRANSIENT_LABELS = ['RetryableWriteError', 'ResetPool', 'PoolRequestedRetry', 'SystemOverloadedError'];

/** Driver errors of a connection pool closed or full while the server is away; not exported by class. */
const UNAVAILABLE_DRIVER_ERRORS = new Set(['MongoPoolClosedError', 'MongoWaitQueueTimeoutError']);

/**
 * Node's own socket errors, which the driver lets through unwrapped when the server goes away
 * between its check of a connection and its write (`write EPIPE`: "This socket has been ended
 * by the other party", seen when the embedded server was killed mid-request).
 */
const UNAVAILABLE_SOCKET_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED']);

/** Mongoose gave up waiting for a connection (its `bufferTimeoutMS`); it has no class of its own. */
const BUFFERING_TIMED_OUT = /buffering timed out after \d+ms/;

function isUnavailableItself(error: unknown): boolean {
  return (
    // No server answered within serverSelectionTimeoutMS (also a write's retry after a network error).
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongoose.Error.MongooseServerSelectionError ||
    // The connection broke or timed out mid-operation; includes the pool cleared after a failure.
    error instanceof mongo.MongoNetworkError ||
    // The client or topology was closed under the operation (shutdown).
    error instanceof mongo.MongoTopologyClosedError ||
    error instanceof mongo.MongoServerClosedError ||
    error instanceof mongo.MongoNotConnectedError ||
    (error instanceof mongo.MongoServerError && UNAVAILABLE_SERVER_CODES.has(Number(error.code))) ||
    (error instanceof mongo.MongoError && TRANSIENT_LABELS.some((label) => error.hasErrorLabel(label))) ||
    (error instanceof Error && UNAVAILABLE_DRIVER_ERRORS.has(error.name)) ||
    (error instanceof Error && UNAVAILABLE_SOCKET_CODES.has(String((error as NodeJS.ErrnoException).code))) ||
    (error instanceof mongoose.Error && BUFFERING_TIMED_OUT.test(error.message))
  );
}

/**
 * Whether `error` (or what it wraps: `originalError` of a GraphQLError, `cause`) says the
 * database cannot be reached, so the request failed for want of a database, not because of
 * what it asked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isUnavailableItself(current)) return true;
    const wrapper = current as Error & { originalError?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return false;
}
