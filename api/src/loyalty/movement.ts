import { CATEGORY_RANK, type LoyaltyCategory } from './category';

export const LOYALTY_MOVEMENTS = Object.freeze(['NONE', 'STEADY', 'RISE', 'FALL'] as const);
/** How a contact's category changed between their two latest NPS answers. */
export type LoyaltyMovement = (typeof LOYALTY_MOVEMENTS)[number];

/** NONE until there are two answers to compare; a FALL is a churn risk, a RISE a recovery. */
export function movementBetween(previous: LoyaltyCategory | null, latest: LoyaltyCategory | null): LoyaltyMovement {
  if (previous === null || latest === null) return 'NONE';
  const change = CATEGORY_RANK[latest] - CATEGORY_RANK[previous];
  if (change > 0) return 'RISE';
  if (change < 0) return 'FALL';
  return 'STEADY';
}
