// Helpdesk pages in Chromium for the embedding tests: the API answers at an https test
// origin (NPS_ORIGIN, every request forwarded to the real test server) and each helpdesk
// page is served from an https origin of its own, so the browser applies frame-ancestors,
// message origins and mixed-content rules as it would in production.
import type { BrowserContext, Page } from 'playwright-core';
import { graphql } from '../__generated__';
import type { TestServer } from './test-server';

/** Where the browser sees NPS Desk. */
export const NPS_ORIGIN = 'https://nps.test';

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

/** Every request to NPS_ORIGIN goes to the test server, as it was sent (method, headers, body). */
export async function routeApi(target: Page | BrowserContext, server: TestServer): Promise<void> {
  await target.route(`${NPS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${server.baseUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** Serves `html` at `url` (an https page of a helpdesk, or of someone else). */
export async function servePage(target: Page | BrowserContext, url: string, html: string): Promise<void> {
  await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
}

/** A frame's content after two animation frames: whatever a message scheduled has rendered. */
export const AFTER_RENDER = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
