import { Trans, useTranslation } from 'react-i18next';

import { useFormatters } from './format';
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
  const { t } = useTranslation('panel');
  const { formatDate } = useFormatters();
  if (loyalty.latestScore === null) return null;
  return (
    <div className="npsdesk-latest" data-testid="nps-latest">
      <p className="npsdesk-score">
        <span className="npsdesk-label">{t('latest.score')}</span>
        <span className="npsdesk-score__value" data-testid="nps-latest-score">
          {loyalty.latestScore}
          <span className="npsdesk-score__max">/10</span>
        </span>
      </p>
      <p className="npsdesk-meta">
        {loyalty.answeredAt ? (
          <>
            <Trans
              t={t}
              i18nKey="latest.answered"
              values={{ date: formatDate(loyalty.answeredAt) }}
              components={{ time: <time dateTime={loyalty.answeredAt} /> }}
            />
            {' · '}
          </>
        ) : null}
        {t('latest.responses', { count: loyalty.responseCount })}
      </p>
      {loyalty.latestComment ? (
        <blockquote className="npsdesk-comment">
          <p>{loyalty.latestComment}</p>
        </blockquote>
      ) : null}
    </div>
  );
}
