import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { NpsDeskProvider } from '../NpsDeskProvider';
import { installFakeApi, type FakeApiAnswer, type RecordedRequest } from '../test-fetch';
import { NpsReportPage } from './NpsReportPage';
import {
  answerReportApi,
  bucket,
  DISTRIBUTION,
  failing,
  figure,
  MONTH_BUCKETS,
  reportData,
  segmentsData,
  WEEK_BUCKETS,
  type FakeReportApi,
  type SegmentFixture,
} from './report-fixtures';
import type { ReportSettings } from './report-settings';

const SETTINGS: ReportSettings = {
  from: '2026-01-01',
  to: '2026-06-15',
  granularity: 'MONTH',
  timeZone: 'Europe/Paris',
};

let api: ReturnType<typeof installFakeApi> | undefined;

afterEach(() => {
  api?.restore();
  api = undefined;
});

/** The page over the real Apollo link chain, against a fake API answering by operation. */
function renderReport(fake: FakeReportApi = {}, settings: Partial<ReportSettings> = SETTINGS, locale?: string) {
  api = installFakeApi(answerReportApi(fake));
  render(
    <NpsDeskProvider apiUrl="/graphql" token="admin-token" locale={locale}>
      <NpsReportPage initialSettings={settings} />
    </NpsDeskProvider>,
  );
  return api;
}

function requestsOf(operationName: string): RecordedRequest[] {
  return api?.requests.filter((request) => request.operationName === operationName) ?? [];
}

function reportRequests() {
  return requestsOf('NpsReportPage');
}

async function findReady() {
  const ready = await screen.findByTestId('nps-report-ready');
  await waitFor(() => expect(ready).toHaveAttribute('aria-busy', 'false'));
  return ready;
}

function trendBuckets() {
  return screen.getByTestId('trend-chart').querySelectorAll('[data-testid="trend-bucket"]');
}

describe('NpsReportPage: controls and variables', () => {
  it('asks for the report of the controls’ range, granularity and time zone, all figures for an admin', async () => {
    renderReport();
    expect(screen.getByTestId('nps-report-loading')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the report…');
    await findReady();

    expect(reportRequests().map((request) => request.variables)).toEqual([
      {
        input: { from: '2026-01-01', to: '2026-06-15', granularity: 'MONTH', timeZone: 'Europe/Paris' },
        full: true,
      },
    ]);
    expect(reportRequests()[0]?.authorization).toBe('Bearer admin-token');
    const form = screen.getByRole('form', { name: 'Report settings' });
    expect(within(form).getByLabelText('From')).toHaveValue('2026-01-01');
    expect(within(form).getByLabelText('To')).toHaveValue('2026-06-15');
    expect(within(form).getByRole('radio', { name: 'Month' })).toBeChecked();
    expect(within(form).getByLabelText('Time zone')).toHaveValue('Europe/Paris');
    expect(within(form).getByRole('group', { name: 'Granularity' })).toBeInTheDocument();
    expect(screen.getByText('1 Jan 2026 to 15 Jun 2026, Europe/Paris')).toBeInTheDocument();
  });

  it('asks again when the granularity, time zone or dates change, and draws the new buckets', async () => {
    renderReport();
    await findReady();
    expect(trendBuckets()).toHaveLength(MONTH_BUCKETS.length);

    fireEvent.click(screen.getByRole('radio', { name: 'Week' }));
    await waitFor(() => expect(trendBuckets()).toHaveLength(WEEK_BUCKETS.length));

    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Tokyo' } });
    await waitFor(() => expect(reportRequests()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    await waitFor(() => expect(reportRequests()).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    await waitFor(() => expect(reportRequests()).toHaveLength(5));
    await findReady();

    expect(reportRequests().map((request) => request.variables['input'])).toEqual([
      { from: '2026-01-01', to: '2026-06-15', granularity: 'MONTH', timeZone: 'Europe/Paris' },
      { from: '2026-01-01', to: '2026-06-15', granularity: 'WEEK', timeZone: 'Europe/Paris' },
      { from: '2026-01-01', to: '2026-06-15', granularity: 'WEEK', timeZone: 'Asia/Tokyo' },
      { from: '2026-02-01', to: '2026-06-15', granularity: 'WEEK', timeZone: 'Asia/Tokyo' },
      { from: '2026-02-01', to: '2026-03-31', granularity: 'WEEK', timeZone: 'Asia/Tokyo' },
    ]);
  });

  it('starts by month over twelve months to today in the browser’s time zone', async () => {
    renderReport({}, {});
    await findReady();
    const [request] = reportRequests();
    const input = request?.variables['input'] as ReportSettings;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(input.granularity).toBe('MONTH');
    expect(input.timeZone).toBe(browserZone);
    expect(input.from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(screen.getByLabelText('Time zone')).toHaveValue(browserZone);
  });

  it('flags a range the API would refuse and does not send it', async () => {
    renderReport();
    await findReady();

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-12-31' } });

    expect(await screen.findByTestId('nps-report-invalid')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“To” must not be before “From”.');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('“To” must not be before “From”.');

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-06-15' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Day' }));
    expect(screen.getByRole('alert')).toHaveTextContent('By day, a report covers at most 366 days');
    // Only ranges the API accepts went out (the month range typed on the way is one of them).
    const sent = reportRequests().map(({ variables }) => variables['input']);
    expect(sent).not.toContainEqual(expect.objectContaining({ to: '2025-12-31' }));
    expect(sent).not.toContainEqual(expect.objectContaining({ granularity: 'DAY' }));
  });

  it('keeps focus in a date field while its value is incomplete', async () => {
    renderReport();
    await findReady();
    const from = screen.getByLabelText('From');
    act(() => from.focus());

    fireEvent.change(from, { target: { value: '' } });

    expect(screen.getByTestId('nps-report-invalid')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toBe(from);
    expect(from).toHaveFocus();
  });
});

describe('NpsReportPage: figures', () => {
  it('shows the overall NPS with its Wald margin, adjusted-Wald figure and categories', async () => {
    renderReport();
    await findReady();

    const overall = screen.getByRole('region', { name: 'Overall NPS' });
    // 147 promoters, 75 passives, 73 detractors of 295: 49.8% - 24.7% = 25.08.
    expect(within(overall).getByTestId('report-overall-nps')).toHaveTextContent('+25');
    expect(within(overall).getByTestId('report-overall-margin')).toHaveTextContent(
      `±${Math.round(figure(147, 75, 73).marginOfError ?? 0)}`,
    );
    expect(overall).toHaveTextContent('295 responses · 95% margin of error (Wald)');
    expect(overall).toHaveTextContent(/Adjusted-Wald 95%: \+25 ±\d+/);
    expect(overall).toHaveTextContent('Promoters (9–10)147 50%');
    expect(overall).toHaveTextContent('Detractors (0–6)73 25%');
    expect(within(overall).queryByText(/Low sample/)).not.toBeInTheDocument();
  });

  it('draws one chart place per bucket: marks where there are answers, a band per run, flags', async () => {
    renderReport();
    await findReady();
    const chart = screen.getByRole('img', { name: /^NPS by month from Jan 2026 to Jun 2026/ });

    const buckets = chart.querySelectorAll('[data-testid="trend-bucket"]');
    expect([...buckets].map((node) => node.getAttribute('data-period'))).toEqual(
      MONTH_BUCKETS.map((item) => item.periodStart),
    );
    // February has no answers: no mark, only its place.
    expect(chart.querySelectorAll('circle')).toHaveLength(5);
    expect(buckets[1]?.querySelector('circle')).toBeNull();
    expect(buckets[1]?.querySelector('[data-testid="trend-whisker"]')).toBeNull();
    // Every bucket with answers has its adjusted-Wald whisker, which the Wald band lacks when it collapses.
    expect(chart.querySelectorAll('[data-testid="trend-whisker"]')).toHaveLength(5);
    expect(buckets[1]?.querySelector('title')).toHaveTextContent('Feb 2026: no responses');
    // Low samples (March: 12 answers, June: 3) are hollow marks.
    expect(chart.querySelectorAll('.npsdesk-trend__mark--low-sample')).toHaveLength(2);
    expect(buckets[2]).toHaveAttribute('data-low-sample', 'true');
    expect(buckets[0]).not.toHaveAttribute('data-low-sample');
    // May rose significantly from April.
    expect(buckets[4]).toHaveAttribute('data-significant', 'rise');
    expect(buckets[4]?.querySelector('.npsdesk-trend__significant')).not.toBeNull();
    expect(buckets[4]?.querySelector('title')).toHaveTextContent(
      /^May 2026: NPS \+60 ±13 \(95% Wald; adjusted-Wald \+58 ±\d+\), 100 responses; significant rise from the previous month$/,
    );
    expect(chart.querySelectorAll('.npsdesk-trend__significant')).toHaveLength(1);
    // The band never spans the empty month: January alone, then March to June.
    const bands = chart.querySelectorAll('[data-testid="trend-band"]');
    expect(bands).toHaveLength(2);
    expect(bands[0]?.tagName).toBe('rect');
    expect(bands[1]?.tagName).toBe('path');
    expect(chart).toHaveAccessibleName(/1 significant change/);
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('95% margin of error (Wald)');
  });

  it('lists every bucket in a table as the chart’s text alternative', async () => {
    renderReport();
    await findReady();

    const rows = within(screen.getByTestId('trend-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(MONTH_BUCKETS.length);
    expect(rows[0]).toHaveTextContent(/^Jan 2026100\+10±\d+/);
    expect(rows[1]).toHaveTextContent(/^Feb 20260—/);
    expect(rows[2]).toHaveTextContent('Low sample');
    expect(rows[4]).toHaveTextContent('Significant rise');
    expect(rows[5]).toHaveTextContent('Jun 2026 (partial)');
  });

  it('draws the 0-10 distribution, one bar per score coloured by category', async () => {
    renderReport();
    await findReady();

    const bars = within(screen.getByRole('list', { name: 'Scores' })).getAllByRole('listitem');
    expect(bars).toHaveLength(11);
    expect(bars.map((bar) => bar.getAttribute('data-count'))).toEqual(DISTRIBUTION.map(String));
    expect(bars[10]).toHaveTextContent('Score 10: 87 answers (29%)');
    expect(bars[10]?.querySelector('.npsdesk-bars__bar')).toHaveStyle({ height: '100%' });
    expect(bars[0]?.querySelector('.npsdesk-bars__bar')).toHaveClass('npsdesk-bars__bar--detractor');
    expect(bars[6]?.querySelector('.npsdesk-bars__bar')).toHaveClass('npsdesk-bars__bar--detractor');
    expect(bars[7]?.querySelector('.npsdesk-bars__bar')).toHaveClass('npsdesk-bars__bar--passive');
    expect(bars[8]?.querySelector('.npsdesk-bars__bar')).toHaveClass('npsdesk-bars__bar--passive');
    expect(bars[9]?.querySelector('.npsdesk-bars__bar')).toHaveClass('npsdesk-bars__bar--promoter');
  });

  it('shows the detractor recovery rate and the CSAT and CES figures', async () => {
    renderReport({
      report: () => ({ body: { data: reportData({ ces: true }) } }),
    });
    await findReady();

    const loop = screen.getByRole('region', { name: 'Closed loop' });
    expect(within(loop).getByTestId('report-recovery-rate')).toHaveTextContent('26%');
    expect(within(loop).getByTestId('report-within-deadline')).toHaveTextContent('80%');
    const followUps = within(within(loop).getByTestId('report-follow-ups'));
    expect(followUps.getByText('Overdue').nextElementSibling).toHaveTextContent('3');
    expect(followUps.getByText('Median time to close').nextElementSibling).toHaveTextContent('30.5 h');
    expect(loop).toHaveTextContent('Detractor answers73');
    expect(loop).toHaveTextContent('Answered again30');
    expect(loop).toHaveTextContent('Recovered19');
    const satisfaction = screen.getByRole('region', { name: 'CSAT and CES' });
    expect(satisfaction).toHaveTextContent('78% positive (top-two-box) · 10% negative');
    expect(satisfaction).toHaveTextContent('2.5 / 3 (10 answers)');
    expect(satisfaction).toHaveTextContent('4.2 / 5 (40 answers)');
    expect(satisfaction).toHaveTextContent('5.3 / 7 (12 answers)');
  });
});

describe('NpsReportPage: segments', () => {
  it('tabulates the segments with counts, NPS ± margin and flags', async () => {
    renderReport();
    await findReady();

    const table = await screen.findByRole('table', { name: 'NPS by plan' });
    expect(requestsOf('NpsReportSegments').map((request) => request.variables)).toEqual([
      {
        input: {
          from: '2026-01-01',
          to: '2026-06-15',
          granularity: 'MONTH',
          timeZone: 'Europe/Paris',
          segmentBy: 'PLAN',
        },
        first: 20,
        after: null,
      },
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Plan', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS (95% margin, Wald)', 'Notes']);
    const [, enterprise, pro, none] = within(table).getAllByRole('row');
    const enterpriseFigure = figure(90, 40, 20);
    expect(within(enterprise!).getByRole('rowheader')).toHaveTextContent('enterprise');
    expect(
      within(enterprise!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '150',
      '90 60%',
      '40 27%',
      '20 13%',
      `+47 ±${Math.round(enterpriseFigure.marginOfError ?? 0)}`,
      'Differs from the rest',
    ]);
    expect(pro).not.toHaveTextContent('Low sample');
    expect(within(none!).getByRole('rowheader')).toHaveTextContent('No plan');
    expect(none).toHaveTextContent('Low sample');
    expect(screen.getByTestId('segment-range')).toHaveTextContent('Segments 1–3 of 3');
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    // The table may be wider than a phone: its region scrolls, with a name and keyboard focus.
    expect(screen.getByRole('region', { name: 'NPS by plan' })).toHaveAttribute('tabindex', '0');
  });

  it('pages forward with the end cursor and back from the cache', async () => {
    const firstPage: SegmentFixture[] = Array.from({ length: 20 }, (_, index) => ({
      value: `agent-${index + 1}`,
      figure: figure(40 - index, 5, 5),
    }));
    const secondPage: SegmentFixture[] = [{ value: 'agent-21', figure: figure(3, 1, 1) }];
    renderReport({
      segments: ({ variables }) =>
        variables['after'] === 'cursor-agent-20'
          ? { body: { data: segmentsData(secondPage, { totalCount: 21, dimension: 'AGENT' }) } }
          : { body: { data: segmentsData(firstPage, { totalCount: 21, hasNextPage: true, dimension: 'AGENT' }) } },
    });
    await findReady();
    fireEvent.change(screen.getByLabelText('Break down by'), { target: { value: 'AGENT' } });
    const table = await screen.findByRole('table', { name: 'NPS by agent' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    expect(screen.getByTestId('segment-range')).toHaveTextContent('Segments 1–20 of 21');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => expect(screen.getByTestId('segment-range')).toHaveTextContent('Segments 21–21 of 21'));
    expect(within(screen.getByRole('table', { name: 'NPS by agent' })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    const segmentRequests = requestsOf('NpsReportSegments');
    expect(segmentRequests.at(-1)?.variables).toEqual({
      input: { ...SETTINGS, segmentBy: 'AGENT' },
      first: 20,
      after: 'cursor-agent-20',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));

    await waitFor(() => expect(screen.getByTestId('segment-range')).toHaveTextContent('Segments 1–20 of 21'));
    expect(requestsOf('NpsReportSegments')).toHaveLength(segmentRequests.length);
  });
});

describe('NpsReportPage: states', () => {
  it('says there are no responses in an empty period', async () => {
    renderReport({
      report: () => ({
        body: {
          data: reportData({
            buckets: [bucket('2026-01-01', figure(0, 0, 0))],
            distribution: Array(11).fill(0),
            csat: false,
          }),
        },
      }),
    });

    const empty = await screen.findByTestId('nps-report-empty');
    expect(within(empty).getByTestId('report-empty-message')).toHaveTextContent('No responses in this period.');
    expect(screen.queryByTestId('trend-chart')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The controls stay, to pick another period.
    expect(screen.getByRole('form', { name: 'Report settings' })).toBeInTheDocument();
  });

  it('flags a low overall sample', async () => {
    const buckets = [bucket('2026-01-01', figure(4, 2, 1)), bucket('2026-02-01', figure(0, 0, 0))];
    renderReport({ report: () => ({ body: { data: reportData({ buckets }) } }) });
    await findReady();

    expect(screen.getByRole('region', { name: 'Overall NPS' })).toHaveTextContent(
      'Low sample: fewer than 30 responses, too noisy to act on alone.',
    );
  });

  it('shows a one-answer bucket as what it is: no Wald width, a wide adjusted-Wald whisker', async () => {
    const buckets = [bucket('2026-01-01', figure(1, 0, 0))];
    renderReport({ report: () => ({ body: { data: reportData({ buckets }) } }) });
    await findReady();

    const [only] = trendBuckets();
    expect(only).toHaveAttribute('data-low-sample', 'true');
    expect(only?.querySelector('title')).toHaveTextContent(
      /^Jan 2026: NPS \+100 ±0 \(95% Wald; adjusted-Wald \+25 ±\d+\), 1 response; low sample$/,
    );
    const band = screen.getByTestId('trend-band');
    expect(Number(band.getAttribute('height'))).toBe(0);
    expect(only?.querySelector('[data-testid="trend-whisker"]')).not.toBeNull();
  });

  it('shows an error with its code and retries', async () => {
    let fail = true;
    renderReport({
      report: ({ variables }): FakeApiAnswer =>
        fail
          ? { status: 503, body: 'Service Unavailable' }
          : { body: { data: reportData({ full: Boolean(variables['full']) }) } },
    });

    const alert = await screen.findByRole('alert');
    expect(screen.getByTestId('nps-report-error')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Couldn’t load the report');
    expect(alert).toHaveTextContent('Error code: HTTP_503');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    await findReady();
    expect(reportRequests()).toHaveLength(2);
  });

  it('shows the API’s message when it refuses the settings', async () => {
    renderReport({ report: () => failing('BAD_USER_INPUT', 'timeZone: must be an IANA time zone') });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API refused these settings');
    expect(alert).toHaveTextContent('timeZone: must be an IANA time zone');
    expect(alert).toHaveTextContent('Error code: BAD_USER_INPUT');
  });

  it('tells an agent reports are for admins and sales reps, without asking for one', async () => {
    renderReport({ role: 'AGENT' });

    const forbidden = await screen.findByTestId('nps-report-forbidden');
    expect(within(forbidden).getByRole('alert')).toHaveTextContent('Reports are for admins and sales reps');
    expect(forbidden).toHaveTextContent('Signed in as agent');
    expect(reportRequests()).toHaveLength(0);
  });

  it('shows FORBIDDEN from the API as such', async () => {
    renderReport({ report: () => failing('FORBIDDEN', 'Not allowed') });

    const forbidden = await screen.findByTestId('nps-report-forbidden');
    expect(within(forbidden).getByRole('alert')).toHaveTextContent('You may not read this report');
    expect(forbidden).toHaveTextContent('Error code: FORBIDDEN');
  });

  it('shows a sales rep the headline and trend only, and says what is for admins', async () => {
    renderReport({ role: 'SALES' });
    await findReady();

    expect(reportRequests()[0]?.variables['full']).toBe(false);
    expect(screen.getByTestId('report-overall-nps')).toHaveTextContent('+25');
    expect(trendBuckets()).toHaveLength(MONTH_BUCKETS.length);
    expect(screen.getByTestId('report-admin-only')).toHaveTextContent(
      'The score distribution, segments, CSAT and CES, and closed-loop figures are for admins.',
    );
    expect(screen.queryByRole('list', { name: 'Scores' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Break down by')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Closed loop' })).not.toBeInTheDocument();
    expect(requestsOf('NpsReportSegments')).toHaveLength(0);
    expect(screen.getByText('Acme Support · signed in as sales rep')).toBeInTheDocument();
  });

  it('says when the session has expired', async () => {
    api = installFakeApi(() => failing('UNAUTHENTICATED', 'Token expired', 401));
    render(
      <NpsDeskProvider apiUrl="/graphql" token="old-token">
        <NpsReportPage initialSettings={SETTINGS} />
      </NpsDeskProvider>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Session expired or invalid token');
    expect(alert).toHaveTextContent('Error code: UNAUTHENTICATED');
  });
});

describe('NpsReportPage: in Simplified Chinese', () => {
  it('successful-chinese-report-shows-chinese-headings-labels-dates-and-numbers', async () => {
    // 1200 promoters, 300 passives and 500 detractors: +35 over 2,000 responses.
    const overall = figure(1200, 300, 500);
    renderReport({ report: () => ({ body: { data: reportData({ overall, ces: true }) } }) }, SETTINGS, 'zh-CN');
    expect(screen.getByRole('status')).toHaveTextContent('正在加载报告…');
    const ready = await findReady();

    expect(ready).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('净推荐值 (NPS) 报告');
    expect(screen.getByText('Acme Support · 当前身份：管理员')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: '报告设置' });
    expect(within(form).getByLabelText('开始日期')).toHaveValue('2026-01-01');
    expect(within(form).getByLabelText('结束日期')).toHaveValue('2026-06-15');
    expect(within(form).getByRole('group', { name: '时间粒度' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '月' })).toBeChecked();
    expect(within(form).getByLabelText('时区')).toHaveValue('Europe/Paris');
    expect(screen.getByText('2026年1月1日至2026年6月15日，Europe/Paris')).toBeInTheDocument();

    const headline = screen.getByRole('region', { name: '总体净推荐值' });
    expect(within(headline).getByTestId('report-overall-nps')).toHaveTextContent('+35');
    expect(headline).toHaveTextContent('2,000 条回复 · 95% 误差范围 (Wald)');
    expect(headline).toHaveTextContent(/调整 Wald 95%：\+35 ±\d+/);
    expect(headline).toHaveTextContent('推荐者 (9–10)1,200 60%');
    expect(headline).toHaveTextContent('贬损者 (0–6)500 25%');

    const chart = screen.getByRole('img', {
      name: /^按月统计的净推荐值，从2026年1月到2026年6月；6 个周期，其中 5 个有回复；/,
    });
    expect(chart).toHaveAccessibleName(/；1 处显著变化；下表列出了每个周期$/);
    const buckets = chart.querySelectorAll('[data-testid="trend-bucket"]');
    expect(buckets[1]?.querySelector('title')).toHaveTextContent('2026年2月：没有回复');
    expect(buckets[4]?.querySelector('title')).toHaveTextContent(
      /^2026年5月：NPS \+60 ±13（95% Wald；调整 Wald \+58 ±\d+），100 条回复；较上一月显著上升$/,
    );
    expect(buckets[0]).toHaveTextContent('26年1月');
    expect(screen.getByRole('list', { name: '图例' })).toHaveTextContent('95% 误差范围 (Wald)');
    const rows = within(screen.getByTestId('trend-table')).getAllByRole('row').slice(1);
    expect(rows[2]).toHaveTextContent('样本不足');
    expect(rows[4]).toHaveTextContent('显著上升');
    expect(rows[5]).toHaveTextContent('2026年6月（不完整）');

    expect(within(screen.getByRole('list', { name: '评分' })).getAllByRole('listitem')[10]).toHaveTextContent(
      '10 分：87 个回答（29%）',
    );

    const table = await screen.findByRole('table', { name: '各套餐的净推荐值' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['套餐', '回复数', '推荐者', '被动者', '贬损者', 'NPS（95% 误差范围，Wald）', '备注']);
    const [, enterprise, , none] = within(table).getAllByRole('row');
    expect(enterprise).toHaveTextContent('与其余显著不同');
    expect(within(none!).getByRole('rowheader')).toHaveTextContent('无套餐');
    expect(none).toHaveTextContent('样本不足');
    expect(screen.getByTestId('segment-range')).toHaveTextContent('第 1–3 个细分，共 3 个');
    expect(screen.getByLabelText('细分维度')).toHaveDisplayValue('套餐');

    const loop = screen.getByRole('region', { name: '闭环' });
    expect(loop).toHaveTextContent('贬损者挽回率26%');
    expect(within(loop).getByText('关闭用时中位数').nextElementSibling).toHaveTextContent('30.5 小时');
    const satisfaction = screen.getByRole('region', { name: 'CSAT 和 CES' });
    expect(satisfaction).toHaveTextContent('78% 正面（前两档） · 10% 负面');
    expect(satisfaction).toHaveTextContent('4.2 / 5 （40 个回答）');
    expect(satisfaction).toHaveTextContent('客户费力度 (CES)5.3 / 7 （12 个回答）');
  });

  it('failing-chinese-settings-are-flagged-in-chinese-and-not-sent', async () => {
    renderReport({}, SETTINGS, 'zh-CN');
    await findReady();

    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2025-12-31' } });

    expect(await screen.findByTestId('nps-report-invalid')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“结束日期”不能早于“开始日期”。');
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2036-06-15' } });
    expect(screen.getByRole('alert')).toHaveTextContent('一份报告最多涵盖 3,660 天。');
    expect(reportRequests()).toHaveLength(1);
  });

  it('failing-chinese-report-error-says-what-failed-in-chinese', async () => {
    renderReport({ report: () => ({ status: 503, body: 'Service Unavailable' }) }, SETTINGS, 'zh-CN');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载报告');
    expect(alert).toHaveTextContent('错误代码：HTTP_503');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('successful-sales-rep-is-told-in-chinese-what-is-for-admins', async () => {
    renderReport({ role: 'SALES' }, SETTINGS, 'zh-CN');
    await findReady();

    expect(screen.getByTestId('report-admin-only')).toHaveTextContent('更多数据仅供管理员查看');
    expect(screen.getByText('Acme Support · 当前身份：销售代表')).toBeInTheDocument();
  });
});
