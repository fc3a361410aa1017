// Accessibility of every NPS Desk view on the demo pages, in Chromium: axe-core finds no
// serious or critical violation in the panel (each loyalty category and the empty state), the
// sales list or the report; the views fit 320 px and 200% zoom without scrolling sideways;
// every button of the panel is reached with Tab and works from the keyboard; the category and
// the history chart are given in words, not by colour alone.
import type { Page } from 'playwright-core';
import { runAxe, type AxeViolation } from '../support/axe';
import { useDemoBrowser } from '../support/browser';

interface View {
  name: string;
  path: string;
  /** The host element NPS Desk renders into: axe and the layout checks look inside it. */
  root: string;
  /** Present once the view shows its data. */
  ready: string;
}

const VIEWS: View[] = [
  ...['zd-1001', 'zd-1002', 'zd-1003'].map((requester) => ({
    name: `panel for ${requester}`,
    path: `/demo/ticket?requester=${requester}`,
    root: '#nps-desk-panel',
    ready: '[data-testid="nps-panel-ready"]',
  })),
  {
    name: 'panel empty state',
    path: '/demo/ticket?requester=zd-unknown',
    root: '#nps-desk-panel',
    ready: '[data-testid="nps-panel-empty"]',
  },
  {
    name: 'sales page',
    path: '/demo/sales',
    root: '#sales-candidates',
    ready: '[data-testid="sales-candidates"][aria-busy="false"] .npsdesk-candidate',
  },
  {
    name: 'report page',
    path: '/demo/report',
    root: '#nps-report',
    ready: '[data-testid="nps-report-ready"][aria-busy="false"]',
  },
  {
    name: 'report page for sales',
    path: '/demo/report?role=sales',
    root: '#nps-report',
    ready: '[data-testid="nps-report-ready"][aria-busy="false"]',
  },
];

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

async function open(page: Page, view: View): Promise<void> {
  await page.goto(`${suite.server.baseUrl}${view.path}`);
  await page.locator(view.ready).first().waitFor();
}

/**
 * Runs axe-core on the view's root: its serious and critical violations, and how many rules
 * passed (so an empty list cannot come from checking nothing).
 */
async function axeCheck(page: Page, root: string): Promise<{ serious: AxeViolation[]; passedRules: number }> {
  const { violations, passedRules } = await runAxe(page, root);
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  return { serious, passedRules };
}

/** Neither the view nor the page around it scrolls sideways; the view ends inside the viewport. */
async function expectNoHorizontalScroll(page: Page, root: string): Promise<void> {
  const overflow = await page.locator(root).evaluate((element) => ({
    root: element.scrollWidth - element.clientWidth,
    page: document.documentElement.scrollWidth - window.innerWidth,
    rootRight: element.getBoundingClientRect().right,
    viewport: window.innerWidth,
  }));
  expect(overflow.root).toBe(0);
  expect(overflow.page).toBe(0);
  expect(overflow.rootRight).toBeLessThanOrEqual(overflow.viewport);
}

/** The focused element: inside `root`, its marker, text and focus outline; null once focus is elsewhere. */
async function focusedIn(
  page: Page,
  root: string,
): Promise<{ marker: string | null; text: string; outlined: boolean } | null> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    if (!active || !document.querySelector(selector)?.contains(active)) return null;
    // A visually hidden radio shows its focus on the label text right after it.
    const shown = active.matches('input[type="radio"]') ? active.nextElementSibling : active;
    const style = shown ? getComputedStyle(shown) : null;
    return {
      marker: active.getAttribute('data-a11y-control'),
      text: active.textContent?.trim() ?? '',
      // Any outline counts, Chromium's own focus ring ("auto") too. A host that is not itself
      // :focus has focus inside its own shadow parts (a date field's picker button), which
      // Chromium outlines.
      outlined:
        !active.matches(':focus') ||
        (style !== null && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0),
    };
  }, root);
}

/**
 * Tabs from the top of the page through the view and back out of it. Every visible enabled
 * control of the view is marked first (a radio group once: Tab enters it, arrows move in it);
 * returns the controls, those focus landed on in order, and those that showed no outline.
 */
async function tabThrough(
  page: Page,
  root: string,
): Promise<{ controls: string[]; reached: string[]; withoutOutline: string[] }> {
  const controls = await page.evaluate((selector) => {
    const marked = new Set<string>();
    const candidates = document
      .querySelector(selector)
      ?.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])');
    for (const [index, control] of [...(candidates ?? [])].entries()) {
      if ((control as HTMLButtonElement).disabled) continue;
      const radio = control instanceof HTMLInputElement && control.type === 'radio';
      // A visually hidden radio has a 1 px box; its label is what shows.
      if (!radio && control.getClientRects().length === 0) continue;
      const marker = radio
        ? `radio group ${control.name}`
        : `${index}:${control.textContent?.trim() || control.getAttribute('aria-label') || control.id}`;
      control.setAttribute('data-a11y-control', marker);
      marked.add(marker);
    }
    return [...marked];
  }, root);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  const withoutOutline: string[] = [];
  let entered = false;
  // Bounded: the demo pages have a handful of links around the views.
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedIn(page, root);
    if (focused) {
      entered = true;
      if (focused.marker && !reached.includes(focused.marker)) reached.push(focused.marker);
      if (!focused.outlined) withoutOutline.push(focused.marker ?? focused.text);
    } else if (entered) break;
  }
  return { controls, reached, withoutOutline };
}

/** Presses Tab from the top of the page until the focused panel button reads `text`. */
async function tabTo(page: Page, text: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedIn(page, '#nps-desk-panel'))?.text === text) return;
  }
  throw new Error(`Tab never reached a panel button reading “${text}”`);
}

describe('accessibility of the NPS Desk views in Chromium', () => {
  test.each(VIEWS.map((view) => [view.name, view] as const))(
    'successful-%s-has-no-serious-or-critical-axe-violation',
    async (_name, view) => {
      await open(suite.page, view);
      const { serious, passedRules } = await axeCheck(suite.page, view.root);
      // The whole list on failure: each rule's id, impact, help and the elements it flags.
      expect(serious).toEqual([]);
      expect(passedRules).toBeGreaterThan(0);
    },
  );

  test.each(VIEWS.map((view) => [view.name, view] as const))(
    'successful-%s-fits-320px-without-horizontal-scroll',
    async (_name, view) => {
      await suite.page.setViewportSize({ width: 320, height: 800 });
      await open(suite.page, view);
      await expectNoHorizontalScroll(suite.page, view.root);
      await expect(axeCheck(suite.page, view.root)).resolves.toMatchObject({ serious: [] });
    },
  );

  // Chromium's 200% zoom of a 1280x900 window lays the page out in a 640x450 CSS-pixel viewport
  // with two device pixels per CSS pixel: that is emulated exactly, media queries included.
  // CSS `zoom` on the body would scale the boxes but not the viewport media queries see.
  test.each(VIEWS.map((view) => [view.name, view] as const))(
    'successful-%s-fits-200-percent-zoom-without-horizontal-scroll',
    async (_name, view) => {
      const browser = suite.page.context().browser();
      if (!browser) throw new Error('the page has no browser');
      const zoomed = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
      try {
        await open(zoomed, view);
        await expect(zoomed.evaluate(() => window.devicePixelRatio)).resolves.toBe(2);
        await expectNoHorizontalScroll(zoomed, view.root);
      } finally {
        await zoomed.close();
      }
    },
  );

  test('successful-category-and-history-are-given-in-words', async () => {
    for (const [requester, category] of [
      ['zd-1001', 'Promoter'],
      ['zd-1002', 'Passive'],
      ['zd-1003', 'Detractor'],
    ] as const) {
      await open(suite.page, VIEWS.find((view) => view.path.endsWith(requester)) as View);
      const panel = suite.page.getByTestId('nps-panel-ready');
      // The badge's visible text is the category (screen readers also hear "Loyalty category:").
      await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(new RegExp(`\\b${category}$`));
      // The chart has a text alternative naming each score, and every answer is listed in words.
      const chartName = await panel.getByRole('img').getAttribute('aria-label');
      expect(chartName).toMatch(/^NPS history, .*oldest first: \d+ on /);
      const answers = await panel.getByRole('list', { name: 'Answers, newest first' }).innerText();
      expect(answers).toContain(`(${category.toLowerCase()})`);
    }
  });

  test.each(VIEWS.filter((view) => !view.path.startsWith('/demo/ticket')).map((view) => [view.name, view] as const))(
    'successful-every-control-of-the-%s-is-reached-with-tab-and-shows-focus',
    async (_name, view) => {
      await open(suite.page, view);
      const { controls, reached, withoutOutline } = await tabThrough(suite.page, view.root);
      expect(controls.length).toBeGreaterThan(0);
      expect(reached).toEqual(controls);
      expect(withoutOutline).toEqual([]);
    },
  );

  test('successful-every-panel-button-is-reached-and-used-with-the-keyboard', async () => {
    const { page } = suite;
    await open(page, VIEWS.find((view) => view.path.endsWith('zd-1003')) as View);
    const panel = page.getByTestId('nps-panel-ready');

    const first = await tabThrough(page, '#nps-desk-panel');
    expect(first.controls.length).toBeGreaterThan(0);
    expect(first.reached).toEqual(first.controls);
    expect(first.withoutOutline).toEqual([]);

    // Enter copies the script and says so.
    await tabTo(page, 'Copy script');
    await page.keyboard.press('Enter');
    await panel
      .locator('.npsdesk-copy-status', { hasText: /Copied|Script selected/ })
      .first()
      .waitFor();

    // Space tracks the first action: it becomes an open follow-up with buttons of its own.
    const tracked = await panel.locator('.npsdesk-action__title').first().innerText();
    await tabTo(page, 'Track');
    await page.keyboard.press('Space');
    await page
      .getByTestId('nps-panel-announcement')
      .filter({ hasText: `Tracking “${tracked}”` })
      .waitFor();
    await panel.getByRole('button', { name: 'Complete' }).waitFor();

    const second = await tabThrough(page, '#nps-desk-panel');
    expect(second.reached).toEqual(second.controls);
    expect(second.withoutOutline).toEqual([]);
    expect(second.controls.some((control) => control.endsWith(':Assign'))).toBe(true);

    // Mark done opens a form with the cursor in it; Escape closes it and gives focus back.
    const remaining = await panel.locator('.npsdesk-action__title').first().innerText();
    await tabTo(page, 'Mark done');
    await page.keyboard.press('Space');
    const outcome = panel.getByRole('textbox', { name: 'Outcome' });
    await expect(outcome.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(focusedIn(page, '#nps-desk-panel')).resolves.toMatchObject({ text: 'Mark done' });

    // And from the keyboard alone: open, type the outcome, Tab to the submit button, Enter.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Refunded the duplicate charge');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('nps-panel-announcement')
      .filter({ hasText: `Marked “${remaining}” done` })
      .waitFor();
  });
});
