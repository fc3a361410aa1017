// What the report page asks for: its controls' values, their defaults and the checks the API
// would make (so an impossible range never reaches the API), as plain functions.
import type { NpsReportInput, ReportGranularity, ReportSegmentDimension } from '../gql/graphql';

/** The values of the report page's controls. */
export interface ReportSettings {
  /** First local day, `YYYY-MM-DD`. */
  from: string;
  /** Last local day (included), `YYYY-MM-DD`. */
  to: string;
  granularity: ReportGranularity;
  /** IANA time zone whose local midnights bound the days and buckets. */
  timeZone: string;
}

/** The API's limits (see `NpsReportInput`): a range of at most 3660 days, and 366 days by DAY. */
export const MAX_RANGE_DAYS = 3660;
export const MAX_DAY_BUCKETS = 366;

export const GRANULARITIES: readonly { value: ReportGranularity; label: string }[] = [
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
  { value: 'QUARTER', label: 'Quarter' },
];

export const SEGMENT_DIMENSIONS: readonly { value: ReportSegmentDimension; label: string }[] = [
  { value: 'PLAN', label: 'Plan' },
  { value: 'REGION', label: 'Region' },
  { value: 'CHANNEL', label: 'Channel' },
  { value: 'CAMPAIGN', label: 'Campaign' },
  { value: 'TAG', label: 'Tag' },
  { value: 'AGENT', label: 'Agent' },
  { value: 'TEAM', label: 'Team' },
];

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` calendar date, or null for anything else (2026-02-30 included). */
function utcDayOf(date: string): number | null {
  const match = LOCAL_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time;
}

export function isCalendarDate(date: string): boolean {
  return utcDayOf(date) !== null;
}

/** Days from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function daysInRange(from: string, to: string): number {
  const start = utcDayOf(from);
  const end = utcDayOf(to);
  if (start === null || end === null) return 0;
  return Math.round((end - start) / DAY_MS) + 1;
}

/** The time zone of the browser (the person's own), falling back to UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The calendar date `instant` falls on in `timeZone`, `YYYY-MM-DD`. */
export function localDateIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/**
 * Twelve months by month up to today in the browser's time zone: the first bucket is a
 * whole month, the last one ends today.
 */
export function defaultReportSettings(now: Date = new Date(), timeZone: string = browserTimeZone()): ReportSettings {
  const to = localDateIn(now, timeZone);
  const [year, month] = to.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - 11, 1));
  const from = first.toISOString().slice(0, 10);
  return { from, to, granularity: 'MONTH', timeZone };
}

export interface SettingsProblem {
  field: 'from' | 'to' | 'granularity' | 'timeZone';
  message: string;
}

/** Why the API would refuse these settings, or null when they make a report. */
export function settingsProblem({ from, to, granularity, timeZone }: ReportSettings): SettingsProblem | null {
  if (!isCalendarDate(from)) return { field: 'from', message: 'Pick the first day of the range.' };
  if (!isCalendarDate(to)) return { field: 'to', message: 'Pick the last day of the range.' };
  const days = daysInRange(from, to);
  if (days < 1) return { field: 'to', message: '“To” must not be before “From”.' };
  if (days > MAX_RANGE_DAYS) return { field: 'to', message: `A report covers at most ${MAX_RANGE_DAYS} days.` };
  if (granularity === 'DAY' && days > MAX_DAY_BUCKETS) {
    return {
      field: 'granularity',
      message: `By day, a report covers at most ${MAX_DAY_BUCKETS} days: pick Week or a shorter range.`,
    };
  }
  if (!timeZone) return { field: 'timeZone', message: 'Pick a time zone.' };
  return null;
}

/** Every IANA zone this browser knows, UTC and `current` included, sorted. */
export function timeZoneOptions(current: string): string[] {
  let known: string[] = [];
  try {
    known = Intl.supportedValuesOf('timeZone');
  } catch {
    // An old browser: the current zone and UTC are still offered.
  }
  return [...new Set([...known, 'UTC', current])].sort((a, b) => a.localeCompare(b));
}

/** The `NpsReportInput` of the settings, broken down by `segmentBy` when given. */
export function reportInput(settings: ReportSettings, segmentBy?: ReportSegmentDimension): NpsReportInput {
  const { from, to, granularity, timeZone } = settings;
  return { from, to, granularity, timeZone, ...(segmentBy ? { segmentBy } : {}) };
}
