import { describeValue } from './describe-value';

/** Loyalty categories of Net Promoter Score answers, worst to best (the index is CATEGORY_RANK). */
export const LOYALTY_CATEGORIES = Object.freeze(['DETRACTOR', 'PASSIVE', 'PROMOTER'] as const);
/** Loyalty category of one Net Promoter Score answer. */
export type LoyaltyCategory = (typeof LOYALTY_CATEGORIES)[number];

export const NPS_MIN = 0;
export const NPS_MAX = 10;

/** Orders categories for movement: a higher rank is a more loyal contact. */
export const CATEGORY_RANK: Readonly<Record<LoyaltyCategory, number>> = Object.freeze({
  DETRACTOR: 0,
  PASSIVE: 1,
  PROMOTER: 2,
});

/** A score outside its metric's scale. Services map it to BAD_USER_INPUT. */
export class InvalidScoreError extends Error {
  readonly score: unknown;

  constructor(
    score: unknown,
    message = `NPS score must be an integer from ${NPS_MIN} to ${NPS_MAX}, got ${describeValue(score)}`,
  ) {
    super(message);
    this.name = 'InvalidScoreError';
    this.score = score;
  }
}

/** True for the integers 0..10 only: no fractions, no numeric strings, no NaN. */
export function isValidNpsScore(score: unknown): score is number {
  return typeof score === 'number' && Number.isInteger(score) && score >= NPS_MIN && score <= NPS_MAX;
}

/** Promoter 9-10, passive 7-8, detractor 0-6. The only place a category is computed. */
export function categoryOfScore(score: number): LoyaltyCategory {
  if (!isValidNpsScore(score)) throw new InvalidScoreError(score);
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}
