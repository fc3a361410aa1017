import { DAY_MS } from '../../loyalty';
import {
  addCounts,
  SLOT_MS,
  slotField,
  startOfUtcDay,
  startOfUtcMonth,
  utcDayKey,
  utcMonthKey,
  type Counts,
  type Dimension,
} from './report.keys';
import { DayCountsModel, MonthCountsModel, type DayCountsDoc, type MonthCountsDoc } from './report.model';

// The read side of reports: loads the pre-aggregated counts a range needs and adds them up.
// What is read is bounded by the range and the number of segment values, never by the
// number of raw responses: whole UTC days come from month documents, and only the UTC days
// cut by a bucket boundary (local midnight in a zone that is not UTC) need their
// quarter-hour document.

/** The counts of one series: per UTC day, and per quarter hour on the days loaded. */
export interface SeriesCounts {
  days: Map<string, Counts>;
  slots: Map<string, Record<string, Counts>>;
}

/** UTC days holding a boundary that is not a UTC midnight. */
export function edgeDays(boundaries: Date[]): string[] {
  const days = new Set<string>();
  for (const boundary of boundaries) {
    const ms = boundary.getTime();
    if (ms !== startOfUtcDay(ms)) days.add(utcDayKey(ms));
  }
  return [...days].sort();
}

/**
 * Loads the counts of a dimension over [start, end): one series (`value` given, null being
 * "not set") or every value of the dimension (`value` undefined), keyed by value.
 */
export async function loadCounts(
  workspaceId: string,
  dimension: Dimension,
  value: string | null | undefined,
  start: Date,
  end: Date,
  boundaries: Date[],
): Promise<Map<string | null, SeriesCounts>> {
  const valueFilter = value === undefined ? {} : { value };
  const slotDays = edgeDays(boundaries).map((day) => new Date(`${day}T00:00:00.000Z`));
  const [months, days] = await Promise.all([
    MonthCountsModel.find({
      workspaceId,
      dimension,
      ...valueFilter,
      month: { $gte: new Date(startOfUtcMonth(start.getTime())), $lt: end },
    })
      .lean<MonthCountsDoc[]>()
      .exec(),
    slotDays.length === 0
      ? []
      : DayCountsModel.find({ workspaceId, dimension, ...valueFilter, day: { $in: slotDays } })
          .lean<DayCountsDoc[]>()
          .exec(),
  ]);
  const byValue = new Map<string | null, SeriesCounts>();
  const seriesFor = (key: string | null) => {
    let series = byValue.get(key);
    if (!series) {
      series = { days: new Map(), slots: new Map() };
      byValue.set(key, series);
    }
    return series;
  };
  for (const doc of months) {
    const series = seriesFor(doc.value ?? null);
    const monthKey = utcMonthKey(doc.month.getTime());
    for (const [field, counts] of Object.entries(doc.days ?? {})) {
      series.days.set(`${monthKey}-${field.slice(1)}`, counts);
    }
  }
  for (const doc of days) {
    seriesFor(doc.value ?? null).slots.set(utcDayKey(doc.day.getTime()), doc.slots ?? {});
  }
  return byValue;
}

/**
 * Adds up a series over [start, end), both on quarter hours of UTC: whole UTC days from
 * the day counts, cut days slot by slot (their quarter-hour documents must be loaded).
 *
 * The work is bounded by the smaller of the range's days and the days the series has counts
 * on: a report by segment adds up every segment value over the whole range, and a sparse
 * value (one of 5,000 distinct tags, say, answered on two days) must not cost a walk over
 * 3,660 calendar days (issue 10: 5,000 tags took one report 18 s; see docs/security.md).
 */
export function countBetween(series: SeriesCounts | undefined, start: Date, end: Date): Counts {
  const total: Counts = {};
  if (!series) return total;
  const from = start.getTime();
  const to = end.getTime();
  const firstDay = startOfUtcDay(from);
  const rangeDays = Math.ceil((to - firstDay) / DAY_MS);
  const addCutDay = (dayStart: number, slots: Record<string, Counts> | undefined) => {
    if (!slots) return;
    const firstSlot = Math.max(0, (from - dayStart) / SLOT_MS);
    const endSlot = Math.min(DAY_MS, to - dayStart) / SLOT_MS;
    for (let slot = firstSlot; slot < endSlot; slot += 1) addCounts(total, slots[slotField(slot)]);
  };
  const isWhole = (dayStart: number) => from <= dayStart && dayStart + DAY_MS <= to;

  if (series.days.size + series.slots.size < rangeDays) {
    // Sparse: visit the days that have counts.
    for (const [dayKey, counts] of series.days) {
      if (isWhole(Date.parse(`${dayKey}T00:00:00.000Z`))) addCounts(total, counts);
    }
    for (const [dayKey, slots] of series.slots) {
      const dayStart = Date.parse(`${dayKey}T00:00:00.000Z`);
      if (dayStart + DAY_MS <= from || dayStart >= to || isWhole(dayStart)) continue;
      addCutDay(dayStart, slots);
    }
    return total;
  }
  for (let dayStart = firstDay; dayStart < to; dayStart += DAY_MS) {
    const dayKey = utcDayKey(dayStart);
    if (isWhole(dayStart)) addCounts(total, series.days.get(dayKey));
    else addCutDay(dayStart, series.slots.get(dayKey));
  }
  return total;
}
