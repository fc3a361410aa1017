import { categoryOfScore } from './category';

export const LOW_SAMPLE_THRESHOLD = 30;
/** Two-sided 95% normal quantile. */
export const Z_95 = 1.96;

export interface CategoryCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * NPS of a set of responses with its 95% margin of error, in NPS points (-100..100),
 * unrounded. Every figure is null for an empty set.
 */
export interface NpsFigure {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  /** Wald interval half-width. */
  marginOfError: number | null;
  /** NPS after adding 3/4 of a promoter and 3/4 of a detractor to 3 more responses. */
  adjustedNps: number | null;
  /** Adjusted-Wald half-width: unlike Wald's, not 0 when every answer is in one category. */
  adjustedMarginOfError: number | null;
  /** Fewer than LOW_SAMPLE_THRESHOLD responses: the figure is too noisy to act on alone. */
  lowSample: boolean;
}

/** Counts each category. Throws InvalidScoreError on the first score that is not an integer 0..10. */
export function countCategories(scores: Iterable<number>): CategoryCounts {
  const counts: CategoryCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const category = categoryOfScore(score);
    if (category === 'PROMOTER') counts.promoters += 1;
    else if (category === 'PASSIVE') counts.passives += 1;
    else counts.detractors += 1;
  }
  return counts;
}

/** NPS and its 95% margin of error from (possibly fractional, for adjusted-Wald) counts. */
function npsWithMargin(promoters: number, detractors: number, n: number): { nps: number; marginOfError: number } {
  const p = promoters / n;
  const d = detractors / n;
  // Mathematically never negative; the clamp keeps float rounding at p or d = 1 out of sqrt.
  const variance = Math.max(0, (p + d - (p - d) ** 2) / n);
  return {
    // From the counts rather than p - d, so that 600 and 200 of 1000 gives exactly 40.
    nps: (100 * (promoters - detractors)) / n,
    marginOfError: Z_95 * Math.sqrt(variance) * 100,
  };
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number from 0, got ${value}`);
  }
}

/** NPS = %promoters - %detractors, with Wald and adjusted-Wald 95% margins of error. */
export function npsFigure(counts: CategoryCounts): NpsFigure {
  const { promoters, passives, detractors } = counts;
  assertCount('promoters', promoters);
  assertCount('passives', passives);
  assertCount('detractors', detractors);
  const responses = promoters + passives + detractors;
  const base = { responses, promoters, passives, detractors, lowSample: responses < LOW_SAMPLE_THRESHOLD };
  if (responses === 0) {
    return { ...base, nps: null, marginOfError: null, adjustedNps: null, adjustedMarginOfError: null };
  }
  const wald = npsWithMargin(promoters, detractors, responses);
  const adjusted = npsWithMargin(promoters + 0.75, detractors + 0.75, responses + 3);
  return {
    ...base,
    nps: wald.nps,
    marginOfError: wald.marginOfError,
    adjustedNps: adjusted.nps,
    adjustedMarginOfError: adjusted.marginOfError,
  };
}

function separate(
  aCentre: number | null,
  aMargin: number | null,
  bCentre: number | null,
  bMargin: number | null,
): boolean {
  if (aCentre === null || aMargin === null || bCentre === null || bMargin === null) return false;
  // Touching intervals overlap.
  return aCentre - aMargin > bCentre + bMargin || bCentre - bMargin > aCentre + aMargin;
}

/**
 * True only when both figures have responses and their 95% Wald intervals do not overlap.
 * The adjusted-Wald intervals must not overlap either: on tiny or one-sided samples the
 * Wald margin collapses to 0 (a single 10 against a single 8 would "differ"), and the
 * adjusted interval is the standard fix. On large samples the two agree.
 */
export function differSignificantly(a: NpsFigure, b: NpsFigure): boolean {
  if (a.responses === 0 || b.responses === 0) return false;
  return (
    separate(a.nps, a.marginOfError, b.nps, b.marginOfError) &&
    separate(a.adjustedNps, a.adjustedMarginOfError, b.adjustedNps, b.adjustedMarginOfError)
  );
}
