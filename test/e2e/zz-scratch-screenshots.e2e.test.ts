import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../api/src/demo/seed';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ workspaces: ['demo'] });
  await seedDemoData();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

jest.setTimeout(60000);
test('screens', async () => {
  const logs: string[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  // an open follow-up via Track on the escalate action, to see the open list
  await page.goto(`${server.baseUrl}/demo/ticket?requester=zd-1003`);
  const panel = page.getByTestId('nps-panel-ready');
  await panel.waitFor();
  await page.screenshot({ path: '/tmp/ticket-detractor-full.png', fullPage: true });
  await page.locator('#customer-loyalty').screenshot({ path: '/tmp/ticket-detractor-sidebar.png' });
  const escalate = panel.getByRole('list', { name: 'Recommended actions' }).getByRole('listitem').first();
  await escalate.getByRole('button', { name: 'Track' }).click();
  await panel.getByRole('list', { name: 'Open follow-ups' }).waitFor();
  const rec = panel.getByRole('list', { name: 'Recommended actions' }).getByRole('listitem').first();
  await rec.getByRole('button', { name: 'Dismiss' }).click();
  await rec.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('#customer-loyalty').screenshot({ path: '/tmp/ticket-detractor-sidebar-2.png' });
  await rec.getByLabel('Reason').fill('Handled by phone already');
  await rec.getByRole('button', { name: 'Dismiss' }).click();
  await page.waitForTimeout(500);
  await page.locator('#customer-loyalty').screenshot({ path: '/tmp/ticket-detractor-sidebar-3.png' });

  const sales = await browser.newPage({ viewport: { width: 320, height: 900 } });
  sales.on('console', (m) => logs.push(`sales ${m.type()}: ${m.text()}`));
  await sales.goto(`${server.baseUrl}/demo/sales`);
  await sales.getByRole('list', { name: 'Sales candidates' }).waitFor();
  await sales.screenshot({ path: '/tmp/sales-320.png', fullPage: true });
  await sales.getByRole('button', { name: 'Mark contacted' }).click();
  await sales.getByLabel('Note').fill('Talked about adding 5 seats; sending a quote');
  await sales.getByRole('button', { name: 'Mark contacted' }).click();
  await sales.getByText('Last contacted just now').waitFor();
  await sales.screenshot({ path: '/tmp/sales-320-after.png', fullPage: true });
  const narrow = await browser.newPage({ viewport: { width: 320, height: 1400 } });
  await narrow.goto(`${server.baseUrl}/demo/ticket?requester=zd-1001`);
  await narrow.getByTestId('nps-panel-ready').waitFor();
  await narrow.locator('#customer-loyalty').screenshot({ path: '/tmp/ticket-promoter-sidebar.png' });
  console.log(logs.join('\n'));
});
