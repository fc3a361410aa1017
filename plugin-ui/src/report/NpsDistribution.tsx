import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { categoryModifier } from '../categories';
import type { LoyaltyCategory } from '../gql/graphql';
import { useReportFormat } from './report-format';

function categoryOfScore(score: number): LoyaltyCategory {
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

/**
 * How many answers gave each score 0-10, one bar per score coloured by its category, each
 * with its count written above it (and a sentence for screen readers).
 */
export function NpsDistribution({ distribution }: { distribution: readonly number[] }) {
  const headingId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const total = distribution.reduce((sum, count) => sum + count, 0);
  const highest = Math.max(1, ...distribution);

  return (
    <section className="npsdesk-report__card npsdesk-report__distribution" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('distribution.heading')}
      </h3>
      <ol className="npsdesk-bars" aria-labelledby={headingId} data-testid="distribution">
        {distribution.map((count, score) => {
          const category = categoryModifier(categoryOfScore(score));
          return (
            <li key={score} className="npsdesk-bars__item" data-score={score} data-count={count}>
              <span className="npsdesk-visually-hidden">
                {t('distribution.bar', {
                  score,
                  answers: format.answers(count),
                  percent: format.percentOf(count, total),
                })}
              </span>
              <span className="npsdesk-bars__count" aria-hidden="true">
                {format.number(count)}
              </span>
              <span className="npsdesk-bars__track" aria-hidden="true">
                <span
                  className={`npsdesk-bars__bar npsdesk-bars__bar--${category}`}
                  style={{ height: `${(count / highest) * 100}%` }}
                />
              </span>
              <span className="npsdesk-bars__score" aria-hidden="true">
                {score}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="npsdesk-report__legend npsdesk-report__legend--inline">
        <span>
          <span className="npsdesk-report__key npsdesk-report__key--detractor" aria-hidden="true" />{' '}
          {t('distribution.legendDetractors')}
        </span>
        <span>
          <span className="npsdesk-report__key npsdesk-report__key--passive" aria-hidden="true" />{' '}
          {t('distribution.legendPassives')}
        </span>
        <span>
          <span className="npsdesk-report__key npsdesk-report__key--promoter" aria-hidden="true" />{' '}
          {t('distribution.legendPromoters')}
        </span>
      </p>
    </section>
  );
}
