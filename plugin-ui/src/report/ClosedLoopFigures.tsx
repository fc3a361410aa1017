import { useId } from 'react';

import { graphql } from '../gql';
import type { ClosedLoopFigures_ClosedLoopFragment } from '../gql/graphql';
import { formatNumber, formatShare } from './report-format';

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

/** Median time to close, in the unit a person reads best. */
function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${formatNumber(Math.round(hours * 10) / 10)} h`;
  return `${formatNumber(Math.round((hours / 24) * 10) / 10)} d`;
}

/**
 * How the workspace closes the loop: of the detractor answers in the range, how many
 * recovered; and how the follow-ups opened in the range were worked.
 */
export function ClosedLoopFigures({ closedLoop }: { closedLoop: ClosedLoopFigures_ClosedLoopFragment }) {
  const headingId = useId();
  const { detractors, answeredAgain, recovered, recoveryRate } = closedLoop.detractorRecovery;
  const followUps = closedLoop.followUps;

  return (
    <section className="npsdesk-report__card" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        Closed loop
      </h3>
      <p className="npsdesk-report__stat-title">Detractor recovery rate</p>
      <p className="npsdesk-report__stat-value" data-testid="report-recovery-rate">
        {recoveryRate === null ? '—' : formatShare(recoveryRate)}
      </p>
      <p className="npsdesk-meta">
        {detractors === 0
          ? 'No detractor answers in this period.'
          : 'Detractor answers in this period whose next answer from the same contact was passive or promoter.'}
      </p>
      <dl className="npsdesk-report__stats">
        <div>
          <dt>Detractor answers</dt>
          <dd>{formatNumber(detractors)}</dd>
        </div>
        <div>
          <dt>Answered again</dt>
          <dd>{formatNumber(answeredAgain)}</dd>
        </div>
        <div>
          <dt>Recovered</dt>
          <dd>{formatNumber(recovered)}</dd>
        </div>
      </dl>
      <p className="npsdesk-report__stat-title">Follow-ups closed within deadline</p>
      <p className="npsdesk-report__stat-value" data-testid="report-within-deadline">
        {followUps.closedWithinDeadlineShare === null ? '—' : formatShare(followUps.closedWithinDeadlineShare)}
      </p>
      <p className="npsdesk-meta">
        {followUps.opened === 0
          ? 'No follow-ups opened in this period.'
          : 'Of the follow-ups opened in this period whose deadline has passed or that were closed, the share closed by their deadline.'}
      </p>
      <dl className="npsdesk-report__stats" data-testid="report-follow-ups">
        <div>
          <dt>Opened</dt>
          <dd>{formatNumber(followUps.opened)}</dd>
        </div>
        <div>
          <dt>Done</dt>
          <dd>{formatNumber(followUps.done)}</dd>
        </div>
        <div>
          <dt>Dismissed</dt>
          <dd>{formatNumber(followUps.dismissed)}</dd>
        </div>
        <div>
          <dt>Still open</dt>
          <dd>{formatNumber(followUps.open)}</dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd>{formatNumber(followUps.overdue)}</dd>
        </div>
        <div>
          <dt>Median time to close</dt>
          <dd>{formatHours(followUps.medianHoursToClose)}</dd>
        </div>
      </dl>
    </section>
  );
}
