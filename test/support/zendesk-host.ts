// A Zendesk Support agent's ticket page in Chromium, with NPS Desk (the API's own
// /embed/demo/zendesk) as its sidebar app. The Zendesk Apps framework is played over
// postMessage: a fake ZAF SDK in the app's frame (served in place of Zendesk's script) and the
// agent page as Zendesk, answering the calls the app makes; Zendesk's request proxy is the
// test: it signs the app's JWT the way Zendesk does, with the installation's secure
// `shared_secret` setting.
import jwt from 'jsonwebtoken';
import type { Frame, Page } from 'playwright-core';
import { graphql } from '../__generated__';
import type { DemoBrowserSuite } from './browser';
import { EVIL_ORIGIN, NPS_ORIGIN, allowFramingBy, routeApi, servePage, type ApiRoute } from './host-pages';
import type { TestServer } from './test-server';

export const ZENDESK_ORIGIN = 'https://acme.zendesk.test';
/** The installation's secure `shared_secret` setting. */
export const SHARED_SECRET = 'zendesk-installation-shared-secret-0123456789';
/** The Zendesk user id of the agent signed in on the ticket page. */
export const AGENT_ID = 424242;

const ZENDESK_SET = graphql(`
  mutation E2eZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {
    zendeskEmbedSettingsSet(input: $input) {
      zendesk {
        sharedSecretFingerprint
      }
    }
  }
`);

export interface Ticket {
  id: number;
  requester: { id: number; email: string; name: string };
}

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
 * its settings, its `get` calls with the ticket and the agent (`currentUser`, with their
 * profile's `locale` if given), recording `resize` and `routeTo`, and passing `request` to the
 * test's signing proxy. `window.__zendesk.showTicket` switches the ticket and posts Zendesk's
 * change event. Another site's frame is on the page too (a forger).
 */
function zendeskTicketPage(ticket: Ticket, agentLocale: string | undefined): string {
  const appUrl = `${NPS_ORIGIN}/embed/demo/zendesk?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=e2e`;
  const currentUser = { id: AGENT_ID, name: 'Agent Ada', locale: agentLocale };
  return `<!doctype html><title>Ticket #${ticket.id}</title>
  <main><h1>Ticket #${ticket.id}</h1>
    <iframe id="app" title="NPS Desk" src="${appUrl}" style="width:320px;height:700px;border:0"></iframe>
    <iframe id="other" title="Another app" src="${EVIL_ORIGIN}/widget"></iframe>
  </main>
  <script>
    const state = { ticket: ${JSON.stringify(ticket)}, currentUser: ${JSON.stringify(currentUser)}, resizes: [], routes: [] };
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

/** Lets Zendesk frame the demo workspace's sidebar app, installed with SHARED_SECRET. */
export async function installZendeskApp(server: TestServer): Promise<void> {
  await allowFramingBy(server, 'demo', [ZENDESK_ORIGIN]);
  const set = await server.execute(
    ZENDESK_SET,
    { input: { sharedSecret: SHARED_SECRET } },
    { as: 'admin', workspaceId: 'demo' },
  );
  if (set.errors) throw new Error(JSON.stringify(set.errors));
}

/** A request of the app, as it asks Zendesk's proxy to send it. */
interface ProxyOptions {
  url: string;
  type: string;
  contentType: string;
  data: string;
  secure: boolean;
  headers: Record<string, string>;
  jwt: { algorithm: jwt.Algorithm; secret_key: string; expiry: number; claims: Record<string, unknown> };
}

export interface OpenTicket {
  /** The sidebar app's frame. */
  frame: Frame;
  /** The API as the ticket page reaches it. */
  api: ApiRoute;
  /** What the proxy saw of the app's requests: the app never holds the secret. */
  proxied: ProxyOptions[];
}

/**
 * Opens a Zendesk ticket page whose sidebar app is NPS Desk, for an agent whose profile's
 * language is `agentLocale` (none: Zendesk's default). The proxy signs with `signingSecret`
 * (the installation's setting, or a forger's) and `expiryShift` seconds added to the app's
 * expiry (negative: an expired token).
 */
export async function openTicket(
  { page, server }: DemoBrowserSuite,
  ticket: Ticket,
  {
    signingSecret = SHARED_SECRET,
    expiryShift = 0,
    agentLocale,
  }: { signingSecret?: string; expiryShift?: number; agentLocale?: string } = {},
): Promise<OpenTicket> {
  const proxied: ProxyOptions[] = [];
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
  const api = await routeApi(page, server);
  await page.route('https://static.zdassets.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_ZAF_SDK }),
  );
  await servePage(page, `${ZENDESK_ORIGIN}/agent/tickets/${ticket.id}`, zendeskTicketPage(ticket, agentLocale));
  await servePage(page, `${EVIL_ORIGIN}/widget`, '<!doctype html><title>Another app</title>');
  await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/${ticket.id}`);
  const frame = await (await page.waitForSelector('#app')).contentFrame();
  if (!frame) throw new Error('the app frame did not load');
  return { frame, api, proxied };
}

/** What the ticket page recorded of the app's calls to Zendesk. */
interface ZendeskState {
  resizes: { height: string }[];
  routes: unknown[];
}

export function zendeskState(page: Page): Promise<ZendeskState> {
  return page.evaluate(() => (window as unknown as { __zendesk: { state: ZendeskState } }).__zendesk.state);
}
