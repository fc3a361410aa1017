import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { seedDemoData } from '../../api/src/demo/seed';
import { startTestServer, type TestServer } from './test-server';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps trying to reach Google's hosts, which this network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface DemoBrowserSuite {
  /** The API under test, started once for the file. */
  server: TestServer;
  /** A fresh page for each test. */
  page: Page;
}

/**
 * The shared life cycle of the browser tests: one API server per file, its data recorded by
 * `prepare`, and one Chromium per file, a new page per test. Read `server` and `page` inside tests.
 */
export function useBrowser(
  pageOptions: BrowserContextOptions,
  prepare: (server: TestServer) => Promise<unknown>,
  serverOptions: { workspaces: string[] } = { workspaces: ['demo'] },
): DemoBrowserSuite {
  const suite = {} as DemoBrowserSuite;
  let browser: Browser | undefined;
  beforeAll(async () => {
    suite.server = await startTestServer(serverOptions);
    await prepare(suite.server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await suite.server?.stop();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    suite.page = await browser.newPage(pageOptions);
  });
  afterEach(async () => {
    await suite.page?.close();
  });
  return suite;
}

/** The browser tests' life cycle on the seeded demo data. */
export function useDemoBrowser(
  pageOptions: BrowserContextOptions,
  serverOptions: { workspaces: string[] } = { workspaces: ['demo'] },
): DemoBrowserSuite {
  return useBrowser(pageOptions, () => seedDemoData(), serverOptions);
}
