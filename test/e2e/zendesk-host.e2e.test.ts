// The panel as a Zendesk Support ticket sidebar app in Chromium: the API's own
// /embed/demo/zendesk, framed by the Zendesk agent page of ../support/zendesk-host, which plays
// the Apps framework over postMessage and signs the app's JWT as Zendesk's request proxy does.
import { waitFor } from '../support/api-process';
import { useDemoBrowser } from '../support/browser';
import {
  AFTER_RENDER,
  EVIL_ORIGIN,
  NPS_ORIGIN,
  axeOfPanelFrame,
  countMessagesFrom,
  expectAnAnswerRecordedElsewhereToAppearLive,
  routeApi,
  servePage,
} from '../support/host-pages';
import {
  AGENT_ID,
  SHARED_SECRET,
  installZendeskApp,
  openTicket,
  zendeskState,
  type Ticket,
} from '../support/zendesk-host';

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

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

beforeAll(() => installZendeskApp(suite.server));

describe('the Zendesk ticket sidebar app in Chromium', () => {
  test('successful-sidebar-shows-the-ticket-requester-and-resizes-to-its-content', async () => {
    const { frame, proxied } = await openTicket(suite, LENA_TICKET);
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
        claims: { sub: String(AGENT_ID), aud: 'nps-desk:demo' },
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
    const lastResize = async () => (await zendeskState(suite.page)).resizes.at(-1)?.height;
    await waitFor(async () => (await lastResize()) === `${await contentHeight()}px`, 10_000, 'the sidebar resized');
    expect(Number.parseInt(String(await lastResize()), 10)).toBeGreaterThan(200);
  });

  test('successful-sidebar-follows-the-ticket-when-its-requester-changes', async () => {
    const { frame, proxied } = await openTicket(suite, LENA_TICKET);
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
    const { frame } = await openTicket(suite, LENA_TICKET);
    const panel = frame.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Track' }).first().click();
    const ticketLink = panel.getByTestId('follow-up-ticket').getByRole('button', { name: `Ticket #${LENA_TICKET.id}` });
    await ticketLink.first().waitFor();
    await ticketLink.first().click();
    await waitFor(async () => (await zendeskState(suite.page)).routes.length > 0, 10_000, 'a route to the ticket');
    await expect(zendeskState(suite.page)).resolves.toMatchObject({ routes: [['ticket', String(LENA_TICKET.id)]] });
  });

  test('successful-live-update-an-answer-recorded-elsewhere-appears-in-the-sidebar-without-a-reload', async () => {
    const noor = { externalId: `zd-${NOOR_TICKET.requester.id}`, email: NOOR_TICKET.requester.email };
    await expectAnAnswerRecordedElsewhereToAppearLive(suite.server, noor, () => openTicket(suite, NOOR_TICKET));
  });

  test('successful-sidebar-has-no-axe-violation', async () => {
    const { frame } = await openTicket(suite, LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    const { violations, passedRules } = await axeOfPanelFrame(frame);
    // The whole list on failure: each rule's id, impact, help and the elements it flags.
    expect(violations).toEqual([]);
    expect(passedRules).toBeGreaterThan(0);
  });

  test('failing-a-forged-framework-message-from-another-origin-is-ignored', async () => {
    const { frame } = await openTicket(suite, LENA_TICKET);
    await frame.getByTestId('nps-panel-ready').waitFor();
    const other = suite.page.frame({ url: `${EVIL_ORIGIN}/widget` });
    if (!other) throw new Error('the other frame did not load');
    const forged = await countMessagesFrom(frame, EVIL_ORIGIN);
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
    await forged.waitForMoreThan(FORGED_ANSWERS);
    await frame.evaluate(AFTER_RENDER);
    await expect(frame.getByTestId('nps-panel-ready').innerText()).resolves.toContain('Lena');
    await expect(frame.content()).resolves.not.toContain('Tom');
  });

  test.each([
    ['a forged JWT (signed with another secret)', { signingSecret: 'a-forger-guessing-the-secret-0123456789ab' }],
    ['an expired JWT', { expiryShift: -600 }],
  ])('failing-sidebar-with-%s-shows-no-data', async (_label, proxy) => {
    const { frame } = await openTicket(suite, LENA_TICKET, proxy);
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
    await servePage(page, `${EVIL_ORIGIN}/`, `<iframe id="app" src="${NPS_ORIGIN}/embed/demo/zendesk"></iframe>`);
    const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(`${EVIL_ORIGIN}/`);
    await blocked;
    const frame = await (await page.waitForSelector('#app')).contentFrame();
    await expect(frame?.locator('#nps-desk-embed-root').count()).resolves.toBe(0);
  });
});
