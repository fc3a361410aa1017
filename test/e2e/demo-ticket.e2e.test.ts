import { DEMO_CONTACTS } from '../../api/src/demo/demo-data';
import { useDemoBrowser } from '../support/browser';
import { RECORD_RESPONSE } from '../support/operations';

// A helpdesk sidebar is about 320 px wide; the page lays the panel out in one.
const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

async function openTicket(requester: string): Promise<void> {
  await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=${requester}`);
}

describe('demo helpdesk ticket page in Chromium', () => {
  test.each([
    ['zd-1001', 'Promoter', '10', 'Rose from passive', ['Thank', 'referral']],
    ['zd-1002', 'Passive', '8', 'Steady', ['10']],
    ['zd-1003', 'Detractor', '3', 'Fell from promoter', ['Escalate', 'Recover']],
  ])('successful-panel-for-%s-shows-%s-with-score-%s', async (externalId, category, score, movement, actionWords) => {
    await openTicket(externalId);
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(new RegExp(category, 'i'));
    await expect(panel.getByTestId('nps-latest-score').innerText()).resolves.toContain(score);
    await expect(panel.innerText()).resolves.toMatch(new RegExp(movement, 'i'));

    const demo = DEMO_CONTACTS.find((contact) => contact.externalId === externalId);
    const latest = demo?.npsHistory.at(-1);
    if (latest?.comment) await expect(panel.innerText()).resolves.toContain(latest.comment);

    // Every answer is listed as text too, labelled by metric and scale, newest first.
    const answers = panel.getByRole('list', { name: 'Answers, newest first' }).getByRole('listitem');
    await expect(answers.first().innerText()).resolves.toMatch(new RegExp(`^NPS ${score}/10`));

    // One chart mark per answer in the history.
    const chart = panel.getByRole('img');
    await expect(chart.locator('circle, rect[data-score]').count()).resolves.toBe(demo?.npsHistory.length);

    const actions = panel.getByRole('listitem');
    await expect(actions.count()).resolves.toBeGreaterThan(0);
    const actionText = await panel.locator('ol').first().innerText();
    for (const word of actionWords) expect(actionText).toMatch(new RegExp(word, 'i'));
    // The scripts are filled in with the contact's first name.
    expect(actionText).toContain(demo?.name.split(' ')[0]);
  });

  test('successful-panel-query-is-preloaded-from-the-head-and-sent-once', async () => {
    const panelQueries: string[] = [];
    suite.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
        const { operationName } = request.postDataJSON() as { operationName: string };
        panelQueries.push(operationName);
      }
    });

    await openTicket('zd-1002');
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();

    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Passive/i);
    // Sent by NpsDesk.preload (nps-desk-preload.js) once the session was there; the panel took its answer.
    expect(panelQueries).toEqual(['NpsPanelContact']);
    const preloadScript = await suite.page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/panel/nps-desk-preload.js')) as
          PerformanceResourceTiming | undefined,
    );
    expect(preloadScript?.responseStatus).toBe(200);
    await expect(
      suite.page.evaluate(() => typeof (window as unknown as { NpsDesk: { preload?: unknown } }).NpsDesk.preload),
    ).resolves.toBe('function');
  });

  test('successful-panel-fits-a-320px-sidebar-without-horizontal-scroll', async () => {
    await openTicket('zd-1003');
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();
    const size = await panel.evaluate((element) => ({
      width: element.getBoundingClientRect().width,
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(size.width).toBeLessThanOrEqual(320);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });

  test('successful-live-update-an-answer-recorded-elsewhere-appears-without-a-reload', async () => {
    const record = (sourceId: string, score: number, answeredAt: string) =>
      suite.server.execute(RECORD_RESPONSE, {
        input: { contact: { externalId: 'zd-live' }, score, channel: 'email', answeredAt, source: 'e2e', sourceId },
      });
    expect((await record('live-1', 9, '2026-11-01T10:00:00.000Z')).errors).toBeUndefined();
    // The panel subscribes to the contact over a WebSocket once it shows it; the answer comes after.
    const subscribed = new Promise<void>((resolve) => {
      suite.page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('"type":"subscribe"')) resolve();
        }),
      );
    });
    await openTicket('zd-live');
    const panel = suite.page.getByTestId('nps-panel-ready');
    await panel.waitFor();
    await expect(panel.getByTestId('nps-latest-score').innerText()).resolves.toContain('9');
    let reloaded = false;
    suite.page.on('framenavigated', () => (reloaded = true));

    await subscribed;
    expect((await record('live-2', 2, '2026-11-02T10:00:00.000Z')).errors).toBeUndefined();
    await panel.getByTestId('nps-latest-score').filter({ hasText: '2/10' }).waitFor();
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    expect(reloaded).toBe(false);
  });

  test('successful-unknown-requester-shows-the-empty-state', async () => {
    await openTicket('zd-unknown');
    const panel = suite.page.getByTestId('nps-panel-empty');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toMatch(/No NPS response yet/i);
  });
});
