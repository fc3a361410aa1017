import { createNpsDeskI18n } from '../i18n/i18n';
import { createReportFormat } from './report-format';
import {
  daysInRange,
  defaultReportSettings,
  localDateIn,
  reportInput,
  settingsProblem,
  timeZoneOptions,
  type ReportSettings,
} from './report-settings';

const SETTINGS: ReportSettings = { from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH', timeZone: 'UTC' };

describe('report settings', () => {
  it('starts twelve months back from today in the given zone, the first month whole', () => {
    // 23:30 UTC on 15 March is already 16 March in Kolkata, still 15 March in New York.
    const now = new Date('2026-03-15T23:30:00Z');
    expect(defaultReportSettings(now, 'Asia/Kolkata')).toEqual({
      from: '2025-04-01',
      to: '2026-03-16',
      granularity: 'MONTH',
      timeZone: 'Asia/Kolkata',
    });
    expect(defaultReportSettings(now, 'America/New_York').to).toBe('2026-03-15');
    expect(defaultReportSettings(new Date('2026-01-10T12:00:00Z'), 'UTC').from).toBe('2025-02-01');
  });

  it('reads the local date of an instant', () => {
    expect(localDateIn(new Date('2026-06-30T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-01');
    expect(localDateIn(new Date('2026-06-30T22:30:00Z'), 'UTC')).toBe('2026-06-30');
  });

  it('counts the days of a range, both ends included', () => {
    expect(daysInRange('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysInRange('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInRange('2026-03-01', '2026-02-28')).toBe(0);
  });

  it.each([
    [{ from: '' }, { field: 'from', reason: 'noFrom' }],
    [{ from: '2026-02-30' }, { field: 'from', reason: 'noFrom' }],
    [{ to: '' }, { field: 'to', reason: 'noTo' }],
    [{ to: '2025-12-31' }, { field: 'to', reason: 'toBeforeFrom' }],
    [{ to: '2036-01-09' }, { field: 'to', reason: 'rangeTooLong', maxDays: 3660 }],
    [
      { granularity: 'DAY', to: '2027-01-02' },
      { field: 'granularity', reason: 'tooManyDays', maxDays: 366 },
    ],
    [{ timeZone: '' }, { field: 'timeZone', reason: 'noTimeZone' }],
  ] as const)('refuses %j', (change, problem) => {
    expect(settingsProblem({ ...SETTINGS, ...change })).toEqual(problem);
  });

  it('accepts the limits themselves', () => {
    expect(settingsProblem(SETTINGS)).toBeNull();
    expect(settingsProblem({ ...SETTINGS, granularity: 'DAY', to: '2026-12-31' })).toBeNull();
    expect(settingsProblem({ ...SETTINGS, to: '2036-01-08' })).toBeNull();
  });

  it('offers every zone the runtime knows, UTC and the current one included', () => {
    const zones = timeZoneOptions('Mars/Olympus_Mons');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Paris');
    expect(zones).toContain('Mars/Olympus_Mons');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('makes the API input, with the breakdown when asked', () => {
    expect(reportInput(SETTINGS)).toEqual(SETTINGS);
    expect(reportInput(SETTINGS, 'TAG')).toEqual({ ...SETTINGS, segmentBy: 'TAG' });
  });
});

describe('report formats', () => {
  const english = createReportFormat(createNpsDeskI18n('en'));
  const chinese = createReportFormat(createNpsDeskI18n('zh-CN'));

  it('rounds NPS to whole points with a sign, never "-0"', () => {
    expect(english.nps(40)).toBe('+40');
    expect(english.nps(25.08)).toBe('+25');
    expect(english.nps(-12.5)).toBe('-12');
    expect(english.nps(-0.4)).toBe('0');
    expect(english.nps(0)).toBe('0');
    expect(english.nps(null)).toBe('—');
  });

  it('writes margins as ± whole points', () => {
    expect(english.margin(12.49)).toBe('±12');
    expect(english.margin(0)).toBe('±0');
    expect(english.margin(null)).toBe('');
  });

  it('names periods by granularity, from the local date alone', () => {
    expect(english.period('2026-04-01', 'QUARTER')).toBe('Q2 2026');
    expect(english.period('2026-03-01', 'MONTH')).toBe('Mar 2026');
    expect(english.period('2026-03-02', 'WEEK')).toBe('Week of 2 Mar 2026');
    expect(english.period('2026-12-31', 'DAY')).toBe('31 Dec 2026');
    expect(english.periodShort('2026-10-01', 'QUARTER')).toBe('Q4 26');
    expect(english.periodShort('2026-03-01', 'MONTH')).toBe('Mar 26');
    expect(english.periodShort('2026-03-02', 'WEEK')).toBe('2 Mar');
  });

  it('successful-chinese-periods-and-dates-read-in-chinese-order', () => {
    expect(chinese.localDate('2026-01-01')).toBe('2026年1月1日');
    expect(chinese.period('2026-04-01', 'QUARTER')).toBe('2026年第2季度');
    expect(chinese.period('2026-03-01', 'MONTH')).toBe('2026年3月');
    expect(chinese.period('2026-03-02', 'WEEK')).toBe('2026年3月2日当周');
    expect(chinese.period('2026-12-31', 'DAY')).toBe('2026年12月31日');
    expect(chinese.periodShort('2026-10-01', 'QUARTER')).toBe('26年Q4');
    expect(chinese.periodShort('2026-03-01', 'MONTH')).toBe('26年3月');
    expect(chinese.periodShort('2026-03-02', 'DAY')).toBe('3月2日');
  });

  it('successful-counts-and-durations-read-in-each-language', () => {
    expect(english.responses(1)).toBe('1 response');
    expect(english.responses(1234)).toBe('1,234 responses');
    expect(chinese.responses(1234)).toBe('1,234 条回复');
    expect(english.answers(1)).toBe('1 answer');
    expect(chinese.answers(40)).toBe('40 个回答');
    expect(english.hours(0.5)).toBe('30 min');
    expect(english.hours(30.46)).toBe('30.5 h');
    expect(english.hours(84)).toBe('3.5 d');
    expect(chinese.hours(30.46)).toBe('30.5 小时');
    expect(chinese.hours(84)).toBe('3.5 天');
    expect(english.hours(null)).toBe('—');
  });

  it('writes shares of an empty whole as a dash', () => {
    expect(english.percentOf(1, 3)).toBe('33%');
    expect(english.percentOf(0, 0)).toBe('—');
  });
});
