import { useId } from 'react';

import { graphql } from '../gql';
import type { ClosedLoopFigures_ClosedLoopFragment } from '../gql/graphql';
import { formatNumber, formatShare } from './report-format';

export const ClosedLoopFiguresFragment = graphql(`
  fragment ClosedLoopFigures_closedLoop on ClosedLoopFigures {
    detractorRecovery {
      detractors
      answeredAgain
      recovered
      recoveryRate
    }
  }
`);

/** How the workspace closes the loop: of the detractor answers in the range, how many recovered. */
export function ClosedLoopFigures({ closedLoop }: { closedLoop: ClosedLoopFigures_ClosedLoopFragment }) {
  const headingId = useId();
  const { detractors, answeredAgain, recovered, recoveryRate } = closedLoop.detractorRecovery;

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
    </section>
  );
}
