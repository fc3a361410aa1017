import type { ClientSession, MongoClient } from 'mongodb';
import mongoose, { mongo } from 'mongoose';
import { isDatabaseUnavailable } from './errors';

// A server commits (and with SecantusDB's --sync-on-commit, syncs) every single-document write
// on its own, also inside one bulk write: a bulk write of a thousand updates costs a thousand
// commits. A transaction commits them all at once. Servers with transactions: a replica set
// (SecantusDB is a one-member one), a sharded cluster; a standalone mongod has none, so
// every caller also has a way without them.

const transactionSupport = new WeakMap<MongoClient, Promise<boolean>>();

async function serverHasTransactions(client: MongoClient): Promise<boolean> {
  const hello = await client.db('admin').command({ hello: 1 });
  return typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
}

function hasTransactions(client: MongoClient): Promise<boolean> {
  let known = transactionSupport.get(client);
  if (!known) {
    known = serverHasTransactions(client);
    transactionSupport.set(client, known);
    // A failed check (no server yet) is asked again next time.
    known.catch(() => transactionSupport.delete(client));
  }
  return known;
}

/**
 * Runs `writes` as one transaction, committed at once, and says whether it was. False when
 * the server has no transactions or refused this one (a conflict with another writer, a
 * unique index, its size): then nothing of it was written. Thrown: anything else, such as
 * a database out of reach or a commit whose outcome is unknown.
 */
export async function inTransaction(writes: (session: ClientSession) => Promise<void>): Promise<boolean> {
  const client = mongoose.connection.getClient() as unknown as MongoClient;
  if (!(await hasTransactions(client))) return false;
  const session = client.startSession();
  try {
    await session.withTransaction(() => writes(session));
    return true;
  } catch (error) {
    const refused =
      error instanceof mongo.MongoServerError &&
      !error.hasErrorLabel('UnknownTransactionCommitResult') &&
      !isDatabaseUnavailable(error);
    if (refused) return false;
    throw error;
  } finally {
    await session.endSession();
  }
}

/**
 * Runs `writes` in one commit where the server can, else without a transaction: for writes
 * that are right without one (tagged, idempotent or under a lease), which it only makes cost
 * one commit instead of one per document.
 */
export async function inOneCommit(writes: (session: ClientSession | undefined) => Promise<void>): Promise<void> {
  if (!(await inTransaction(writes))) await writes(undefined);
}
