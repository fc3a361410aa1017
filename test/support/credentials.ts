import { execFile } from 'node:child_process';
import path from 'node:path';
import mongoose from 'mongoose';
import { ApiKeyModel } from '../../api/src/modules/api-key/api-key.model';
import { WorkspaceModel } from '../../api/src/modules/workspace/workspace.model';
import { graphql } from '../__generated__';
import { storedState } from './db-state';
import type { GraphQLResponse } from './test-server';

const ROOT = path.resolve(__dirname, '..', '..');

/** Everything a credential check or an admin command could write: workspaces, API keys, contacts, answers. */
export async function credentialState(): Promise<string> {
  const [workspaces, apiKeys] = await Promise.all([
    WorkspaceModel.find().sort({ _id: 1 }).lean().exec(),
    ApiKeyModel.find().sort({ _id: 1 }).lean().exec(),
  ]);
  return JSON.stringify({ workspaces, apiKeys, rest: await storedState() });
}

/** A write any agent, admin or integration credential may do: the probe of "was I let in". */
export const RECORD = graphql(`
  mutation CredentialProbe($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      duplicate
    }
  }
`);

export const recordInput = (sourceId: string) => ({
  input: { contact: { externalId: `zd-${sourceId}` }, score: 9, source: 'credential-test', sourceId },
});

/** Asserts the whole answer is a 401 UNAUTHENTICATED error with a message matching `message`. */
export function expectUnauthenticated(result: GraphQLResponse<unknown>, message: RegExp): void {
  expect(result.status).toBe(401);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(result.errors?.[0]?.message).toMatch(message);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run workspace -- <args>` (through tsx) against the test server's database. */
export function runWorkspaceCli(args: string[]): Promise<CliResult> {
  const env = {
    ...process.env,
    MONGODB_URI: process.env.NPS_TEST_MONGODB_URI,
    MONGODB_DB_NAME: mongoose.connection.name,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'api/src/cli/workspace.ts'), ...args],
      { cwd: ROOT, env },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
