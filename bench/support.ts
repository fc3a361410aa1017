import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { createApp } from '../api/src/app';
import { signToken } from '../api/src/auth/jwt';
import type { Role } from '../api/src/auth/permissions';
import type { AppConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';

// What the bench modules share: timing, percentiles, number formats, a database of their
// own and the API on a free port.

/** Nearest-rank percentile (p in 0-100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

/** Milliseconds as the tables show them: one decimal below 100. */
export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const count = (value: number) => value.toLocaleString('en-US');
export const ratio = (value: number) => `${value.toFixed(1)}x`;

/** How a measured figure stands against the goal for it. */
export const verdict = (met: boolean) => (met ? 'met' : 'not met');

/**
 * Runs `body` connected to the database `name`, emptied first (a server given by
 * MONGODB_URI may keep one from an interrupted run) and dropped afterwards.
 */
export async function inDatabase<T>(uri: string, name: string, body: () => Promise<T>): Promise<T> {
  await connectDatabase(uri, name);
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  await connectDatabase(uri, name);
  try {
    return await body();
  } finally {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  }
}

export interface RunningApi {
  baseUrl: string;
  tokenFor(workspaceId: string, role: Role): string;
  stop(): Promise<void>;
}

/** The real app (express + Apollo Server) on a free port, against the connected database. */
export async function startApi(config: AppConfig): Promise<RunningApi> {
  const { httpServer, apollo } = await createApp(config);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    tokenFor: (workspaceId, role) => signToken(config.jwt, { userId: 'bench', workspaceId, role }, 3600),
    stop: () => apollo.stop(),
  };
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request over HTTP; the caller decides what an error means. */
export async function postGraphQL(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}
