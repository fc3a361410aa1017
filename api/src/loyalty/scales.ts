import { InvalidScoreError, isValidNpsScore, NPS_MAX, NPS_MIN } from './category';
import { describeValue } from './describe-value';

export const SURVEY_METRICS = Object.freeze(['NPS', 'CSAT', 'CES'] as const);
/** Which survey question a response answers. */
export type SurveyMetric = (typeof SURVEY_METRICS)[number];

/** Highest score of each scale a metric may use; every scale but NPS's starts at 1. */
export const ALLOWED_SCALES: Readonly<Record<SurveyMetric, readonly number[]>> = Object.freeze({
  NPS: Object.freeze([10]),
  CSAT: Object.freeze([3, 5, 7, 10]),
  CES: Object.freeze([5, 7]),
});

/** Scale used when a response does not say. */
export const DEFAULT_SCALE_MAX: Readonly<Record<SurveyMetric, number>> = Object.freeze({
  NPS: 10,
  CSAT: 5,
  CES: 7,
});

export function isSurveyMetric(value: unknown): value is SurveyMetric {
  return typeof value === 'string' && (SURVEY_METRICS as readonly string[]).includes(value);
}

function listInWords(values: readonly number[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/**
 * Why a score cannot be recorded, or null when it can. The message names the field and
 * the allowed range, so it can go back to the API client as is.
 * A missing scaleMax (null or undefined) means the metric's default scale.
 */
export function scoreProblem(metric: SurveyMetric, score: unknown, scaleMax?: number | null): string | null {
  // Callers outside TypeScript (webhooks, CSV import) can send anything.
  if (!isSurveyMetric(metric)) {
    return `metric must be one of ${SURVEY_METRICS.join(', ')}, got ${describeValue(metric)}`;
  }
  const scaleGiven = scaleMax !== null && scaleMax !== undefined;
  if (metric === 'NPS') {
    if (scaleGiven && scaleMax !== NPS_MAX) {
      return `NPS scaleMax must be ${listInWords(ALLOWED_SCALES.NPS)} or omitted, got ${describeValue(scaleMax)}`;
    }
    return isValidNpsScore(score)
      ? null
      : `NPS score must be an integer from ${NPS_MIN} to ${NPS_MAX}, got ${describeValue(score)}`;
  }
  const allowed = ALLOWED_SCALES[metric];
  if (scaleGiven && !allowed.includes(scaleMax)) {
    return `${metric} scaleMax must be ${listInWords(allowed)}, got ${describeValue(scaleMax)}`;
  }
  const max = scaleGiven ? scaleMax : DEFAULT_SCALE_MAX[metric];
  const valid = typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= max;
  return valid ? null : `${metric} score must be an integer from 1 to ${max}, got ${describeValue(score)}`;
}

// Top-two-box / bottom-two-box: the two best (worst) answers of the scale count as
// positive (negative). A 3-point scale has only one box at each end: taking two would
// make its neutral middle answer count as both.
function boxSize(scaleMax: number): number {
  return scaleMax === 3 ? 1 : 2;
}

function assertValidCsat(score: number, scaleMax: number): void {
  const problem = scoreProblem('CSAT', score, scaleMax);
  if (problem) throw new InvalidScoreError(score, problem);
}

/** Bottom-two-box CSAT answer (bottom one on a 3-point scale). Throws InvalidScoreError on a bad score or scale. */
export function isNegativeCsat(score: number, scaleMax: number): boolean {
  assertValidCsat(score, scaleMax);
  return score <= boxSize(scaleMax);
}

/** Top-two-box CSAT answer (top one on a 3-point scale). Throws InvalidScoreError on a bad score or scale. */
export function isPositiveCsat(score: number, scaleMax: number): boolean {
  assertValidCsat(score, scaleMax);
  return score > scaleMax - boxSize(scaleMax);
}
