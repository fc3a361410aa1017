// Shared helpers of the database conformance suite: throwaway databases, many independent
// clients, outcome tallies of concurrent attempts, duplicate-key reports and plan walking.
import { randomUUID } from 'node:crypto';
import { MongoClient, type Db, type Document, type MongoClientOptions } from 'mongodb';
import mongoose, { type Connection, type Model, type Schema } from 'mongoose';
import { MONGO_CLIENT_OPTIONS } from '../../api/src/db/client-options';
import { isDuplicateKeyError } from '../../api/src/db/errors';

/** The server of this run (set by the jest global setup). */
function testServerUri(): string {
  const uri = process.env.NPS_TEST_MONGODB_URI;
  if (!uri) throw new Error('NPS_TEST_MONGODB_URI is not set: run the suite through jest (global setup)');
  return uri;
}

export function newClient(options: MongoClientOptions = {}): MongoClient {
  return new MongoClient(testServerUri(), { ...MONGO_CLIENT_OPTIONS, ...options });
}

export interface TestDatabase {
  name: string;
  client: MongoClient;
  db: Db;
  /** Drops the database and closes the client. */
  drop(): Promise<void>;
}

/** A database of this test file alone (random suffix), with one client for setup and checks. */
export async function openTestDatabase(label: string, options: MongoClientOptions = {}): Promise<TestDatabase> {
  const name = `conformance_${label}_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const client = newClient(options);
  await client.connect();
  const db = client.db(name);
  return {
    name,
    client,
    db,
    drop: async () => {
      await db.dropDatabase();
      await client.close();
    },
  };
}

/**
 * Runs `work` with `count` separate clients, each holding one connection opened (by a
 * ping) before `work` starts: what the server sees is `count` concurrent connections,
 * like that many API processes.
 */
export async function withClients<T>(count: number, work: (clients: MongoClient[]) => Promise<T>): Promise<T> {
  const clients = Array.from({ length: count }, () => newClient({ maxPoolSize: 1 }));
  try {
    await Promise.all(clients.map((client) => client.db('admin').command({ ping: 1 })));
    return await work(clients);
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

export interface RaceOutcome<T> {
  succeeded: T[];
  duplicateKeys: number;
  /** Anything else that went wrong: a conforming server leaves this empty. */
  otherErrors: unknown[];
}

/** Waits for every concurrent attempt and sorts the outcomes the way the product reads them. */
export async function tallyRace<T>(attempts: Promise<T>[]): Promise<RaceOutcome<T>> {
  const outcome: RaceOutcome<T> = { succeeded: [], duplicateKeys: 0, otherErrors: [] };
  for (const result of await Promise.allSettled(attempts)) {
    if (result.status === 'fulfilled') outcome.succeeded.push(result.value);
    else if (isDuplicateKeyError(result.reason)) outcome.duplicateKeys += 1;
    else outcome.otherErrors.push(result.reason);
  }
  return outcome;
}

/** What the server said about one unique-key violation, from its reply. */
export interface DuplicateKeyReport {
  code: number;
  keyPattern?: Document;
  keyValue?: Document;
}

/**
 * Records the duplicate-key errors in the server's replies to `client` (which must have
 * `monitorCommands: true`). The driver drops `keyPattern` and `keyValue` from the write
 * errors of bulk operations (insertMany, bulkWrite), so they are read from the replies.
 */
export function recordDuplicateKeyReports(client: MongoClient): DuplicateKeyReport[] {
  const reports: DuplicateKeyReport[] = [];
  const keep = (error: Document) => {
    if (error.code === 11000) reports.push({ code: 11000, keyPattern: error.keyPattern, keyValue: error.keyValue });
  };
  client.on('commandSucceeded', (event) => {
    const writeErrors: unknown = (event.reply as Document | undefined)?.writeErrors;
    if (Array.isArray(writeErrors)) writeErrors.forEach(keep);
  });
  client.on('commandFailed', (event) => keep(event.failure as Document));
  return reports;
}

/** A mongoose connection of its own to a test database: the global connection stays untouched. */
export async function openModelConnection(dbName: string): Promise<Connection> {
  return mongoose.createConnection(testServerUri(), { ...MONGO_CLIENT_OPTIONS, dbName }).asPromise();
}

/** A product model, as far as binding it to another connection goes. */
interface ProductModel {
  modelName: string;
  schema: Schema;
  collection: { collectionName: string };
}

/** The product's model (schema, collection name, indexes) bound to `connection`, once. */
export function bindModel<T>(connection: Connection, model: Model<T>): Model<T> {
  return (
    (connection.models[model.modelName] as Model<T> | undefined) ??
    connection.model<T>(model.modelName, model.schema, model.collection.collectionName)
  );
}

/** Creates the models' indexes in the test database, as the app does at boot. */
export async function createIndexesOf(connection: Connection, models: ProductModel[]): Promise<void> {
  for (const model of models) await bindModel(connection, model as Model<unknown>).createIndexes();
}

export interface PlanStage {
  stage: string;
  indexName?: string;
}

/**
 * Every stage of an explain's winning plan. Servers shape explain output differently
 * (classic plans, slot-based plans under `queryPlan`), so the tree is walked rather than read
 * at fixed places.
 */
export function winningPlanStages(explain: Document): PlanStage[] {
  const stages: PlanStage[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const stage = node as Document;
    if (typeof stage.stage === 'string') stages.push({ stage: stage.stage, indexName: stage.indexName });
    walk(stage.queryPlan);
    walk(stage.inputStage);
    if (Array.isArray(stage.inputStages)) stage.inputStages.forEach(walk);
  };
  walk(explain.queryPlanner?.winningPlan);
  return stages;
}
