import type { LoyaltyCategory } from './gql/graphql';

/** How a loyalty category is named to the agent; colour always comes with this text. */
export const CATEGORY_LABEL: Record<LoyaltyCategory, string> = {
  PROMOTER: 'Promoter',
  PASSIVE: 'Passive',
  DETRACTOR: 'Detractor',
};

/** CSS modifier for a category, e.g. `promoter` for `npsdesk-badge--promoter`. */
export function categoryModifier(category: LoyaltyCategory): string {
  return category.toLowerCase();
}
