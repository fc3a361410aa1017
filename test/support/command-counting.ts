// The real app over real HTTP on a connection with the driver's command monitoring on, for
// tests that count what a request costs the database (test/panel-query-cost.test.ts,
// test/query-count.test.ts).
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { CommandStartedEvent } from 'mongodb';
import mongoose from 'mongoose';
import { createApp } from '../../api/src/app';
import { signToken } from '../../api/src/auth/jwt';
import type { Role } from '../../api/src/auth/permissions';
import { loadConfig } from '../../api/src/config';
import { MONGO_CLIENT_OPTIONS } from '../../api/src/db/client-options';
import { ensureWorkspace } from '../../api/src/modules/workspace/workspace.service';

export interface CountingServer {
  /** Posts a typed operation as the server's caller; fails the test on GraphQL errors. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  /**
   * The request's answer, the database commands it sent (as `command collection`, in order)
   * and in how many rounds: a round is the commands sent before any of them answered, so the
   * request waited for the database at least `rounds` times, one after the other.
   */
  measured<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<{ data: TResult; sent: string[]; rounds: number }>;
  stop(): Promise<void>;
}

/** Starts the app in a database of its own with one workspace, calling as `role` there. */
export async function startCountingServer(workspaceId: string, role: Role): Promise<CountingServer> {
  const uri = process.env.NPS_TEST_MONGODB_URI;
  if (!uri) throw new Error('NPS_TEST_MONGODB_URI is not set: run the tests through jest (global setup)');
  const dbName = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const commands: CommandStartedEvent[] = [];
  // Each command's start and end, in the order they happened, for the rounds.
  const timeline: ('started' | 'ended')[] = [];
  // As connectDatabase does, plus command monitoring (only a new client can turn it on).
  await mongoose.connect(uri, { ...MONGO_CLIENT_OPTIONS, dbName, monitorCommands: true });
  for (const name of mongoose.modelNames()) await mongoose.model(name).createIndexes();
  const client = mongoose.connection.getClient();
  client.on('commandStarted', (event) => {
    if (event.databaseName !== dbName) return;
    commands.push(event);
    timeline.push('started');
  });
  const ended = (event: { databaseName: string }) => {
    if (event.databaseName === dbName) timeline.push('ended');
  };
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);
  await ensureWorkspace(workspaceId, `Workspace ${workspaceId}`);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false' });
  const app = await createApp(config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const token = signToken(config.jwt, { userId: `test-${role}`, workspaceId, role }, 600);

  async function execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    // The answer is what the document says it is (errors fail the test first).
    const body = (await response.json()) as { data?: TResult | null; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data as TResult;
  }

  return {
    execute,
    async measured(document, variables) {
      commands.length = 0;
      timeline.length = 0;
      const data = await execute(document, variables);
      return {
        data,
        sent: commands.map((event) => `${event.commandName} ${String(event.command[event.commandName])}`),
        rounds: roundsOf(timeline),
      };
    },
    async stop() {
      await app.apollo.stop();
      await mongoose.connection.dropDatabase();
      await mongoose.disconnect();
    },
  };
}

/** A new round starts with the first command sent after one of the previous round's answered. */
function roundsOf(timeline: readonly ('started' | 'ended')[]): number {
  let rounds = 0;
  let answeredSinceRoundStarted = true;
  for (const step of timeline) {
    if (step === 'ended') answeredSinceRoundStarted = true;
    else if (answeredSinceRoundStarted) {
      rounds += 1;
      answeredSinceRoundStarted = false;
    }
  }
  return rounds;
}
