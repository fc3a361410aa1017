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

/** The granularities in the order the controls offer them (their names are in the `report` translations). */
export const GRANULARITIES: readonly ReportGranularity[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER'];

/** The segment dimensions in the order the picker offers them. */
export const SEGMENT_DIMENSIONS: readonly ReportSegmentDimension[] = [
  'PLAN',
  'REGION',
  'CHANNEL',
  'CAMPAIGN',
  'TAG',
  'AGENT',
  'TEAM',
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
  /** What is wrong, named by its key in the `report` translations' `problem` section. */
  reason: 'noFrom' | 'noTo' | 'toBeforeFrom' | 'rangeTooLong' | 'tooManyDays' | 'noTimeZone';
  /** The limit a range broke, for the reasons that have one. */
  maxDays?: number;
}

/** Why the API would refuse these settings, or null when they make a report. */
export function settingsProblem({ from, to, granularity, timeZone }: ReportSettings): SettingsProblem | null {
  if (!isCalendarDate(from)) return { field: 'from', reason: 'noFrom' };
  if (!isCalendarDate(to)) return { field: 'to', reason: 'noTo' };
  const days = daysInRange(from, to);
  if (days < 1) return { field: 'to', reason: 'toBeforeFrom' };
  if (days > MAX_RANGE_DAYS) return { field: 'to', reason: 'rangeTooLong', maxDays: MAX_RANGE_DAYS };
  if (granularity === 'DAY' && days > MAX_DAY_BUCKETS) {
    return { field: 'granularity', reason: 'tooManyDays', maxDays: MAX_DAY_BUCKETS };
  }
  if (!timeZone) return { field: 'timeZone', reason: 'noTimeZone' };
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
