import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { graphql } from './gql';
import type { LoyaltyMovement_LoyaltyFragment } from './gql/graphql';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const LoyaltyMovementLoyaltyFragment = graphql(`
  fragment LoyaltyMovement_loyalty on LoyaltySnapshot {
    movement
    previousCategory
    previousScore
  }
`);

function previousAnswer(
  { previousCategory, previousScore }: LoyaltyMovement_LoyaltyFragment,
  t: TFunction<'panel'>,
): string {
  if (!previousCategory) return t('movement.answerBefore');
  const category = t(`categoryInline.${previousCategory}`);
  return previousScore === null ? category : t('movement.categoryWithScore', { category, score: previousScore });
}

/** How the category changed since the answer before: a fall is a churn risk, a rise a recovery. */
export function LoyaltyMovement({ loyalty }: { loyalty: LoyaltyMovement_LoyaltyFragment }) {
  const { t } = useTranslation('panel');
  const previous = () => previousAnswer(loyalty, t);
  switch (loyalty.movement) {
    case 'FALL':
      return (
        <p className="npsdesk-movement npsdesk-movement--fall">
          <span aria-hidden="true">▼ </span>
          {t('movement.fall', { previous: previous() })}
        </p>
      );
    case 'RISE':
      return (
        <p className="npsdesk-movement npsdesk-movement--rise">
          <span aria-hidden="true">▲ </span>
          {t('movement.rise', { previous: previous() })}
        </p>
      );
    case 'STEADY':
      return (
        <p className="npsdesk-movement npsdesk-movement--steady">
          <span aria-hidden="true">● </span>
          {t('movement.steady', { previous: previous() })}
        </p>
      );
    case 'NONE':
      return <p className="npsdesk-movement npsdesk-movement--none">{t('movement.first')}</p>;
  }
}
