// The panel as a Zendesk Support ticket sidebar app in Chromium. The page under test is the
// API's own /embed/demo/zendesk, framed by a Zendesk agent page on an https test origin. The
// Zendesk Apps framework is played by a fake ZAF SDK (served in place of Zendesk's script)
// implementing the calls the app makes, and Zendesk's request proxy by the test: it signs the
// app's JWT the way Zendesk does, with the installation's secure `shared_secret` setting.
import jwt from 'jsonwebtoken';
import type { Frame } from 'playwright-core';
import { graphql } from '../__generated__';
import { useDemoBrowser } from '../support/browser';
import { AFTER_RENDER, NPS_ORIGIN, allowFramingBy, routeApi, servePage } from '../support/host-pages';

const ZENDESK_ORIGIN = 'https://acme.zendesk.test';
const SHARED_SECRET = 'zendesk-installation-shared-secret-0123456789';

const ZENDESK_SET = graphql(`
  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {
    zendeskEmbedSettingsSet(input: $input) {
      zendesk {
        sharedSecretFingerprint
      }
    }
  }
`);

interface Ticket {
  id: number;
  requester: { id: number; email: string; name: string };
}

const LENA_TICKET: Ticket = {
  id: 5001,
  requester: { id: 1003, email: 'lena.fischer@fabrikam.example', name: 'Lena Fischer' },
};
const MAYA_TICKET: Ticket = {
  id: 5002,
  requester: { id: 1001, email: 'maya.patel@northwind.example', name: 'Maya Patel' },
};

/**
 * The ZAF SDK as far as the app uses it: get, metadata, on, invoke (resize and routeTo are
 * recorded) and request (handed to the test's Zendesk proxy). `window.__zendesk.showTicket`
 * lets the test switch the ticket and fire Zendesk's change event.
 */
function fakeZafSdk(ticket: Ticket): string {
  return `(() => {
    const handlers = {};
    const state = { ticket: ${JSON.stringify(ticket)}, currentUser: { id: 424242, name: 'Agent Ada' }, resizes: [], routes: [] };
    window.__zendesk = {
      state,
      showTicket(next) {
        state.ticket = next;
        for (const handler of handlers['ticket.requester.id.changed'] || []) handler();
      },
    };
    const client = {
      get(paths) {
        const values = { 'ticket.id': state.ticket.id, 'ticket.requester': state.ticket.requester, currentUser: state.currentUser };
        return Promise.resolve(Object.fromEntries(paths.map((path) => [path, values[path]])));
      },
      metadata: () => Promise.resolve({ settings: { external_id_prefix: 'zd-' } }),
      on(event, handler) { (handlers[event] ||= []).push(handler); },
      invoke(name, ...args) {
        if (name === 'resize') state.resizes.push(args[0]);
        if (name === 'routeTo') state.routes.push(args);
        return Promise.resolve({});
      },
      request(options) {
        return window.__zendeskProxy(options).then((answer) => {
          if (answer.status >= 400) return Promise.reject(answer);
          return answer.body;
        });
      },
    };
    window.ZAFClient = { init: () => client };
  })();`;
}

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

interface ProxyOptions {
  url: string;
  type: string;
  contentType: string;
  data: string;
  secure: boolean;
  headers: Record<string, string>;
  jwt: { algorithm: jwt.Algorithm; secret_key: string; expiry: number; claims: Record<string, unknown> };
}

/** What the proxy saw of the app's requests: the app never holds the secret. */
const proxied: ProxyOptions[] = [];

/**
 * Opens a Zendesk ticket page whose sidebar app is NPS Desk. The proxy signs with
 * `signingSecret` (the installation's setting, or a forger's) and `expiryShift` seconds added
 * to the app's expiry (negative: an expired token).
 */
async function openTicket(ticket: Ticket, { signingSecret = SHARED_SECRET, expiryShift = 0 } = {}): Promise<Frame> {
  const { page, server } = suite;
  proxied.length = 0;
  await page.exposeFunction('__zendeskProxy', async (options: ProxyOptions) => {
    proxied.push(options);
    const now = Math.floor(Date.now() / 1000);
    const secret = options.jwt.secret_key.replace('{{setting.shared_secret}}', signingSecret);
    const token = jwt.sign(
      { ...options.jwt.claims, iat: now + Math.min(0, expiryShift * 2), exp: now + options.jwt.expiry + expiryShift },
      secret,
      { algorithm: options.jwt.algorithm },
    );
    const headers = Object.fromEntries(
      Object.entries(options.headers).map(([name, value]) => [name, value.replace('{{jwt.token}}', token)]),
    );
    const response = await fetch(options.url.replace(NPS_ORIGIN, server.baseUrl), {
      method: options.type,
      headers: { ...headers, 'content-type': options.contentType },
      body: options.data,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  });
  await routeApi(page, server);
  await page.route('https://static.zdassets.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeZafSdk(ticket) }),
  );
  const appUrl = `${NPS_ORIGIN}/embed/demo/zendesk?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=e2e`;
  await servePage(
    page,
    `${ZENDESK_ORIGIN}/agent/tickets/${ticket.id}`,
    `<!doctype html><title>Ticket #${ticket.id}</title>
     <main><h1>Ticket #${ticket.id}</h1><iframe id="app" title="NPS Desk" src="${appUrl}" style="width:320px;height:700px;border:0"></iframe></main>`,
  );
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${ticket.id}`);
  const frame = await (await page.waitForSelector('#app')).contentFrame();
  if (!frame) throw new Error('the app frame did not load');
  return frame;
}

beforeAll(async () => {
  await allowFramingBy(suite.server, 'demo', [ZENDESK_ORIGIN]);
  const set = await suite.server.execute(
    ZENDESK_SET,
    { input: { sharedSecret: SHARED_SECRET } },
    { as: 'admin', workspaceId: 'demo' },
  );
  if (set.errors) throw new Error(JSON.stringify(set.errors));
});

describe('the Zendesk ticket sidebar app in Chromium', () => {
  test('successful-sidebar-shows-the-ticket-requester-and-resizes-to-its-content', async () => {
    const frame = await openTicket(LENA_TICKET);
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    await expect(panel.innerText()).resolves.toContain('Lena');

    // The app asked Zendesk to sign with its secure setting: the page never had the secret.
    expect(proxied[0]).toMatchObject({
      secure: true,
      url: `${NPS_ORIGIN}/embed/demo/zendesk/session`,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.shared_secret}}',
        claims: { sub: '424242', aud: 'nps-desk:demo' },
      },
    });
    await expect(frame.content()).resolves.not.toContain(SHARED_SECRET);

    // The sidebar is sized to the panel: the last height asked for is the content's.
    await frame.waitForFunction(() => {
      const resizes = (window as unknown as { __zendesk: { state: { resizes: { height: string }[] } } }).__zendesk.state
        .resizes;
      const last = resizes.at(-1);
      const root = document.getElementById('nps-desk-embed-root')?.firstElementChild;
      return last && root && last.height === `${Math.ceil(root.getBoundingClientRect().height)}px`;
    });
    const height = await frame.evaluate(
      () =>
        (window as unknown as { __zendesk: { state: { resizes: { height: string }[] } } }).__zendesk.state.resizes.at(
          -1,
        )?.height,
    );
    expect(Number.parseInt(String(height), 10)).toBeGreaterThan(200);
  });

  test('successful-sidebar-follows-the-ticket-when-its-requester-changes', async () => {
    const frame = await openTicket(LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    await frame.evaluate((next) => {
      (window as unknown as { __zendesk: { showTicket(ticket: unknown): void } }).__zendesk.showTicket(next);
    }, MAYA_TICKET);
    await frame.getByText(/Maya/).first().waitFor();
    await expect(frame.getByTestId('nps-category').innerText()).resolves.toMatch(/Promoter/i);
    // One session for the frame: the ticket switch did not sign in again.
    expect(proxied).toHaveLength(1);
  });

  test('successful-follow-up-opened-from-a-ticket-links-back-to-it', async () => {
    const frame = await openTicket(LENA_TICKET);
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Track' }).first().click();
    const ticketLink = panel.getByTestId('follow-up-ticket').getByRole('button', { name: `Ticket #${LENA_TICKET.id}` });
    await ticketLink.first().waitFor();
    await ticketLink.first().click();
    await frame.waitForFunction(
      () => (window as unknown as { __zendesk: { state: { routes: unknown[] } } }).__zendesk.state.routes.length > 0,
    );
    const routes = await frame.evaluate(
      () => (window as unknown as { __zendesk: { state: { routes: unknown[] } } }).__zendesk.state.routes,
    );
    expect(routes).toEqual([['ticket', String(LENA_TICKET.id)]]);
  });

  test.each([
    ['a forged JWT (signed with another secret)', { signingSecret: 'a-forger-guessing-the-secret-0123456789ab' }],
    ['an expired JWT', { expiryShift: -600 }],
  ])('failing-sidebar-with-%s-shows-no-data', async (_label, proxy) => {
    const frame = await openTicket(LENA_TICKET, proxy);
    await frame.getByTestId('nps-embed-failed').waitFor();
    await frame.evaluate(AFTER_RENDER);
    await expect(frame.getByTestId('nps-panel-ready').count()).resolves.toBe(0);
    await expect(frame.content()).resolves.not.toContain('Lena');
  });

  test('failing-the-sidebar-page-cannot-be-framed-by-another-site', async () => {
    const { page, server } = suite;
    await routeApi(page, server);
    const evil = 'https://evil.test';
    await servePage(page, `${evil}/`, `<iframe id="app" src="${NPS_ORIGIN}/embed/demo/zendesk"></iframe>`);
    const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(`${evil}/`);
    await blocked;
    const frame = await (await page.waitForSelector('#app')).contentFrame();
    await expect(frame?.locator('#nps-desk-embed-root').count()).resolves.toBe(0);
  });
});
