// The panel as a Zendesk Support ticket sidebar app in Chromium. The page under test is the
// API's own /embed/demo/zendesk, framed by a Zendesk agent page on an https test origin. The
// Zendesk Apps framework is played over postMessage: a fake ZAF SDK in the app's frame (served
// in place of Zendesk's script) and the agent page as Zendesk, answering the calls the app
// makes; Zendesk's request proxy is the test: it signs the app's JWT the way Zendesk does,
// with the installation's secure `shared_secret` setting.
import jwt from 'jsonwebtoken';
import type { Frame } from 'playwright-core';
import { graphql } from '../__generated__';
import { waitFor } from '../support/api-process';
import { useDemoBrowser } from '../support/browser';
import {
  AFTER_RENDER,
  NPS_ORIGIN,
  allowFramingBy,
  axeOfPanelFrame,
  recordAnswer,
  routeApi,
  servePage,
  type ApiRoute,
} from '../support/host-pages';

const ZENDESK_ORIGIN = 'https://acme.zendesk.test';
const EVIL_ORIGIN = 'https://evil.test';
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
/** A requester only a forged message names. */
const TOM_TICKET: Ticket = {
  id: 5003,
  requester: { id: 1002, email: 'tom.becker@contoso.example', name: 'Tom Becker' },
};
/** A requester not in the demo data, whose answers the live-update test records. */
const NOOR_TICKET: Ticket = {
  id: 5004,
  requester: { id: 9101, email: 'noor.haddad@example.com', name: 'Noor Haddad' },
};
/** Forged answers for the app's call ids 1 to this: more calls than the app makes in a test. */
const FORGED_ANSWERS = 200;

/**
 * Zendesk's ZAF SDK in the app's frame, speaking the framework's postMessage protocol as far as
 * the app uses it: a handshake, then `get`, `invoke` and `request` calls answered by id, and
 * events posted as `zaf.<name>`. As Zendesk's own SDK does, it reads only messages whose origin
 * is the `origin` Zendesk put in the frame's URL and whose source is the parent frame.
 */
const FAKE_ZAF_SDK = `(() => {
  const params = new URLSearchParams(location.search);
  const origin = params.get('origin');
  const appGuid = params.get('app_guid');
  const handlers = {};
  const pending = {};
  let nextId = 0;
  let registered;
  const metadata = new Promise((resolve) => (registered = resolve));
  const post = (message) => window.parent.postMessage(JSON.stringify({ ...message, appGuid }), origin);
  const call = (request, params) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending[id] = { resolve, reject };
      post({ id, request, params });
    });
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== window.parent || typeof event.data !== 'string') return;
    const message = JSON.parse(event.data);
    const waiting = pending[message.id];
    if (waiting) {
      delete pending[message.id];
      if (message.error) waiting.reject(message.error);
      else waiting.resolve(message.result);
    } else if (message.key === 'zaf.app.registered') {
      registered(message.message.metadata);
    } else if (String(message.key).startsWith('zaf.')) {
      for (const handler of handlers[message.key.slice(4)] || []) handler(message.message);
    }
  });
  const client = {
    get: (paths) => call('get', paths),
    metadata: () => metadata,
    on(event, handler) { (handlers[event] ||= []).push(handler); },
    invoke: (name, ...args) => call('invoke', { [name]: args }),
    request: (options) => call('request', options),
  };
  window.ZAFClient = { init: () => (origin && appGuid ? client : false) };
  post({ key: 'iframe.handshake' });
})();`;

/**
 * Zendesk's side of the framework: the agent's ticket page, answering the app's handshake with
 * its settings, its `get` calls with the ticket, recording `resize` and `routeTo`, and passing
 * `request` to the test's signing proxy. `window.__zendesk.showTicket` switches the ticket and
 * posts Zendesk's change event. Another site's frame is on the page too (a forger).
 */
function zendeskTicketPage(ticket: Ticket): string {
  const appUrl = `${NPS_ORIGIN}/embed/demo/zendesk?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=e2e`;
  return `<!doctype html><title>Ticket #${ticket.id}</title>
  <main><h1>Ticket #${ticket.id}</h1>
    <iframe id="app" title="NPS Desk" src="${appUrl}" style="width:320px;height:700px;border:0"></iframe>
    <iframe id="other" title="Another app" src="${EVIL_ORIGIN}/widget"></iframe>
  </main>
  <script>
    const state = { ticket: ${JSON.stringify(ticket)}, currentUser: { id: 424242, name: 'Agent Ada' }, resizes: [], routes: [] };
    const app = () => document.getElementById('app').contentWindow;
    const send = (message) => app().postMessage(JSON.stringify(message), '${NPS_ORIGIN}');
    window.__zendesk = {
      state,
      showTicket(next) {
        state.ticket = next;
        send({ key: 'zaf.ticket.requester.id.changed', message: next.requester.id });
      },
    };
    const calls = {
      get(paths) {
        const values = { 'ticket.id': state.ticket.id, 'ticket.requester': state.ticket.requester, currentUser: state.currentUser };
        return Object.fromEntries(paths.map((path) => [path, values[path]]));
      },
      invoke(invocation) {
        if (invocation.resize) state.resizes.push(invocation.resize[0]);
        if (invocation.routeTo) state.routes.push(invocation.routeTo);
        return {};
      },
      request(options) {
        return window.__zendeskProxy(options).then((answer) => {
          if (answer.status >= 400) throw answer;
          return answer.body;
        });
      },
    };
    window.addEventListener('message', (event) => {
      if (event.origin !== '${NPS_ORIGIN}' || event.source !== app()) return;
      const message = JSON.parse(event.data);
      if (message.key === 'iframe.handshake') {
        send({ key: 'zaf.app.registered', message: { metadata: { settings: { external_id_prefix: 'zd-' } } } });
        return;
      }
      Promise.resolve()
        .then(() => calls[message.request](message.params))
        .then((result) => send({ id: message.id, result }), (error) => send({ id: message.id, error }));
    });
  </script>`;
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
/** The API as the open ticket page reaches it. */
let api: ApiRoute;

/** What the ticket page recorded of the app's calls to Zendesk. */
interface ZendeskState {
  resizes: { height: string }[];
  routes: unknown[];
}

const zendeskState = () =>
  suite.page.evaluate(() => (window as unknown as { __zendesk: { state: ZendeskState } }).__zendesk.state);

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
  api = await routeApi(page, server);
  await page.route('https://static.zdassets.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_ZAF_SDK }),
  );
  await servePage(page, `${ZENDESK_ORIGIN}/agent/tickets/${ticket.id}`, zendeskTicketPage(ticket));
  await servePage(page, `${EVIL_ORIGIN}/widget`, '<!doctype html><title>Another app</title>');
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

    // The sidebar is sized to the panel: the last height Zendesk was asked for is the content's.
    const contentHeight = () =>
      frame.evaluate(() =>
        Math.ceil(
          document.getElementById('nps-desk-embed-root')?.firstElementChild?.getBoundingClientRect().height ?? 0,
        ),
      );
    const lastResize = async () => (await zendeskState()).resizes.at(-1)?.height;
    await waitFor(async () => (await lastResize()) === `${await contentHeight()}px`, 10_000, 'the sidebar resized');
    expect(Number.parseInt(String(await lastResize()), 10)).toBeGreaterThan(200);
  });

  test('successful-sidebar-follows-the-ticket-when-its-requester-changes', async () => {
    const frame = await openTicket(LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    await suite.page.evaluate((next) => {
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
    await waitFor(async () => (await zendeskState()).routes.length > 0, 10_000, 'a route to the ticket');
    await expect(zendeskState()).resolves.toMatchObject({ routes: [['ticket', String(LENA_TICKET.id)]] });
  });

  test('successful-live-update-an-answer-recorded-elsewhere-appears-in-the-sidebar-without-a-reload', async () => {
    const noor = { externalId: `zd-${NOOR_TICKET.requester.id}`, email: NOOR_TICKET.requester.email };
    await recordAnswer(suite.server, noor, { score: 9, answeredAt: '2026-11-01T10:00:00.000Z' });
    const frame = await openTicket(NOOR_TICKET);
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await expect(panel.getByTestId('nps-latest-score').innerText()).resolves.toContain('9/10');
    // A reload of the app's frame would lose this.
    await frame.evaluate(() => ((window as unknown as { beforeTheAnswer: boolean }).beforeTheAnswer = true));

    // A survey tool records a new answer through the API once the panel listens for one.
    await api.subscribed;
    await recordAnswer(suite.server, noor, { score: 2, answeredAt: '2026-11-02T10:00:00.000Z' });
    await panel.getByTestId('nps-latest-score').filter({ hasText: '2/10' }).waitFor({ timeout: 5000 });
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    await expect(
      frame.evaluate(() => (window as unknown as { beforeTheAnswer?: boolean }).beforeTheAnswer),
    ).resolves.toBe(true);
  });

  test('successful-sidebar-has-no-axe-violation', async () => {
    const frame = await openTicket(LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    const { violations, passedRules } = await axeOfPanelFrame(frame);
    // The whole list on failure: each rule's id, impact, help and the elements it flags.
    expect(violations).toEqual([]);
    expect(passedRules).toBeGreaterThan(0);
  });

  test('failing-a-forged-framework-message-from-another-origin-is-ignored', async () => {
    const frame = await openTicket(LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    const other = suite.page.frame({ url: `${EVIL_ORIGIN}/widget` });
    if (!other) throw new Error('the other frame did not load');
    // Counts the forged messages once they reached the frame (after the SDK's own listener).
    await frame.evaluate((evilOrigin) => {
      (window as unknown as { seen: number }).seen = 0;
      window.addEventListener('message', (event) => {
        if (event.origin === evilOrigin) (window as unknown as { seen: number }).seen += 1;
      });
    }, EVIL_ORIGIN);
    // Zendesk's requester-changed event, then answers naming Tom for every call id the app may wait on.
    await other.evaluate(
      ({ ticket, answers }) => {
        const app = window.parent.frames[0];
        app?.postMessage(JSON.stringify({ key: 'zaf.ticket.requester.id.changed', message: ticket.requester.id }), '*');
        for (let id = 1; id <= answers; id += 1) {
          const result = { 'ticket.id': ticket.id, 'ticket.requester': ticket.requester, currentUser: { id: 1 } };
          app?.postMessage(JSON.stringify({ id, result }), '*');
        }
      },
      { ticket: TOM_TICKET, answers: FORGED_ANSWERS },
    );
    await frame.waitForFunction((count) => (window as unknown as { seen: number }).seen > count, FORGED_ANSWERS);
    await frame.evaluate(AFTER_RENDER);
    await expect(frame.getByTestId('nps-panel-ready').innerText()).resolves.toContain('Lena');
    await expect(frame.content()).resolves.not.toContain('Tom');
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
    // The refusal is as accessible as the panel.
    await expect(axeOfPanelFrame(frame)).resolves.toMatchObject({ violations: [] });
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
