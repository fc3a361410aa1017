// The panel in Simplified Chinese in Chromium: picked by the demo ticket page's `locale` mount
// option, and by a Zendesk agent's profile language (`currentUser.locale`) in the sidebar app,
// with Chinese dates, `Accept-Language` on every GraphQL request, and the panel's `lang` set so
// screen readers speak it as Chinese.
import type { Locator, Page } from 'playwright-core';
import { runAxe } from '../support/axe';
import { useDemoBrowser } from '../support/browser';
import { axeOfPanelFrame } from '../support/host-pages';
import { installZendeskApp, openTicket, type Ticket } from '../support/zendesk-host';

/** A ticket of Lena Fischer, a detractor who was a promoter (9) before. */
const LENA_TICKET: Ticket = {
  id: 6001,
  requester: { id: 1003, email: 'lena.fischer@fabrikam.example', name: 'Lena Fischer' },
};

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
  beforeAll(() => installZendeskApp(suite.server));

  test('successful-zendesk-agent-with-locale-zh-CN-sees-the-panel-in-chinese', async () => {
    const languages = graphqlLanguages(suite.page);
    // Zendesk writes its locales in lower case.
    const { frame } = await openTicket(suite, LENA_TICKET, { agentLocale: 'zh-cn' });
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
    const { frame } = await openTicket(suite, LENA_TICKET, { agentLocale: 'de' });
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getAttribute('lang')).resolves.toBe('en');
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toContain('Detractor');
  });
});
