// Helpdesk pages in Chromium for the embedding tests: the API answers at an https test
// origin (NPS_ORIGIN, every request forwarded to the real test server) and each helpdesk
// page is served from an https origin of its own, so the browser applies frame-ancestors,
// message origins and mixed-content rules as it would in production.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import WebSocket from 'ws';
import { graphql } from '../__generated__';
import type { ResponseContactInput } from '../__generated__/graphql';
import { runAxe } from './axe';
import { RECORD_RESPONSE, npsInput } from './operations';
import type { TestServer } from './test-server';

/** Where the browser sees NPS Desk. */
export const NPS_ORIGIN = 'https://nps.test';
/** Another site: a forger's frame on a helpdesk page, or a page that tries to frame the panel. */
export const EVIL_ORIGIN = 'https://evil.test';

const ORIGINS_SET = graphql(`
  mutation HostPagesEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {
    embedSettingsUpdate(input: $input) {
      embedSettings {
        origins
      }
    }
  }
`);

/** Lets `workspaceId`'s pages be framed by `origins` (admins' embedSettingsUpdate). */
export async function allowFramingBy(server: TestServer, workspaceId: string, origins: string[]): Promise<void> {
  const answer = await server.execute(ORIGINS_SET, { input: { origins } }, { as: 'admin', workspaceId });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
}

/** The API as the page reaches it. */
export interface ApiRoute {
  /** Resolves once the page started a GraphQL subscription (the panel's live updates). */
  subscribed: Promise<void>;
}

/**
 * Every request to NPS_ORIGIN goes to the test server, as it was sent (method, headers, body),
 * and every WebSocket (the panel's live updates) too, message for message.
 */
export async function routeApi(target: Page | BrowserContext, server: TestServer): Promise<ApiRoute> {
  await target.route(`${NPS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: `${server.baseUrl}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } catch (error) {
      // The page went away (a test ended, a frame navigated) while this request was in flight:
      // Playwright disposed its answer, and nobody is left to receive it. Anything else fails.
      if (error instanceof Error && /has been (disposed|closed)/.test(error.message)) return;
      throw error;
    }
  });
  let markSubscribed = () => {};
  const subscribed = new Promise<void>((resolve) => (markSubscribed = resolve));
  await target.routeWebSocket(`${NPS_ORIGIN.replace(/^https/, 'wss')}/**`, (socket) => {
    const url = new URL(socket.url());
    const upstream = new WebSocket(
      `${server.baseUrl.replace(/^http/, 'ws')}${url.pathname}${url.search}`,
      socket.protocols(),
    );
    // The page may send before the test server answered the upgrade.
    const opened = new Promise<void>((resolve) => upstream.once('open', () => resolve()));
    socket.onMessage((message) => {
      if (String(message).includes('"type":"subscribe"')) markSubscribed();
      void opened.then(() => upstream.send(message));
    });
    socket.onClose(() => upstream.close());
    upstream.on('message', (data, isBinary) => socket.send(isBinary ? (data as Buffer) : String(data)));
    // The page may be gone already: then there is nothing left to close.
    const closeInPage = () => void socket.close().catch(() => undefined);
    upstream.on('close', closeInPage);
    upstream.on('error', closeInPage);
  });
  return { subscribed };
}

/** Records `contact`'s NPS answer through the API, as a survey tool would (an admin's credential). */
export async function recordAnswer(
  server: TestServer,
  contact: ResponseContactInput,
  { score, answeredAt }: { score: number; answeredAt: string },
): Promise<void> {
  const input = npsInput({ contact, score, answeredAt, comment: null, source: 'e2e', sourceId: answeredAt });
  const recorded = await server.execute(RECORD_RESPONSE, { input }, { as: 'admin' });
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
}

/**
 * The live update of a helpdesk's panel: `contact` last answered 9 when `openPanel` shows them,
 * then answers 2, and the panel shows the 2 without a reload of its frame.
 */
export async function expectAnAnswerRecordedElsewhereToAppearLive(
  server: TestServer,
  contact: ResponseContactInput,
  openPanel: () => Promise<{ frame: Frame; api: ApiRoute }>,
): Promise<void> {
  await recordAnswer(server, contact, { score: 9, answeredAt: '2026-11-01T10:00:00.000Z' });
  const { frame, api } = await openPanel();
  const panel = frame.getByTestId('nps-panel-ready');
  await panel.waitFor();
  await expect(panel.getByTestId('nps-latest-score').innerText()).resolves.toContain('9/10');
  // A reload of the frame would lose this (and, in Chatwoot, ask for the access token again).
  await frame.evaluate(() => ((window as unknown as { beforeTheAnswer: boolean }).beforeTheAnswer = true));

  // A survey tool records a new answer through the API once the panel listens for one.
  await api.subscribed;
  await recordAnswer(server, contact, { score: 2, answeredAt: '2026-11-02T10:00:00.000Z' });
  await panel.getByTestId('nps-latest-score').filter({ hasText: '2/10' }).waitFor({ timeout: 5000 });
  await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
  await expect(
    frame.evaluate(() => (window as unknown as { beforeTheAnswer?: boolean }).beforeTheAnswer),
  ).resolves.toBe(true);
}

/**
 * Starts counting the messages from `origin` that reach `frame`. The counter listens after the
 * frame's own listeners (the panel's, the SDK's): a message it counted, the frame has handled.
 */
export async function countMessagesFrom(
  frame: Frame,
  origin: string,
): Promise<{ waitForMoreThan(count: number): Promise<void> }> {
  await frame.evaluate((from) => {
    const counter = window as unknown as { messagesFrom: number };
    counter.messagesFrom = 0;
    window.addEventListener('message', (event) => {
      if (event.origin === from) counter.messagesFrom += 1;
    });
  }, origin);
  return {
    async waitForMoreThan(count) {
      await frame.waitForFunction(
        (count) => (window as unknown as { messagesFrom: number }).messagesFrom > count,
        count,
      );
    },
  };
}

/** Serves `html` at `url` (an https page of a helpdesk, or of someone else). */
export async function servePage(target: Page | BrowserContext, url: string, html: string): Promise<void> {
  await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
}

/** A frame's content after two animation frames: whatever a message scheduled has rendered. */
export const AFTER_RENDER = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * axe-core on the whole document of the panel's frame: its title, language and landmarks as well
 * as the panel. All rules but `page-has-heading-one`: the frame is a part of the helpdesk's page,
 * whose h1 is the helpdesk's own, and the panel's heading (an h2) sits under it; axe itself, run
 * on a page with frames, is satisfied by an h1 anywhere in it.
 */
export function axeOfPanelFrame(frame: Frame) {
  return runAxe(frame, 'html', { 'page-has-heading-one': { enabled: false } });
}
