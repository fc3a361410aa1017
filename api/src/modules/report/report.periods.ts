import { DateTime, IANAZone } from 'luxon';
import { SLOT_MS } from './report.keys';

// Bucket boundaries of a report: local midnights in an IANA time zone, computed by luxon
// (DST and half-hour zones included). Pure functions, no I/O.

export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER';

const UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' } as const;

export interface Period {
  /** Local date the calendar period starts on (a Monday for weeks), `YYYY-MM-DD`. */
  periodStart: string;
  /** First instant counted (inclusive). */
  start: Date;
  /** First instant not counted (exclusive). */
  end: Date;
  /** The period is cut by the report's range (its first or last one). */
  partial: boolean;
}

export interface ReportRange {
  start: Date;
  end: Date;
  periods: Period[];
}

export function isKnownTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function parseLocalDate(value: string, zone: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = DateTime.fromISO(value, { zone });
  return date.isValid ? date.startOf('day') : null;
}

/** Number of local days from `from` to `to`, both included (negative when `to` is earlier). */
export function daysInRange(from: string, to: string): number {
  const first = DateTime.fromISO(from, { zone: 'UTC' });
  const last = DateTime.fromISO(to, { zone: 'UTC' });
  return Math.round(last.diff(first, 'days').days) + 1;
}

/**
 * The report's range, [local midnight starting `from`, local midnight after `to`), cut into
 * calendar periods of the granularity (weeks start on Monday, ISO 8601).
 */
export function reportRange(from: string, to: string, granularity: Granularity, zone: string): ReportRange {
  const first = parseLocalDate(from, zone);
  const last = parseLocalDate(to, zone);
  if (!first || !last) throw new RangeError(`Invalid local date range ${from}..${to} in ${zone}`);
  const start = first;
  const end = last.plus({ days: 1 }).startOf('day');
  const unit = UNIT[granularity];
  const periods: Period[] = [];
  let periodStart = start.startOf(unit);
  while (periodStart < end) {
    const periodEnd = periodStart.plus({ [`${unit}s`]: 1 }).startOf(unit);
    const from = periodStart < start ? start : periodStart;
    const to = periodEnd > end ? end : periodEnd;
    periods.push({
      periodStart: periodStart.toISODate() ?? '',
      start: from.toJSDate(),
      end: to.toJSDate(),
      partial: periodStart < start || periodEnd > end,
    });
    periodStart = periodEnd;
  }
  return { start: start.toJSDate(), end: end.toJSDate(), periods };
}

/**
 * The first boundary that is not on a UTC quarter hour, or null. Every offset in use today
 * is a whole number of quarter hours; historical local mean times (before about 1970 in
 * some zones) are not, and counts cannot be split finer than a quarter hour.
 */
export function offGridBoundary(range: ReportRange): Date | null {
  const boundaries = [range.start, range.end, ...range.periods.map((period) => period.start)];
  return boundaries.find((boundary) => boundary.getTime() % SLOT_MS !== 0) ?? null;
}
