// The panel in Simplified Chinese in Chromium: picked by the demo ticket page's `locale` mount
// option, and by a Zendesk agent's profile language (`currentUser.locale`) in the sidebar app,
// with Chinese dates, `Accept-Language` on every GraphQL request, and the panel's `lang` set so
// screen readers speak it as Chinese.
import jwt from 'jsonwebtoken';
import type { Frame, Locator, Page } from 'playwright-core';
import { graphql } from '../__generated__';
import { runAxe } from '../support/axe';
import { useDemoBrowser } from '../support/browser';
import { NPS_ORIGIN, allowFramingBy, axeOfPanelFrame, routeApi, servePage } from '../support/host-pages';

const ZENDESK_ORIGIN = 'https://acme.zendesk.test';
const SHARED_SECRET = 'zendesk-locale-shared-secret-0123456789abcdef';

const ZENDESK_SET = graphql(`
  mutation E2eLocaleZendeskSettingsSet($input: ZendeskEmbedSettingsSetInput!) {
    zendeskEmbedSettingsSet(input: $input) {
      zendesk {
        sharedSecretFingerprint
      }
    }
  }
`);

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

/** The `Accept-Language` of every GraphQL query and mutation the page sends from now on. */
function graphqlLanguages(page: Page): (string | undefined)[] {
  const languages: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      languages.push(request.headers()['accept-language']);
    }
  });
  return languages;
}

/** Every `<time>` of the panel: its text, and how Chromium's Intl writes its date in `locale`. */
function datesOf(panel: Locator, locale: string) {
  return panel.locator('time').evaluateAll(
    (times, intlLocale) =>
      times.map((time) => ({
        text: time.textContent,
        expected: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium' }).format(
          new Date(time.getAttribute('datetime') ?? ''),
        ),
      })),
    locale,
  );
}

describe('the ticket panel in Simplified Chinese in Chromium', () => {
  test('successful-demo-ticket-with-locale-zh-CN-shows-the-panel-in-chinese-with-chinese-dates', async () => {
    const languages = graphqlLanguages(suite.page);
    await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=zd-1001&locale=zh-CN`);
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toContain('推荐者');
    const text = await panel.innerText();
    for (const words of ['最新评分', '回答于', '历史记录', '现在可以发送调查吗？', '建议操作', '复制话术']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Latest score|Answered|History|Survey now|Recommended actions|Copy script/);

    // Every date the panel writes (the latest answer, the history) is a Chinese date.
    const [answered] = await datesOf(panel.getByTestId('nps-latest'), 'zh-CN');
    expect(answered?.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(answered?.text).toBe(answered?.expected);
    const history = await datesOf(panel.getByRole('list', { name: '回答（最新的在前）' }), 'zh-CN');
    expect(history.length).toBeGreaterThan(0);
    for (const date of history) expect(date.text).toBe(date.expected);

    // The API is asked in Chinese too (default playbook scripts).
    expect(languages.length).toBeGreaterThan(0);
    expect(new Set(languages)).toEqual(new Set(['zh-CN']));
  });

  test('successful-demo-ticket-without-locale-stays-english-and-says-so', async () => {
    const languages = graphqlLanguages(suite.page);
    await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=zd-1001`);
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getAttribute('lang')).resolves.toBe('en');
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toContain('Promoter');
    const [answered] = await datesOf(panel.getByTestId('nps-latest'), 'en-GB');
    expect(answered?.text).toBe(answered?.expected);
    expect(new Set(languages)).toEqual(new Set(['en']));
  });

  test('successful-chinese-panel-has-no-axe-violation', async () => {
    await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=zd-1003&locale=zh-CN`);
    await suite.page.getByTestId('nps-panel-ready').waitFor();

    const { violations, passedRules } = await runAxe(suite.page, '#nps-desk-panel');

    expect(violations).toEqual([]);
    expect(passedRules).toBeGreaterThan(10);
  });
});

describe('the Zendesk sidebar app in the agent’s language', () => {
  /**
   * Zendesk's Apps framework in the app's frame, cut down to what the app asks of it: the
   * ticket and the signed-in agent (`currentUser`, with their profile's `locale`), and
   * requests through Zendesk's signing proxy (the test's `__zendeskProxy`, below).
   */
  function fakeZafSdk(currentUser: { id: number; name: string; locale: string }): string {
    const values = {
      'ticket.id': 6001,
      'ticket.requester': { id: 1003, email: 'lena.fischer@fabrikam.example', name: 'Lena Fischer' },
      currentUser,
    };
    return `(() => {
      const values = ${JSON.stringify(values)};
      const client = {
        get: async (paths) => Object.fromEntries(paths.map((path) => [path, values[path]])),
        metadata: async () => ({ settings: { external_id_prefix: 'zd-' } }),
        on() {},
        invoke: async () => ({}),
        request: (options) =>
          window.__zendeskProxy(options).then((answer) => {
            if (answer.status >= 400) throw answer;
            return answer.body;
          }),
      };
      window.ZAFClient = { init: () => client };
    })();`;
  }

  /** Opens a Zendesk ticket page whose sidebar app is NPS Desk, for an agent of `locale`. */
  async function openSidebar(page: Page, locale: string): Promise<Frame> {
    const { server } = suite;
    // Zendesk's proxy: signs the app's JWT with the installation's secure setting.
    await page.exposeFunction(
      '__zendeskProxy',
      async (options: {
        url: string;
        type: string;
        contentType: string;
        data: string;
        headers: Record<string, string>;
        jwt: { algorithm: jwt.Algorithm; secret_key: string; expiry: number; claims: Record<string, unknown> };
      }) => {
        const secret = options.jwt.secret_key.replace('{{setting.shared_secret}}', SHARED_SECRET);
        const token = jwt.sign(options.jwt.claims, secret, {
          algorithm: options.jwt.algorithm,
          expiresIn: options.jwt.expiry,
        });
        const response = await fetch(options.url.replace(NPS_ORIGIN, server.baseUrl), {
          method: options.type,
          headers: {
            ...Object.fromEntries(
              Object.entries(options.headers).map(([name, value]) => [name, value.replace('{{jwt.token}}', token)]),
            ),
            'content-type': options.contentType,
          },
          body: options.data,
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
    );
    await routeApi(page, server);
    await page.route('https://static.zdassets.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: fakeZafSdk({ id: 515151, name: 'Agent Li', locale }),
      }),
    );
    const appUrl = `${NPS_ORIGIN}/embed/demo/zendesk?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=e2e`;
    await servePage(
      page,
      `${ZENDESK_ORIGIN}/agent/tickets/6001`,
      `<!doctype html><html lang="en"><title>Ticket #6001</title><main><h1>Ticket #6001</h1>
        <iframe id="app" title="NPS Desk" src="${appUrl}" style="width:320px;height:700px;border:0"></iframe>
      </main></html>`,
    );
    await page.goto(`${ZENDESK_ORIGIN}/agent/tickets/6001`);
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

  test('successful-zendesk-agent-with-locale-zh-CN-sees-the-panel-in-chinese', async () => {
    const languages = graphqlLanguages(suite.page);
    // Zendesk writes its locales in lower case.
    const frame = await openSidebar(suite.page, 'zh-cn');
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toContain('贬损者');
    const text = await panel.innerText();
    expect(text).toContain('由推荐者（9 分）下降');
    expect(text).toContain('建议操作');
    const [answered] = await datesOf(panel.getByTestId('nps-latest'), 'zh-CN');
    expect(answered?.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(answered?.text).toBe(answered?.expected);
    expect(new Set(languages)).toEqual(new Set(['zh-CN']));

    // The whole frame, its language included, as a screen reader gets it.
    const { violations, passedRules } = await axeOfPanelFrame(frame);
    expect(violations).toEqual([]);
    expect(passedRules).toBeGreaterThan(10);
  });

  test('successful-zendesk-agent-with-another-locale-sees-english', async () => {
    const frame = await openSidebar(suite.page, 'de');
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getAttribute('lang')).resolves.toBe('en');
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toContain('Detractor');
  });
});
