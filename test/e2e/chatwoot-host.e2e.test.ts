// The panel as a Chatwoot dashboard app in Chromium. The page under test is the API's own
// /embed/demo/chatwoot, framed by a Chatwoot conversation page on an https test origin that
// plays Chatwoot's side: it answers 'chatwoot-dashboard-app:fetch-info' with the appContext
// message and posts a new one when the agent opens another conversation. The Chatwoot
// server that confirms an agent's access token is a small HTTP server of the test.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'playwright-core';
import { graphql } from '../__generated__';
import { useDemoBrowser } from '../support/browser';
import {
  AFTER_RENDER,
  EVIL_ORIGIN,
  NPS_ORIGIN,
  allowFramingBy,
  axeOfPanelFrame,
  countMessagesFrom,
  expectAnAnswerRecordedElsewhereToAppearLive,
  routeApi,
  servePage,
  type ApiRoute,
} from '../support/host-pages';

const CHATWOOT_ORIGIN = 'https://chat.acme.test';
const ACCOUNT_ID = 1;
const AGENT_ID = 7;
const AGENT_TOKEN = 'agent-seven-access-token';

const CHATWOOT_SET = graphql(`
  mutation E2eChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {
    chatwootEmbedSettingsSet(input: $input) {
      chatwoot {
        baseUrl
      }
    }
  }
`);

interface Conversation {
  id: number;
  contact: { id: number; identifier: string | null; email: string | null; name: string };
}

const LENA: Conversation = {
  id: 77,
  contact: { id: 501, identifier: 'zd-1003', email: 'lena.fischer@fabrikam.example', name: 'Lena Fischer' },
};
const MAYA: Conversation = {
  id: 78,
  contact: { id: 502, identifier: 'zd-1001', email: 'maya.patel@northwind.example', name: 'Maya Patel' },
};
/** A contact only a forged message names. */
const TOM: Conversation = {
  id: 79,
  contact: { id: 503, identifier: 'zd-1002', email: 'tom.becker@contoso.example', name: 'Tom Becker' },
};
/** A contact not in the demo data, whose answers the live-update test records. */
const NOOR: Conversation = {
  id: 80,
  contact: { id: 504, identifier: 'zd-9102', email: 'noor.haddad@example.com', name: 'Noor Haddad' },
};

/** The appContext message as Chatwoot posts it: a JSON string. */
function appContext(conversation: Conversation): string {
  return JSON.stringify({
    event: 'appContext',
    data: {
      conversation: {
        id: conversation.id,
        account_id: ACCOUNT_ID,
        inbox_id: 2,
        meta: { sender: conversation.contact },
      },
      contact: conversation.contact,
      currentAgent: { id: AGENT_ID, name: 'Agent Seven', email: 'seven@acme.test' },
    },
  });
}

/**
 * A Chatwoot conversation page with the dashboard app in a frame: it answers fetch-info with
 * the current conversation, and `window.openConversation(message)` switches conversation.
 * A second frame, from another origin, stands for any other content Chatwoot shows.
 */
function chatwootPage(first: Conversation): string {
  return `<!doctype html><title>Chatwoot</title>
  <iframe id="app" title="NPS Desk" src="${NPS_ORIGIN}/embed/demo/chatwoot" style="width:360px;height:800px"></iframe>
  <iframe id="other" title="Another app" src="${EVIL_ORIGIN}/widget"></iframe>
  <script>
    let current = ${JSON.stringify(appContext(first))};
    window.fetchInfoRequests = 0;
    const app = () => document.getElementById('app').contentWindow;
    window.addEventListener('message', (event) => {
      if (event.origin !== '${NPS_ORIGIN}' || event.data !== 'chatwoot-dashboard-app:fetch-info') return;
      window.fetchInfoRequests += 1;
      app().postMessage(current, '${NPS_ORIGIN}');
    });
    window.openConversation = (message) => {
      current = message;
      app().postMessage(current, '${NPS_ORIGIN}');
    };
  </script>`;
}

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });
let chatwootApi: http.Server;
/** The access tokens the Chatwoot server was asked about. */
const tokensChecked: string[] = [];
/** The API as the open conversation page reaches it. */
let api: ApiRoute;

beforeAll(async () => {
  chatwootApi = http.createServer((req, res) => {
    const token = String(req.headers['api_access_token'] ?? '');
    tokensChecked.push(token);
    if (req.url === '/api/v1/profile' && token === AGENT_TOKEN) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: AGENT_ID, name: 'Agent Seven', accounts: [{ id: ACCOUNT_ID, role: 'agent' }] }));
      return;
    }
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Invalid Access Token"}');
  });
  await new Promise<void>((resolve) => chatwootApi.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(chatwootApi.address() as AddressInfo).port}`;
  await allowFramingBy(suite.server, 'demo', [CHATWOOT_ORIGIN]);
  const set = await suite.server.execute(
    CHATWOOT_SET,
    { input: { baseUrl, accountId: ACCOUNT_ID } },
    { as: 'admin', workspaceId: 'demo' },
  );
  if (set.errors) throw new Error(JSON.stringify(set.errors));
});
afterAll(async () => {
  await new Promise((resolve) => chatwootApi.close(resolve));
});

async function openConversation(first: Conversation): Promise<Frame> {
  const { page, server } = suite;
  api = await routeApi(page, server);
  await servePage(page, `${CHATWOOT_ORIGIN}/app/accounts/${ACCOUNT_ID}/conversations/${first.id}`, chatwootPage(first));
  await servePage(page, `${EVIL_ORIGIN}/widget`, '<!doctype html><title>Another app</title>');
  await page.goto(`${CHATWOOT_ORIGIN}/app/accounts/${ACCOUNT_ID}/conversations/${first.id}`);
  const frame = await (await page.waitForSelector('#app')).contentFrame();
  if (!frame) throw new Error('the dashboard app frame did not load');
  return frame;
}

async function signIn(frame: Frame, token: string): Promise<void> {
  const form = frame.getByTestId('nps-embed-sign-in');
  await form.getByLabel('Chatwoot access token').fill(token);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

describe('the Chatwoot dashboard app in Chromium', () => {
  test('successful-app-asks-for-the-context-signs-the-agent-in-and-shows-the-contact', async () => {
    const frame = await openConversation(LENA);
    await frame.getByTestId('nps-embed-sign-in').waitFor();
    await expect(
      suite.page.evaluate(() => (window as unknown as { fetchInfoRequests: number }).fetchInfoRequests),
    ).resolves.toBeGreaterThan(0);
    tokensChecked.length = 0;
    await signIn(frame, AGENT_TOKEN);
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    await expect(panel.innerText()).resolves.toContain('Lena');
    expect(tokensChecked).toEqual([AGENT_TOKEN]);
    // The access token went to NPS Desk once and is not kept in the page.
    await expect(frame.content()).resolves.not.toContain(AGENT_TOKEN);
  });

  test('successful-app-follows-a-conversation-switch', async () => {
    const frame = await openConversation(LENA);
    await signIn(frame, AGENT_TOKEN);
    await frame.getByTestId('nps-panel-ready').waitFor();
    await suite.page.evaluate((message) => {
      (window as unknown as { openConversation(message: string): void }).openConversation(message);
    }, appContext(MAYA));
    await frame.getByText(/Maya/).first().waitFor();
    await expect(frame.getByTestId('nps-category').innerText()).resolves.toMatch(/Promoter/i);

    // A follow-up opened here remembers the conversation and links back to it in Chatwoot.
    await frame.getByRole('button', { name: 'Track' }).first().click();
    const link = frame
      .getByTestId('follow-up-ticket')
      .getByRole('link', { name: `Ticket #${MAYA.id}` })
      .first();
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(
      `${CHATWOOT_ORIGIN}/app/accounts/${ACCOUNT_ID}/conversations/${MAYA.id}`,
    );
  });

  test('successful-live-update-an-answer-recorded-elsewhere-appears-in-the-app-without-a-reload', async () => {
    const noor = { externalId: String(NOOR.contact.identifier), email: NOOR.contact.email };
    await expectAnAnswerRecordedElsewhereToAppearLive(suite.server, noor, async () => {
      const frame = await openConversation(NOOR);
      await signIn(frame, AGENT_TOKEN);
      return { frame, api };
    });
  });

  test('successful-sign-in-and-app-have-no-axe-violation', async () => {
    const frame = await openConversation(LENA);
    // The sign-in form, with the message of a refused token in it.
    await signIn(frame, 'someone-elses-guess-0000');
    await frame.getByTestId('nps-embed-sign-in').getByRole('alert').waitFor();
    const signInCheck = await axeOfPanelFrame(frame);
    // The whole list on failure: each rule's id, impact, help and the elements it flags.
    expect(signInCheck.violations).toEqual([]);
    expect(signInCheck.passedRules).toBeGreaterThan(0);

    await signIn(frame, AGENT_TOKEN);
    await frame.getByTestId('nps-panel-ready').waitFor();
    const panelCheck = await axeOfPanelFrame(frame);
    expect(panelCheck.violations).toEqual([]);
    expect(panelCheck.passedRules).toBeGreaterThan(0);
  });

  test('failing-a-forged-context-from-another-origin-is-ignored', async () => {
    const frame = await openConversation(LENA);
    await signIn(frame, AGENT_TOKEN);
    await frame.getByTestId('nps-panel-ready').waitFor();
    // Another frame of the page (another origin) posts a context naming someone else.
    const other = suite.page.frame({ url: `${EVIL_ORIGIN}/widget` });
    if (!other) throw new Error('the other frame did not load');
    const forged = await countMessagesFrom(frame, EVIL_ORIGIN);
    await other.evaluate((message) => window.parent.frames[0]?.postMessage(message, '*'), appContext(TOM));
    await forged.waitForMoreThan(0);
    await frame.evaluate(AFTER_RENDER);
    await expect(frame.getByTestId('nps-panel-ready').innerText()).resolves.toContain('Lena');
    await expect(frame.content()).resolves.not.toContain('Tom');
  });

  test('failing-an-access-token-chatwoot-refuses-opens-no-session', async () => {
    const frame = await openConversation(LENA);
    await signIn(frame, 'someone-elses-guess-0000');
    await frame.getByTestId('nps-embed-sign-in').getByRole('alert').waitFor();
    await frame.evaluate(AFTER_RENDER);
    await expect(frame.getByTestId('nps-panel-ready').count()).resolves.toBe(0);
  });

  test('failing-the-app-page-cannot-be-framed-by-another-site', async () => {
    const { page, server } = suite;
    await routeApi(page, server);
    await servePage(page, `${EVIL_ORIGIN}/`, `<iframe id="app" src="${NPS_ORIGIN}/embed/demo/chatwoot"></iframe>`);
    const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(`${EVIL_ORIGIN}/`);
    await blocked;
    const frame = await (await page.waitForSelector('#app')).contentFrame();
    await expect(frame?.locator('#nps-desk-embed-root').count()).resolves.toBe(0);
  });
});
