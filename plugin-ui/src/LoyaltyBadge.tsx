import { useTranslation } from 'react-i18next';

import { categoryModifier } from './categories';
import { graphql } from './gql';
import type { LoyaltyBadge_LoyaltyFragment } from './gql/graphql';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const LoyaltyBadgeLoyaltyFragment = graphql(`
  fragment LoyaltyBadge_loyalty on LoyaltySnapshot {
    category
  }
`);

/** The contact's loyalty category as a coloured pill that also says the category in words. */
export function LoyaltyBadge({ loyalty }: { loyalty: LoyaltyBadge_LoyaltyFragment }) {
  const { t } = useTranslation('panel');
  if (!loyalty.category) return null;
  return (
    <p className={`npsdesk-badge npsdesk-badge--${categoryModifier(loyalty.category)}`} data-testid="nps-category">
      <span className="npsdesk-visually-hidden">{t('badge.label')}</span>
      {t(`category.${loyalty.category}`)}
    </p>
  );
}
