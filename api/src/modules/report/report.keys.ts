import { DAY_MS, type LoyaltyCategory, type SurveyMetric } from '../../loyalty';

// How pre-aggregated report counts are addressed. Pure functions, no I/O.
//
// Grain: quarter-hour UTC slots. Every bucket boundary is a local midnight in some IANA
// zone, and every offset in use today is a whole number of quarter hours (Asia/Kolkata
// +05:30, Asia/Kathmandu +05:45, Pacific/Chatham +12:45), so any local day, week, month or
// quarter is an exact union of whole UTC days and quarter-hour slots. Counts are kept twice:
// per UTC day (inside one document per UTC month) for the interior of a bucket, and per
// quarter hour (inside one document per UTC day) for the partial UTC days at its edges.

export const SLOT_MS = 15 * 60 * 1000;

/** Segment dimensions a report can break down by, as stored. */
export const SEGMENT_DIMENSIONS = ['plan', 'region', 'channel', 'campaign', 'tag', 'agent', 'team'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];
/** `all` is the workspace-wide series every response counts in. */
export type Dimension = 'all' | SegmentDimension;

/** The fields of a response that segments are read from (values as they were when answered). */
export interface SegmentSource {
  plan?: string | null;
  region?: string | null;
  channel?: string | null;
  campaign?: string | null;
  agentId?: string | null;
  team?: string | null;
  tags?: readonly string[] | null;
}

/** A projection of the fields `SegmentSource` reads, for queries that place answers. */
export const SEGMENT_SOURCE_FIELDS = {
  plan: 1,
  region: 1,
  channel: 1,
  campaign: 1,
  agentId: 1,
  team: 1,
  tags: 1,
} as const;

export interface SeriesKey {
  dimension: Dimension;
  /** null: responses without a value for the dimension ("not set"). */
  value: string | null;
}

/**
 * Every series a response counts in: the workspace-wide one, and one per segment dimension
 * (the "not set" series when the response has no value; one per tag for tags).
 */
export function seriesOf(response: SegmentSource): SeriesKey[] {
  const keys: SeriesKey[] = [];
  forEachSeries(response, (dimension, value) => keys.push({ dimension, value }));
  return keys;
}

/** `seriesOf` without building its list, for code that places many answers. */
export function forEachSeries(
  response: SegmentSource,
  visit: (dimension: Dimension, value: string | null) => void,
): void {
  visit('all', null);
  visit('plan', response.plan ?? null);
  visit('region', response.region ?? null);
  visit('channel', response.channel ?? null);
  visit('campaign', response.campaign ?? null);
  visit('agent', response.agentId ?? null);
  visit('team', response.team ?? null);
  const tags = response.tags ?? [];
  if (tags.length === 0) visit('tag', null);
  // Each tag once, however often it is given.
  tags.forEach((tag, index) => {
    if (tags.indexOf(tag) === index) visit('tag', tag);
  });
}

/** Counters: `n<score>` for NPS, `c<scale>_<score>` for CSAT, `e<scale>_<score>` for CES,
 * and for detractor answers `ra` (answered NPS again) and `rr` (next answer passive or promoter). */
export type Counts = Record<string, number>;

export const RECOVERY_ANSWERED_AGAIN = 'ra';
export const RECOVERY_RECOVERED = 'rr';

export function counterKeyOf(response: { metric: SurveyMetric; score: number; scaleMax: number }): string {
  if (response.metric === 'NPS') return `n${response.score}`;
  return `${response.metric === 'CSAT' ? 'c' : 'e'}${response.scaleMax}_${response.score}`;
}

export interface RecoveryState {
  /** The contact's next NPS answer after a detractor answer, if any. */
  nextCategory: LoyaltyCategory | null;
  hasNext: boolean;
}

/** The recovery counters one detractor answer contributes, given its next answer. */
export function recoveryCounts(state: RecoveryState): Counts {
  if (!state.hasNext) return {};
  return {
    [RECOVERY_ANSWERED_AGAIN]: 1,
    ...(state.nextCategory !== null && state.nextCategory !== 'DETRACTOR' ? { [RECOVERY_RECOVERED]: 1 } : {}),
  };
}

/** A contact's answers in the order snapshots and recovery links use: answered-at time, ties by id. */
export function compareAnswerOrder(a: { time: number; hex: string }, b: { time: number; hex: string }): number {
  // Hex order is id order.
  return a.time - b.time || (a.hex < b.hex ? -1 : a.hex > b.hex ? 1 : 0);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of the UTC day containing `ms`. */
export function utcDayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM` of the UTC month containing `ms`. */
export function utcMonthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function startOfUtcMonth(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Field of a UTC day inside its month document: `d01`..`d31`. */
function dayField(ms: number): string {
  return `d${pad2(new Date(ms).getUTCDate())}`;
}

/** Field of a quarter-hour slot inside its day document: `q00`..`q95`. */
export function slotField(slot: number): string {
  return `q${pad2(slot)}`;
}

/** The quarter-hour slot of its UTC day (0-95) that `ms` falls in. */
export function slotOf(ms: number): number {
  return Math.floor((ms - startOfUtcDay(ms)) / SLOT_MS);
}

// Values are free text: encoded so that no value can forge another document's id.
function valueKey(value: string | null): string {
  return value === null ? '' : `v${encodeURIComponent(value)}`;
}

function seriesDocId(workspaceId: string, series: SeriesKey, periodKey: string): string {
  return `${workspaceId}|${series.dimension}|${valueKey(series.value)}|${periodKey}`;
}

export interface SeriesIdentity {
  workspaceId: string;
  dimension: Dimension;
  value: string | null;
}

/** A document counts go to (`identity`: every field but the counts), and the field they go under. */
export interface DocumentPlacement<Identity extends SeriesIdentity> {
  _id: string;
  identity: Identity;
  /** `days.dNN` or `slots.qNN` */
  path: string;
  /** `dNN` or `qNN`: the path's last part, under the document's `days` or `slots`. */
  key: string;
}

/**
 * Where one series counts a response: under its UTC day in the series' month document
 * (`days.dNN`), and under its quarter hour in the series' day document (`slots.qNN`).
 */
export interface Placement {
  month: DocumentPlacement<SeriesIdentity & { month: Date }>;
  day: DocumentPlacement<SeriesIdentity & { day: Date }>;
}

/**
 * The placements of a response answered at `answeredAt`, one per series it counts in.
 * The write path and the rebuild both place counts by it, so they cannot disagree.
 */
export function placementsOf(workspaceId: string, segments: SegmentSource, answeredAt: Date): Placement[] {
  return placementsInSeries(workspaceId, seriesOf(segments), answeredAt);
}

/** The placements of a response answered at `answeredAt` in the given series. */
export function placementsInSeries(workspaceId: string, series: SeriesKey[], answeredAt: Date): Placement[] {
  const at = answeredAt.getTime();
  const monthKey = utcMonthKey(at);
  const dayKey = utcDayKey(at);
  const month = new Date(startOfUtcMonth(at));
  const day = new Date(startOfUtcDay(at));
  const dayKeyInMonth = dayField(at);
  const slotKey = slotField(slotOf(at));
  const dayPath = `days.${dayKeyInMonth}`;
  const slotPath = `slots.${slotKey}`;
  return series.map(({ dimension, value }) => {
    const identity = { workspaceId, dimension, value };
    return {
      month: {
        _id: seriesDocId(workspaceId, identity, monthKey),
        identity: { ...identity, month },
        path: dayPath,
        key: dayKeyInMonth,
      },
      day: {
        _id: seriesDocId(workspaceId, identity, dayKey),
        identity: { ...identity, day },
        path: slotPath,
        key: slotKey,
      },
    };
  });
}

/** Id of the recovery state of one detractor answer. */
export function recoveryLinkId(workspaceId: string, responseIdHex: string): string {
  return `${workspaceId}|${responseIdHex}`;
}

export function addCounts(target: Counts, source: Counts | undefined, sign = 1): Counts {
  if (!source) return target;
  for (const [key, value] of Object.entries(source)) {
    if (typeof value !== 'number') continue;
    target[key] = (target[key] ?? 0) + sign * value;
  }
  return target;
}

/** Drops zero counters so that two equal tallies compare equal whatever their history. */
export function withoutZeros(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
}
