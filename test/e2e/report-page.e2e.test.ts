// The demo report page in Chromium against the real API and database: 40 NPS answers (and a
// few CSAT answers) of 20 contacts on two plans over two months are recorded through the API;
// the page, opened as an admin, shows the NPS, margin, distribution, segments and recovery
// rate computed here from those answers alone, and one bucket per period of the granularity.
// A sales rep sees the headline figures only, and the page fits a 320 px screen.
import path from 'node:path';
import { graphql } from '../__generated__';
import type { ResponseRecordInput } from '../__generated__/graphql';
import { useBrowser } from '../support/browser';
import { RECORD_RESPONSE, UPSERT_CONTACT } from '../support/operations';
import type { TestServer } from '../support/test-server';

/** The page's time zone (Chromium's own, so the report's default): answers sit at noon UTC mid-month. */
const TIME_ZONE = 'Europe/Paris';
/** Set to a directory to keep screenshots of the page, e.g. NPS_E2E_SCREENSHOT_DIR=/tmp/shots. */
const SCREENSHOT_DIR = process.env.NPS_E2E_SCREENSHOT_DIR;

// Contact i answers MONTH_A_SCORES[i] in the first month and MONTH_B_SCORES[i] in the second.
const MONTH_A_SCORES = [10, 9, 9, 8, 7, 6, 3, 10, 9, 0, 5, 8, 10, 9, 6, 7, 2, 9, 10, 4];
const MONTH_B_SCORES = [9, 10, 8, 9, 9, 8, 7, 10, 6, 7, 9, 10, 9, 4, 8, 10, 9, 9, 3, 10];
/** Contacts 0-11 are on `pro`, 12-19 on `starter`. */
const planOf = (contact: number) => (contact < 12 ? 'pro' : 'starter');
/** CSAT answers on a 1-5 scale, second month. */
const CSAT_SCORES = [5, 4, 5, 2, 4, 5];

interface Answer {
  contact: number;
  score: number;
  answeredAt: Date;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of a UTC date. */
function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// Two whole months in the past, so no answer is in the future: three and two months ago.
const now = new Date();
const monthA = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1));
const monthB = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
const FROM = isoDate(monthA);
const TO = isoDate(new Date(Date.UTC(monthB.getUTCFullYear(), monthB.getUTCMonth() + 1, 0)));

/** Day 3 + i of the month at noon UTC: the same local day and month in every time zone. */
function answeredAt(month: Date, contact: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 3 + contact, 12));
}

const ANSWERS: Answer[] = [
  ...MONTH_A_SCORES.map((score, contact) => ({ contact, score, answeredAt: answeredAt(monthA, contact) })),
  ...MONTH_B_SCORES.map((score, contact) => ({ contact, score, answeredAt: answeredAt(monthB, contact) })),
];

// The figures, computed here from the answers with the formulas of ../../docs/product.md, not by the API.
function npsOf(scores: number[]) {
  const n = scores.length;
  const p = scores.filter((score) => score >= 9).length / n;
  const d = scores.filter((score) => score <= 6).length / n;
  return { n, nps: 100 * (p - d), margin: 1.96 * Math.sqrt((p + d - (p - d) ** 2) / n) * 100 };
}

/** How the page writes NPS: whole points with a sign ("+25", "-3", "0"). */
function shownNps(nps: number): string {
  const rounded = Math.round(nps) || 0;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Days of the range, and its buckets by ISO week (Monday) and by quarter. */
function expectedBucketCounts(): { DAY: number; WEEK: number; MONTH: number; QUARTER: number } {
  const days: Date[] = [];
  for (let day = new Date(`${FROM}T00:00:00Z`); isoDate(day) <= TO; day = new Date(day.getTime() + 86_400_000)) {
    days.push(day);
  }
  const mondays = new Set(
    days.map((day) => isoDate(new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000))),
  );
  const quarters = new Set(days.map((day) => `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3)}`));
  return { DAY: days.length, WEEK: mondays.size, MONTH: 2, QUARTER: quarters.size };
}

async function recordAnswers(server: TestServer): Promise<void> {
  for (let contact = 0; contact < MONTH_A_SCORES.length; contact += 1) {
    const upserted = await server.execute(
      UPSERT_CONTACT,
      { input: { externalId: `rp-${contact}`, name: `Report contact ${contact}`, plan: planOf(contact) } },
      { as: 'admin' },
    );
    expect(upserted.errors).toBeUndefined();
  }
  const inputs = [
    ...ANSWERS.map(({ contact, score, answeredAt: at }, index): ResponseRecordInput & { answeredAt: string } => ({
      contact: { externalId: `rp-${contact}` },
      metric: 'NPS',
      score,
      channel: 'email',
      answeredAt: at.toISOString(),
      source: 'e2e-report',
      sourceId: `nps-${index}`,
    })),
    ...CSAT_SCORES.map((score, index): ResponseRecordInput & { answeredAt: string } => ({
      contact: { externalId: `rp-${index}` },
      metric: 'CSAT',
      score,
      scaleMax: 5,
      channel: 'chat',
      answeredAt: answeredAt(monthB, index + 1).toISOString(),
      source: 'e2e-report',
      sourceId: `csat-${index}`,
    })),
  ];
  // Oldest first, as answers arrive.
  inputs.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  for (const input of inputs) {
    const recorded = await server.execute(RECORD_RESPONSE, { input }, { as: 'admin' });
    expect(recorded.errors).toBeUndefined();
  }
}

const suite = useBrowser({ viewport: { width: 1000, height: 900 }, timezoneId: TIME_ZONE }, recordAnswers);

/** Opens the report page and sets its range to the two months of the answers. */
async function openReport(role: 'admin' | 'sales' = 'admin'): Promise<void> {
  const { page, server } = suite;
  await page.goto(`${server.baseUrl}/demo/report${role === 'sales' ? '?role=sales' : ''}`);
  await page.getByRole('form', { name: 'Report settings' }).waitFor();
  await page.getByLabel('From', { exact: true }).fill(FROM);
  await page.getByLabel('To', { exact: true }).fill(TO);
  await waitForBuckets(2);
}

/** Waits until the chart has `count` buckets and the page is not loading anything. */
async function waitForBuckets(count: number): Promise<void> {
  const { page } = suite;
  await page.waitForFunction(
    (expected) =>
      document.querySelectorAll('[data-testid="trend-bucket"]').length === expected &&
      document.querySelector('[data-testid^="nps-report-"]')?.getAttribute('aria-busy') === 'false',
    count,
  );
}

async function screenshot(name: string): Promise<void> {
  if (SCREENSHOT_DIR) await suite.page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: true });
}

describe('demo report page in Chromium', () => {
  test('successful-admin-sees-figures-computed-from-the-recorded-answers', async () => {
    const { page } = suite;
    await openReport();
    await expect(page.getByLabel('Time zone', { exact: true }).inputValue()).resolves.toBe(TIME_ZONE);

    const overall = npsOf(ANSWERS.map((answer) => answer.score));
    await expect(page.getByTestId('report-overall-nps').innerText()).resolves.toBe(shownNps(overall.nps));
    await expect(page.getByTestId('report-overall-margin').innerText()).resolves.toBe(`±${Math.round(overall.margin)}`);
    await expect(page.getByTestId('report-overall-responses').innerText()).resolves.toBe('40 responses');

    // One bar per score, each with the number of answers of that score.
    const bars = page.getByTestId('distribution').locator('li');
    await expect(bars.count()).resolves.toBe(11);
    for (let score = 0; score <= 10; score += 1) {
      const count = ANSWERS.filter((answer) => answer.score === score).length;
      const bar = page.locator(`[data-testid="distribution"] li[data-score="${score}"]`);
      await expect(bar.locator('.npsdesk-bars__count').innerText()).resolves.toBe(String(count));
    }

    // Segments by plan: `pro` has 24 answers, flagged as a low sample.
    const proScores = ANSWERS.filter((answer) => planOf(answer.contact) === 'pro').map((answer) => answer.score);
    const pro = npsOf(proScores);
    const proRow = page.getByTestId('segment-row').filter({ has: page.getByRole('rowheader', { name: 'pro' }) });
    const proCells = await proRow.locator('td').allInnerTexts();
    expect(proCells[0]).toBe('24');
    expect(proCells[1]).toMatch(new RegExp(`^${proScores.filter((score) => score >= 9).length}\\b`));
    expect(proCells[3]).toMatch(new RegExp(`^${proScores.filter((score) => score <= 6).length}\\b`));
    expect(proCells[4]).toBe(`${shownNps(pro.nps)} ±${Math.round(pro.margin)}`);
    expect(proCells[5]).toContain('Low sample');
    await expect(page.getByTestId('segment-row').count()).resolves.toBe(2);

    // Two monthly buckets of 20 answers, both low samples.
    const buckets = page.getByTestId('trend-bucket');
    await expect(
      buckets.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-responses'))),
    ).resolves.toEqual(['20', '20']);
    await expect(page.locator('[data-testid="trend-bucket"][data-low-sample="true"]').count()).resolves.toBe(2);
    await expect(page.getByTestId('trend-band').count()).resolves.toBe(1);

    // Detractor answers whose contact's next answer was passive or promoter.
    const detractorsA = MONTH_A_SCORES.filter((score) => score <= 6).length;
    const detractorsB = MONTH_B_SCORES.filter((score) => score <= 6).length;
    const recovered = MONTH_A_SCORES.filter(
      (score, contact) => score <= 6 && (MONTH_B_SCORES[contact] ?? 0) >= 7,
    ).length;
    await expect(page.getByTestId('report-recovery-rate').innerText()).resolves.toBe(
      `${Math.round((100 * recovered) / (detractorsA + detractorsB))}%`,
    );
    const positive = CSAT_SCORES.filter((score) => score >= 4).length / CSAT_SCORES.length;
    await expect(page.getByTestId('report-csat-positive').innerText()).resolves.toBe(`${Math.round(positive * 100)}%`);

    await screenshot('report-admin-1000.png');

    // Another granularity, another number of buckets.
    const expected = expectedBucketCounts();
    await page.getByRole('radio', { name: 'Week' }).check();
    await waitForBuckets(expected.WEEK);
    await expect(page.getByTestId('trend-bucket').count()).resolves.toBe(expected.WEEK);
    await page.getByRole('radio', { name: 'Day' }).check();
    await waitForBuckets(expected.DAY);
    await expect(page.locator('[data-testid="trend-bucket"]:not([data-responses="0"])').count()).resolves.toBe(40);
    await page.getByRole('radio', { name: 'Quarter' }).check();
    await waitForBuckets(expected.QUARTER);
    // The overall figure does not depend on the buckets.
    await expect(page.getByTestId('report-overall-nps').innerText()).resolves.toBe(shownNps(overall.nps));
  });

  test('successful-range-without-answers-shows-the-empty-state', async () => {
    const { page } = suite;
    await openReport();
    // A month before the answers.
    const before = new Date(Date.UTC(monthA.getUTCFullYear(), monthA.getUTCMonth() - 1, 1));
    await page.getByLabel('From', { exact: true }).fill(isoDate(before));
    await page.getByLabel('To', { exact: true }).fill(isoDate(new Date(monthA.getTime() - 86_400_000)));
    await page.getByTestId('nps-report-empty').waitFor();
    await expect(page.getByTestId('report-empty-message').innerText()).resolves.toBe('No responses in this period.');

    // A range ending before it starts is never sent to the API.
    await page.getByLabel('To', { exact: true }).fill(isoDate(new Date(before.getTime() - 86_400_000)));
    await page.getByTestId('nps-report-invalid').waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('“To” must not be before “From”');
  });

  test('successful-sales-rep-sees-the-headline-and-is-told-what-is-for-admins', async () => {
    const { page } = suite;
    await openReport('sales');
    const overall = npsOf(ANSWERS.map((answer) => answer.score));
    await expect(page.getByTestId('report-overall-nps').innerText()).resolves.toBe(shownNps(overall.nps));
    await expect(page.getByTestId('trend-bucket').count()).resolves.toBe(2);
    await expect(page.getByTestId('report-admin-only').innerText()).resolves.toContain('are for admins');
    await expect(page.getByTestId('distribution').count()).resolves.toBe(0);
    await expect(page.getByTestId('segment-table').count()).resolves.toBe(0);
    await expect(page.getByLabel('Break down by', { exact: true }).count()).resolves.toBe(0);
  });

  test('successful-report-fits-a-320px-screen-without-horizontal-page-scroll', async () => {
    const { page } = suite;
    await page.setViewportSize({ width: 320, height: 800 });
    await openReport();
    await page.getByTestId('segment-table').waitFor();
    const width = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      chart: document.querySelector('[data-testid="trend-chart"]')?.getBoundingClientRect().width ?? 0,
    }));
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);
    expect(width.chart).toBeGreaterThan(200);
    expect(width.chart).toBeLessThanOrEqual(320);
    await screenshot('report-admin-320.png');
  });

  test('successful-demo-session-hands-an-admin-token-to-the-report-page', async () => {
    const { server } = suite;
    const session = (await (await fetch(`${server.baseUrl}/demo/session?role=admin`)).json()) as { token: string };
    const result = await server.execute(
      graphql(`
        query E2eReportSessionViewer {
          viewer {
            role
            canReadReports
          }
        }
      `),
      {},
      { token: session.token },
    );
    expect(result.data?.viewer).toEqual({ role: 'ADMIN', canReadReports: true });

    const refused = await fetch(`${server.baseUrl}/demo/session?role=owner`);
    expect(refused.status).toBe(400);
    await expect(refused.json()).resolves.toEqual({
      errors: [
        {
          message: 'role must be one of: agent, sales, admin',
          extensions: { code: 'BAD_USER_INPUT', field: 'role' },
        },
      ],
    });
  });
});
