import { useId } from 'react';

import { graphql } from '../gql';
import type { SatisfactionSummary_CesFragment, SatisfactionSummary_CsatFragment } from '../gql/graphql';
import { formatAverage, formatNumber, formatShare } from './report-format';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SatisfactionSummaryCsatFragment = graphql(`
  fragment SatisfactionSummary_csat on CsatSummary {
    responses
    positiveShare
    negativeShare
    scales {
      scaleMax
      responses
      average
    }
  }
`);

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SatisfactionSummaryCesFragment = graphql(`
  fragment SatisfactionSummary_ces on CesSummary {
    responses
    scales {
      scaleMax
      responses
      average
    }
  }
`);

type Scale = SatisfactionSummary_CsatFragment['scales'][number];

/** "4.2 / 5 (30 answers)" per scale: answers on different scales are never averaged together. */
function ScaleAverages({ scales }: { scales: readonly Scale[] }) {
  return (
    <ul className="npsdesk-report__scales">
      {scales.map((scale) => (
        <li key={scale.scaleMax}>
          <strong>{formatAverage(scale.average)}</strong> / {scale.scaleMax}{' '}
          <span className="npsdesk-meta">
            ({formatNumber(scale.responses)} {scale.responses === 1 ? 'answer' : 'answers'})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** CSAT and CES of the range: averages per scale, and CSAT's top- and bottom-two-box shares. */
export function SatisfactionSummary({
  csat,
  ces,
}: {
  csat: SatisfactionSummary_CsatFragment | null | undefined;
  ces: SatisfactionSummary_CesFragment | null | undefined;
}) {
  const headingId = useId();
  return (
    <section className="npsdesk-report__card" aria-labelledby={headingId} data-testid="report-satisfaction">
      <h3 className="npsdesk-heading" id={headingId}>
        CSAT and CES
      </h3>
      {csat ? (
        <div className="npsdesk-report__satisfaction">
          <p className="npsdesk-report__stat-title">Customer satisfaction (CSAT)</p>
          <p>
            <span className="npsdesk-report__stat-value" data-testid="report-csat-positive">
              {formatShare(csat.positiveShare)}
            </span>{' '}
            positive <span className="npsdesk-meta">(top-two-box)</span> · {formatShare(csat.negativeShare)} negative
          </p>
          <ScaleAverages scales={csat.scales} />
        </div>
      ) : (
        <p className="npsdesk-meta">No CSAT answers in this period.</p>
      )}
      {ces ? (
        <div className="npsdesk-report__satisfaction">
          <p className="npsdesk-report__stat-title">Customer effort (CES)</p>
          <ScaleAverages scales={ces.scales} />
        </div>
      ) : (
        <p className="npsdesk-meta">No CES answers in this period.</p>
      )}
    </section>
  );
}
