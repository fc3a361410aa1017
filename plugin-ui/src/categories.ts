import type { LoyaltyCategory } from './gql/graphql';

// Categories are named to the agent by the `panel:category.*` translations; colour always comes with that text.

/** CSS modifier for a category, e.g. `promoter` for `npsdesk-badge--promoter`. */
export function categoryModifier(category: LoyaltyCategory): string {
  return category.toLowerCase();
}
