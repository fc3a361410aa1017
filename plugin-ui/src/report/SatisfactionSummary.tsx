import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { graphql } from '../gql';
import type { SatisfactionSummary_CesFragment, SatisfactionSummary_CsatFragment } from '../gql/graphql';
import { useReportFormat } from './report-format';

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
  const { t } = useTranslation('report');
  const format = useReportFormat();
  return (
    <ul className="npsdesk-report__scales">
      {scales.map((scale) => (
        <li key={scale.scaleMax}>
          <strong>{format.average(scale.average)}</strong> / {scale.scaleMax}{' '}
          <span className="npsdesk-meta">
            {t('satisfaction.scaleAnswers', { answers: format.answers(scale.responses) })}
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
  const { t } = useTranslation('report');
  const format = useReportFormat();
  return (
    <section className="npsdesk-report__card" aria-labelledby={headingId} data-testid="report-satisfaction">
      <h3 className="npsdesk-heading" id={headingId}>
        {t('satisfaction.heading')}
      </h3>
      {csat ? (
        <div className="npsdesk-report__satisfaction">
          <p className="npsdesk-report__stat-title">{t('satisfaction.csat')}</p>
          <p>
            <Trans
              t={t}
              i18nKey="satisfaction.csatShares"
              values={{ positive: format.share(csat.positiveShare), negative: format.share(csat.negativeShare) }}
              components={{
                value: <span className="npsdesk-report__stat-value" data-testid="report-csat-positive" />,
                meta: <span className="npsdesk-meta" />,
              }}
            />
          </p>
          <ScaleAverages scales={csat.scales} />
        </div>
      ) : (
        <p className="npsdesk-meta">{t('satisfaction.noCsat')}</p>
      )}
      {ces ? (
        <div className="npsdesk-report__satisfaction">
          <p className="npsdesk-report__stat-title">{t('satisfaction.ces')}</p>
          <ScaleAverages scales={ces.scales} />
        </div>
      ) : (
        <p className="npsdesk-meta">{t('satisfaction.noCes')}</p>
      )}
    </section>
  );
}
