import mongoose from 'mongoose';
import type { AppConfig } from '../config';
import { DATABASE_WAIT_MS, MONGO_CLIENT_OPTIONS } from './client-options';
import { startEmbeddedDatabase } from './embedded';
import { AlertDeliveryModel, AlertEndpointModel } from '../modules/alert/alert.model';
import { ApiKeyModel } from '../modules/api-key/api-key.model';
import { ContactModel } from '../modules/contact/contact.model';
import { ContactErasureModel } from '../modules/data-rights/data-rights.model';
import { FollowUpModel } from '../modules/follow-up/follow-up.model';
import { PersonModel } from '../modules/person/person.model';
import { ImportBatchModel } from '../modules/recording/recording.batch.model';
import { ContactLeaseModel } from '../modules/recording/recording.lease';
import { REPORT_MODELS } from '../modules/report/report.model';
import { moveLegacyRecoveryLinks } from '../modules/report/report.upgrade';
import { ResponseModel } from '../modules/response/response.model';
import { WebhookSecretModel } from '../modules/webhook/webhook.model';
import { WorkspaceModel } from '../modules/workspace/workspace.model';

const MODELS = [
  WorkspaceModel,
  ContactModel,
  ResponseModel,
  FollowUpModel,
  ContactLeaseModel,
  ImportBatchModel,
  ...REPORT_MODELS,
  WebhookSecretModel,
  AlertEndpointModel,
  AlertDeliveryModel,
  ApiKeyModel,
  ContactErasureModel,
  PersonModel,
];

/** Connects mongoose, makes sure every collection's indexes exist and data written by earlier versions is upgraded, before serving. */
export async function connectDatabase(uri: string, dbName: string): Promise<typeof mongoose> {
  // An operation issued before the first connection waits no longer than server selection
  // does (after it, operations go straight to the driver).
  mongoose.set('bufferTimeoutMS', DATABASE_WAIT_MS);
  const connection = await mongoose.connect(uri, { ...MONGO_CLIENT_OPTIONS, dbName });
  for (const model of MODELS) await model.createIndexes();
  await moveLegacyRecoveryLinks();
  return connection;
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export interface OpenDatabase {
  /** Which server is in use, for logs. */
  label: string;
  close(): Promise<void>;
}

/** MONGODB_URI when set, otherwise the embedded database under NPS_DATA_DIR. */
export async function openDatabase(config: AppConfig, log: (message: string) => void): Promise<OpenDatabase> {
  if (config.database.uri) {
    await connectDatabase(config.database.uri, config.database.dbName);
    return { label: 'MongoDB at MONGODB_URI', close: disconnectDatabase };
  }
  const embedded = await startEmbeddedDatabase({
    kind: config.database.embedded,
    dataDir: config.database.dataDir,
    log,
  });
  try {
    await connectDatabase(embedded.uri, config.database.dbName);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    label: `embedded ${embedded.label}, data in ${config.database.dataDir}`,
    close: async () => {
      await disconnectDatabase();
      await embedded.stop();
    },
  };
}

/**
 * For commands that run to completion (seed, reports, import): Ctrl-C or SIGTERM closes the
 * database, so an embedded server this process started stops with it.
 */
export function closeDatabaseOnSignals(database: OpenDatabase): void {
  const stop = (signal: NodeJS.Signals) => {
    console.error(`${signal} received: stopping`);
    void database.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
