import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import mongoose from 'mongoose';
import { createApp, type App } from '../../api/src/app';
import { signToken } from '../../api/src/auth/jwt';
import type { Role } from '../../api/src/auth/permissions';
import { loadConfig, type AppConfig } from '../../api/src/config';
import { createLogger, type Logger } from '../../api/src/logger';
import { connectDatabase } from '../../api/src/db/connect';
import { ensureWorkspace } from '../../api/src/modules/workspace/workspace.service';

export type Caller = Role | 'anonymous';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string; requestId?: string };
  }[];
}

/** Who sends a request: a caller of a role (default: an agent) or a raw token. */
export interface ExecuteOptions {
  as?: Caller;
  token?: string;
  workspaceId?: string;
  /** More request headers, such as `accept-language`. */
  headers?: Record<string, string>;
}

export interface TestServer {
  config: AppConfig;
  baseUrl: string;
  workspaceId: string;
  /** A token for `role` in `workspaceId` (default: the server's own workspace). */
  tokenFor(role: Role, workspaceId?: string): string;
  /**
   * Posts a typed operation (a `graphql()` document of test/__generated__) over real HTTP, as
   * the given caller or with a raw token: its variables and answer are typed by the schema.
   */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    options?: ExecuteOptions,
  ): Promise<GraphQLResponse<TResult>>;
  /**
   * Posts a query as it is given, for what codegen would refuse to type: malformed or invalid
   * documents, operations built at run time, variables of the wrong type.
   */
  executeRaw(
    query: string,
    variables?: Record<string, unknown>,
    options?: ExecuteOptions,
  ): Promise<GraphQLResponse<Record<string, unknown>>>;
  stop(): Promise<void>;
}

/**
 * Starts the real app on port 0 against the run's test database, in a database of its
 * own (so test files never see each other's data), with one or more workspaces.
 */
export async function startTestServer(
  options: {
    workspaces?: string[];
    /** Extra environment for loadConfig, such as lower limits; `undefined` unsets a default. */
    env?: Record<string, string | undefined>;
    /** The app's logger (default: silent under test); tests pass one writing to a stream they read. */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const uri = process.env.NPS_TEST_MONGODB_URI;
  if (!uri) throw new Error('NPS_TEST_MONGODB_URI is not set: run the tests through jest (global setup)');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'true', ...options.env });
  const dbName = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await connectDatabase(uri, dbName);
  const workspaces = options.workspaces ?? ['acme'];
  for (const id of workspaces) await ensureWorkspace(id, `Workspace ${id}`);
  const workspaceId = workspaces[0] ?? 'acme';

  const app: App = await createApp(config, { logger: options.logger ?? createLogger({ level: 'silent' }) });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const tokenFor = (role: Role, ws = workspaceId) =>
    signToken(config.jwt, { userId: `test-${role}`, workspaceId: ws, role }, 600);

  /** The answer is what the caller's document says it is: its JSON is trusted, as a client trusts its server. */
  async function post(
    query: string,
    variables: unknown = {},
    { as = 'agent', token, workspaceId: ws, headers }: ExecuteOptions = {},
  ): Promise<GraphQLResponse<never>> {
    const bearer = token ?? (as === 'anonymous' ? undefined : tokenFor(as, ws));
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
    return { status: response.status, ...body };
  }

  return {
    config,
    baseUrl,
    workspaceId,
    tokenFor,
    execute: (document, variables, options) => post(print(document), variables, options),
    executeRaw: post,
    async stop() {
      await app.apollo.stop();
      await mongoose.connection.dropDatabase();
      await mongoose.disconnect();
    },
  };
}
