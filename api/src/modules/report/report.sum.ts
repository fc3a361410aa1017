import { DAY_MS } from '../../loyalty';
import {
  forEachSeries,
  placementsInSeries,
  slotField,
  slotOf,
  withoutZeros,
  type Counts,
  type Dimension,
  type SegmentSource,
} from './report.keys';
import type { DayCountsDoc, MonthCountsDoc } from './report.model';

// Report counts summed in memory: what the write path's `$inc`s would add to each counts
// document, nested as the documents hold them (`days.dNN.<counter>`, `slots.qNN.<counter>`).
// The rebuild sums a workspace's aggregates with it, and an import its batches' counts.
//
// Answers are summed per UTC day and series first (numbers and a few short strings as keys;
// building every document id of every answer cost more than the rest of an import's
// counting), and placed in their documents once per day and series.

/** Counters in maps: plain objects given counters in many orders made the sum several times slower. */
type CounterSum = Map<string, number>;

interface DaySum {
  /** The day's counts, for the series' month document. */
  total: CounterSum;
  /** By quarter-hour slot, for the series' day document. */
  slots: Map<number, CounterSum>;
}

export class ReportCountsSum {
  /** UTC day number, then dimension, then value. */
  private readonly sums = new Map<number, Map<Dimension, Map<string | null, DaySum>>>();
  private placed: { months: Map<string, MonthCountsDoc>; days: Map<string, DayCountsDoc> } | null = null;

  constructor(readonly workspaceId: string) {}

  /** Adds `counts` to every series an answer with these segments counts in, at `answeredAt`. */
  add(segments: SegmentSource, answeredAt: Date, counts: Counts): void {
    this.placed = null;
    const at = answeredAt.getTime();
    const slot = slotOf(at);
    const entries = Object.entries(counts);
    const dayNumber = Math.floor(at / DAY_MS);
    let dimensions = this.sums.get(dayNumber);
    if (!dimensions) this.sums.set(dayNumber, (dimensions = new Map()));
    const daySums = dimensions;
    forEachSeries(segments, (dimension, value) => {
      let values = daySums.get(dimension);
      if (!values) daySums.set(dimension, (values = new Map()));
      let day = values.get(value);
      if (!day) values.set(value, (day = { total: new Map(), slots: new Map() }));
      let slotCounts = day.slots.get(slot);
      if (!slotCounts) day.slots.set(slot, (slotCounts = new Map()));
      for (const [counter, amount] of entries) {
        day.total.set(counter, (day.total.get(counter) ?? 0) + amount);
        slotCounts.set(counter, (slotCounts.get(counter) ?? 0) + amount);
      }
    });
  }

  /** The month documents' counts, by document id. */
  get months(): Map<string, MonthCountsDoc> {
    return this.documents().months;
  }

  /** The day documents' counts, by document id. */
  get days(): Map<string, DayCountsDoc> {
    return this.documents().days;
  }

  private documents() {
    if (this.placed) return this.placed;
    const months = new Map<string, MonthCountsDoc>();
    const days = new Map<string, DayCountsDoc>();
    for (const [dayNumber, dimensions] of this.sums) {
      const series = [...dimensions].flatMap(([dimension, values]) =>
        [...values].map(([value, sum]) => ({ dimension, value, sum })),
      );
      // Placed by the write path's own function: the ids and fields cannot disagree.
      const placements = placementsInSeries(this.workspaceId, series, new Date(dayNumber * DAY_MS));
      placements.forEach(({ month, day }, index) => {
        const { total, slots } = series[index]!.sum;
        let monthDoc = months.get(month._id);
        if (!monthDoc) months.set(month._id, (monthDoc = { _id: month._id, ...month.identity, days: {} }));
        monthDoc.days[month.key] = Object.fromEntries(total);
        const slotCounts: Record<string, Counts> = {};
        for (const [slot, counts] of slots) slotCounts[slotField(slot)] = Object.fromEntries(counts);
        days.set(day._id, { _id: day._id, ...day.identity, slots: slotCounts });
      });
    }
    this.placed = { months, days };
    return this.placed;
  }
}

/**
 * A document's nested counts as dotted paths (`<prefix>.<key>.<counter>`, or `<key>.<counter>`
 * without a prefix), zeros left out: the `$inc` that adds them, or counts to compare.
 */
export function flatCounts(nested: Record<string, Counts> | undefined, prefix?: string): Counts {
  const flat: Counts = {};
  for (const key in nested) {
    const counts = nested[key] ?? {};
    const path = prefix === undefined ? key : `${prefix}.${key}`;
    for (const counter in counts) flat[`${path}.${counter}`] = counts[counter]!;
  }
  return withoutZeros(flat);
}
