import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../gql';
import type { ClosedLoopFigures_ClosedLoopFragment } from '../gql/graphql';
import { useReportFormat } from './report-format';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const ClosedLoopFiguresFragment = graphql(`
  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {
    detractorRecovery {
      detractors
      answeredAgain
      recovered
      recoveryRate
    }
    followUps {
      opened
      done
      dismissed
      open
      overdue
      medianHoursToClose
      closedWithinDeadlineShare
    }
  }
`);

/**
 * How the workspace closes the loop: of the detractor answers in the range, how many
 * recovered; and how the follow-ups opened in the range were worked.
 */
export function ClosedLoopFigures({ closedLoop }: { closedLoop: ClosedLoopFigures_ClosedLoopFragment }) {
  const headingId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const { detractors, answeredAgain, recovered, recoveryRate } = closedLoop.detractorRecovery;
  const followUps = closedLoop.followUps;

  return (
    <section className="npsdesk-report__card" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('closedLoop.heading')}
      </h3>
      <p className="npsdesk-report__stat-title">{t('closedLoop.recoveryRate')}</p>
      <p className="npsdesk-report__stat-value" data-testid="report-recovery-rate">
        {recoveryRate === null ? '—' : format.share(recoveryRate)}
      </p>
      <p className="npsdesk-meta">
        {detractors === 0 ? t('closedLoop.noDetractors') : t('closedLoop.recoveryExplained')}
      </p>
      <dl className="npsdesk-report__stats">
        <div>
          <dt>{t('closedLoop.detractorAnswers')}</dt>
          <dd>{format.number(detractors)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.answeredAgain')}</dt>
          <dd>{format.number(answeredAgain)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.recovered')}</dt>
          <dd>{format.number(recovered)}</dd>
        </div>
      </dl>
      <p className="npsdesk-report__stat-title">{t('closedLoop.withinDeadline')}</p>
      <p className="npsdesk-report__stat-value" data-testid="report-within-deadline">
        {followUps.closedWithinDeadlineShare === null ? '—' : format.share(followUps.closedWithinDeadlineShare)}
      </p>
      <p className="npsdesk-meta">
        {followUps.opened === 0 ? t('closedLoop.noFollowUps') : t('closedLoop.withinDeadlineExplained')}
      </p>
      <dl className="npsdesk-report__stats" data-testid="report-follow-ups">
        <div>
          <dt>{t('closedLoop.opened')}</dt>
          <dd>{format.number(followUps.opened)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.done')}</dt>
          <dd>{format.number(followUps.done)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.dismissed')}</dt>
          <dd>{format.number(followUps.dismissed)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.open')}</dt>
          <dd>{format.number(followUps.open)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.overdue')}</dt>
          <dd>{format.number(followUps.overdue)}</dd>
        </div>
        <div>
          <dt>{t('closedLoop.medianTimeToClose')}</dt>
          <dd>{format.hours(followUps.medianHoursToClose)}</dd>
        </div>
      </dl>
    </section>
  );
}
