import { formatCount, formatDate } from './format';
import { graphql } from './gql';
import type { LatestScore_LoyaltyFragment } from './gql/graphql';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const LatestScoreLoyaltyFragment = graphql(`
  fragment LatestScore_loyalty on LoyaltySnapshot {
    latestScore
    latestComment
    answeredAt
    responseCount
  }
`);

/** The latest answer: score out of 10, when it was given, how many answers there are, and the comment. */
export function LatestScore({ loyalty }: { loyalty: LatestScore_LoyaltyFragment }) {
  if (loyalty.latestScore === null) return null;
  return (
    <div className="npsdesk-latest" data-testid="nps-latest">
      <p className="npsdesk-score">
        <span className="npsdesk-label">Latest score</span>
        <span className="npsdesk-score__value" data-testid="nps-latest-score">
          {loyalty.latestScore}
          <span className="npsdesk-score__max">/10</span>
        </span>
      </p>
      <p className="npsdesk-meta">
        {loyalty.answeredAt ? (
          <>
            Answered <time dateTime={loyalty.answeredAt}>{formatDate(loyalty.answeredAt)}</time>
            {' · '}
          </>
        ) : null}
        {formatCount(loyalty.responseCount, 'response', 'responses')}
      </p>
      {loyalty.latestComment ? (
        <blockquote className="npsdesk-comment">
          <p>{loyalty.latestComment}</p>
        </blockquote>
      ) : null}
    </div>
  );
}
