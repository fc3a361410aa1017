import type { AddressInfo } from 'node:net';
import { createApp } from '../../api/src/app';
import { loadConfig, type AppConfig } from '../../api/src/config';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export interface ExtraApp {
  config: AppConfig;
  baseUrl: string;
  /** POSTs a raw body (a string is sent as is, anything else as JSON) to `path`. */
  post(path: string, body: unknown, token?: string): Promise<HttpAnswer>;
  get(path: string, token?: string): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let json: HttpAnswer['json'];
  try {
    json = JSON.parse(text) as HttpAnswer['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * Another instance of the app on the database a TestServer connected (a second API process
 * on the same database, or one with other settings), with extra environment for its config.
 */
export async function startExtraApp(env: Record<string, string> = {}): Promise<ExtraApp> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false', ...env });
  const app = await createApp(config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    config,
    baseUrl,
    async post(path, body, token) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(token) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return answerOf(response);
    },
    async get(path, token) {
      return answerOf(await fetch(`${baseUrl}${path}`, { headers: auth(token) }));
    },
    async stop() {
      await app.apollo.stop();
    },
  };
}
