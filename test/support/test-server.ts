import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
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

export interface TestServer {
  config: AppConfig;
  baseUrl: string;
  workspaceId: string;
  /** A token for `role` in `workspaceId` (default: the server's own workspace). */
  tokenFor(role: Role, workspaceId?: string): string;
  /** Posts a GraphQL operation over real HTTP, as the given caller or with a raw token. */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Caller; token?: string; workspaceId?: string },
  ): Promise<GraphQLResponse<TData>>;
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

  return {
    config,
    baseUrl,
    workspaceId,
    tokenFor,
    async execute(query, variables = {}, { as = 'agent', token, workspaceId: ws } = {}) {
      const bearer = token ?? (as === 'anonymous' ? undefined : tokenFor(as, ws));
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: response.status, ...body };
    },
    async stop() {
      await app.apollo.stop();
      await mongoose.connection.dropDatabase();
      await mongoose.disconnect();
    },
  };
}
