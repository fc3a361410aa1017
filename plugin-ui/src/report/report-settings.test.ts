import { formatMargin, formatNps, formatPeriod, formatPeriodShort, formatPercentOf } from './report-format';
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
    [{ from: '' }, 'from', 'Pick the first day of the range.'],
    [{ from: '2026-02-30' }, 'from', 'Pick the first day of the range.'],
    [{ to: '' }, 'to', 'Pick the last day of the range.'],
    [{ to: '2025-12-31' }, 'to', '“To” must not be before “From”.'],
    [{ to: '2036-01-09' }, 'to', 'A report covers at most 3660 days.'],
    [{ granularity: 'DAY', to: '2027-01-02' }, 'granularity', 'By day, a report covers at most 366 days'],
    [{ timeZone: '' }, 'timeZone', 'Pick a time zone.'],
  ] as const)('refuses %j', (change, field, message) => {
    const problem = settingsProblem({ ...SETTINGS, ...change });
    expect(problem?.field).toBe(field);
    expect(problem?.message).toContain(message);
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
  it('rounds NPS to whole points with a sign, never "-0"', () => {
    expect(formatNps(40)).toBe('+40');
    expect(formatNps(25.08)).toBe('+25');
    expect(formatNps(-12.5)).toBe('-12');
    expect(formatNps(-0.4)).toBe('0');
    expect(formatNps(0)).toBe('0');
    expect(formatNps(null)).toBe('—');
  });

  it('writes margins as ± whole points', () => {
    expect(formatMargin(12.49)).toBe('±12');
    expect(formatMargin(0)).toBe('±0');
    expect(formatMargin(null)).toBe('');
  });

  it('names periods by granularity, from the local date alone', () => {
    expect(formatPeriod('2026-04-01', 'QUARTER')).toBe('Q2 2026');
    expect(formatPeriod('2026-03-01', 'MONTH')).toBe('Mar 2026');
    expect(formatPeriod('2026-03-02', 'WEEK')).toBe('Week of 2 Mar 2026');
    expect(formatPeriod('2026-12-31', 'DAY')).toBe('31 Dec 2026');
    expect(formatPeriodShort('2026-10-01', 'QUARTER')).toBe('Q4 26');
    expect(formatPeriodShort('2026-03-01', 'MONTH')).toBe('Mar 26');
    expect(formatPeriodShort('2026-03-02', 'WEEK')).toBe('2 Mar');
  });

  it('writes shares of an empty whole as a dash', () => {
    expect(formatPercentOf(1, 3)).toBe('33%');
    expect(formatPercentOf(0, 0)).toBe('—');
  });
});
