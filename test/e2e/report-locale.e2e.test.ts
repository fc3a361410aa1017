// The demo report page in Chromium in Simplified Chinese (`/demo/report?locale=zh-CN`, which
// passes `locale` to `NpsDesk.mountReport`): four NPS answers of one month are recorded through
// the API, and the page shows its headings, controls, dates and figures in Chinese.
import { useBrowser } from '../support/browser';
import { RECORD_RESPONSE, UPSERT_CONTACT } from '../support/operations';
import type { TestServer } from '../support/test-server';

const TIME_ZONE = 'Asia/Shanghai';
const SCORES = [10, 9, 7, 3];

/** The month two months ago, whole and in the past: its answers sit at noon UTC. */
const now = new Date();
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
const monthEnd = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How Chinese writes a calendar date: 2026年3月2日. */
function chineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The answers the page reports on: contact i answers SCORES[i] on day 3 + i of the month. */
async function recordAnswers(server: TestServer): Promise<void> {
  for (const [contact, score] of SCORES.entries()) {
    const upserted = await server.execute(
      UPSERT_CONTACT,
      { input: { externalId: `rl-${contact}`, name: `Locale contact ${contact}` } },
      { as: 'admin' },
    );
    expect(upserted.errors).toBeUndefined();
    const answeredAt = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 3 + contact, 12));
    const recorded = await server.execute(
      RECORD_RESPONSE,
      {
        input: {
          contact: { externalId: `rl-${contact}` },
          metric: 'NPS',
          score,
          channel: 'email',
          answeredAt: answeredAt.toISOString(),
          source: 'e2e-report-locale',
          sourceId: `nps-${contact}`,
        },
      },
      { as: 'admin' },
    );
    expect(recorded.errors).toBeUndefined();
  }
}

const suite = useBrowser({ viewport: { width: 1000, height: 900 }, timezoneId: TIME_ZONE }, recordAnswers);

describe('demo report page in Simplified Chinese', () => {
  test('successful-report-page-in-chinese-shows-chinese-headings-dates-and-figures', async () => {
    const { page, server } = suite;
    await page.goto(`${server.baseUrl}/demo/report?locale=zh-CN`);
    const form = page.getByRole('form', { name: '报告设置' });
    await form.waitFor();
    await page.getByLabel('开始日期', { exact: true }).fill(isoDate(month));
    await page.getByLabel('结束日期', { exact: true }).fill(isoDate(monthEnd));
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="trend-bucket"]').length === 1 &&
        document.querySelector('[data-testid="nps-report-ready"]')?.getAttribute('aria-busy') === 'false',
    );

    const report = page.getByTestId('nps-report-ready');
    await expect(report.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('净推荐值 (NPS) 报告');
    await expect(form.getByRole('radio', { name: '月' }).isChecked()).resolves.toBe(true);
    await expect(
      page.getByText(`${chineseDate(month)}至${chineseDate(monthEnd)}，Asia/Shanghai`).count(),
    ).resolves.toBe(1);

    // Two promoters and one detractor of four: +25.
    const promoters = SCORES.filter((score) => score >= 9).length;
    const detractors = SCORES.filter((score) => score <= 6).length;
    const nps = Math.round((100 * (promoters - detractors)) / SCORES.length);
    const overall = page.getByRole('region', { name: '总体净推荐值' });
    await expect(overall.getByTestId('report-overall-nps').innerText()).resolves.toBe(`+${nps}`);
    await expect(overall.getByTestId('report-overall-responses').innerText()).resolves.toBe(`${SCORES.length} 条回复`);
    await expect(overall.innerText()).resolves.toContain('样本不足');

    for (const heading of ['评分', '净推荐值趋势', '细分', '闭环', 'CSAT 和 CES']) {
      await expect(page.getByRole('heading', { level: 3, name: heading }).count()).resolves.toBe(1);
    }
    const chartName = await page.getByTestId('trend-chart').getAttribute('aria-label');
    const monthName = `${month.getUTCFullYear()}年${month.getUTCMonth() + 1}月`;
    expect(chartName).toContain(`按月统计的净推荐值，从${monthName}到${monthName}`);
    // The contacts have no plan, the segments' first dimension: one row for all four.
    const segments = page.getByRole('table', { name: '各套餐的净推荐值' });
    await segments.waitFor();
    await expect(segments.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      '套餐',
      '回复数',
      '推荐者',
      '被动者',
      '贬损者',
      'NPS（95% 误差范围，Wald）',
      '备注',
    ]);
    const noPlan = page.getByTestId('segment-row').filter({ has: page.getByRole('rowheader', { name: '无套餐' }) });
    await expect(noPlan.locator('td').first().innerText()).resolves.toBe(String(SCORES.length));
  });
});
