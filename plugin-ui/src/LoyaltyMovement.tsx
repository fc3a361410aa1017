import { CATEGORY_LABEL } from './categories';
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

function previousAnswer({ previousCategory, previousScore }: LoyaltyMovement_LoyaltyFragment): string {
  if (!previousCategory) return 'the answer before';
  const category = CATEGORY_LABEL[previousCategory].toLowerCase();
  return previousScore === null ? category : `${category} (${previousScore})`;
}

/** How the category changed since the answer before: a fall is a churn risk, a rise a recovery. */
export function LoyaltyMovement({ loyalty }: { loyalty: LoyaltyMovement_LoyaltyFragment }) {
  switch (loyalty.movement) {
    case 'FALL':
      return (
        <p className="npsdesk-movement npsdesk-movement--fall">
          <span aria-hidden="true">▼ </span>Fell from {previousAnswer(loyalty)}
        </p>
      );
    case 'RISE':
      return (
        <p className="npsdesk-movement npsdesk-movement--rise">
          <span aria-hidden="true">▲ </span>Rose from {previousAnswer(loyalty)}
        </p>
      );
    case 'STEADY':
      return (
        <p className="npsdesk-movement npsdesk-movement--steady">
          <span aria-hidden="true">● </span>Steady, was {previousAnswer(loyalty)}
        </p>
      );
    case 'NONE':
      return <p className="npsdesk-movement npsdesk-movement--none">First answer</p>;
  }
}
