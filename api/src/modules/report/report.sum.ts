import { DAY_MS } from '../../loyalty';
import {
  forEachSeries,
  placementsInSeries,
  SLOT_MS,
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
// Answers are summed per UTC day and series first, with numbers for counters: building every
// document id, or an object per quarter hour, for every answer cost more than the rest of an
// import's counting. A quarter hour's counts are kept as a list of additions until the
// documents are asked for; then each document is placed and built once.

const MAX_COUNTERS = 1024;
const SLOT_FIELDS = Array.from({ length: DAY_MS / SLOT_MS }, (_, slot) => slotField(slot));

interface DaySum {
  /** By counter id: the day's counts, for the series' month document. */
  total: number[];
  /** Additions to the day document's slots: `slot * MAX_COUNTERS + counter id`, then the amount. */
  additions: number[];
}

export class ReportCountsSum {
  /** UTC day number, then dimension, then value. */
  private readonly sums = new Map<number, Map<Dimension, Map<string | null, DaySum>>>();
  private readonly counterIds = new Map<string, number>();
  private readonly counters: string[] = [];
  private placed: { months: Map<string, MonthCountsDoc>; days: Map<string, DayCountsDoc> } | null = null;

  constructor(readonly workspaceId: string) {}

  /** Adds `counts` to every series an answer with these segments counts in, at `answeredAt`. */
  add(segments: SegmentSource, answeredAt: Date, counts: Counts): void {
    this.placed = null;
    const at = answeredAt.getTime();
    const slotBase = slotOf(at) * MAX_COUNTERS;
    const ids: number[] = [];
    const amounts: number[] = [];
    for (const counter in counts) {
      ids.push(this.counterId(counter));
      amounts.push(counts[counter]!);
    }
    const dayNumber = Math.floor(at / DAY_MS);
    let dimensions = this.sums.get(dayNumber);
    if (!dimensions) this.sums.set(dayNumber, (dimensions = new Map()));
    const daySums = dimensions;
    forEachSeries(segments, (dimension, value) => {
      let values = daySums.get(dimension);
      if (!values) daySums.set(dimension, (values = new Map()));
      let day = values.get(value);
      if (!day) values.set(value, (day = { total: [], additions: [] }));
      for (let index = 0; index < ids.length; index += 1) {
        const id = ids[index]!;
        const amount = amounts[index]!;
        day.total[id] = (day.total[id] ?? 0) + amount;
        day.additions.push(slotBase + id, amount);
      }
    });
  }

  private counterId(counter: string): number {
    let id = this.counterIds.get(counter);
    if (id === undefined) {
      id = this.counters.length;
      if (id >= MAX_COUNTERS) throw new Error(`More than ${MAX_COUNTERS} report counters`);
      this.counters.push(counter);
      this.counterIds.set(counter, id);
    }
    return id;
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
        const { total, additions } = series[index]!.sum;
        let monthDoc = months.get(month._id);
        if (!monthDoc) months.set(month._id, (monthDoc = { _id: month._id, ...month.identity, days: {} }));
        const dayCounts: Counts = {};
        total.forEach((amount, id) => (dayCounts[this.counters[id]!] = amount));
        monthDoc.days[month.key] = dayCounts;
        const slotCounts: Record<string, Counts> = {};
        for (let at = 0; at < additions.length; at += 2) {
          const key = additions[at]!;
          const counts = (slotCounts[SLOT_FIELDS[Math.floor(key / MAX_COUNTERS)]!] ??= {});
          const counter = this.counters[key % MAX_COUNTERS]!;
          counts[counter] = (counts[counter] ?? 0) + additions[at + 1]!;
        }
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
