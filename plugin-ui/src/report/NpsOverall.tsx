import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../gql';
import type { NpsReportFigure_FigureFragment } from '../gql/graphql';
import { useReportFormat } from './report-format';

/**
 * Every NPS figure of the report page: the headline, each bucket and each segment.
 * @public Read by codegen: queries spread this fragment by name.
 */
export const NpsReportFigureFragment = graphql(`
  fragment NpsReportFigure_figure on NpsFigure {
    responses
    promoters
    passives
    detractors
    nps
    marginOfError
    adjustedNps
    adjustedMarginOfError
    lowSample
  }
`);

export type ReportFigure = NpsReportFigure_FigureFragment;

/** "Low sample" next to a figure of fewer than 30 responses, with why in words for everyone. */
export function LowSampleFlag({ figure }: { figure: ReportFigure }) {
  const { t } = useTranslation('report');
  if (!figure.lowSample || figure.responses === 0) return null;
  return (
    <span className="npsdesk-report__flag npsdesk-report__flag--low" title={t('lowSample.title')}>
      {t('lowSample.flag')}
    </span>
  );
}

/** The NPS of every response in the range, its 95% margins of error and its categories. */
export function NpsOverall({ figure }: { figure: ReportFigure }) {
  const headingId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const categories = [
    { key: 'promoter', label: t('category.promoters'), count: figure.promoters, range: '9–10' },
    { key: 'passive', label: t('category.passives'), count: figure.passives, range: '7–8' },
    { key: 'detractor', label: t('category.detractors'), count: figure.detractors, range: '0–6' },
  ] as const;

  return (
    <section className="npsdesk-report__card npsdesk-report__overall" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('overall.heading')}
      </h3>
      <p className="npsdesk-report__headline">
        <span className="npsdesk-report__nps" data-testid="report-overall-nps">
          {format.nps(figure.nps)}
        </span>
        {figure.marginOfError !== null ? (
          <span className="npsdesk-report__margin">
            <span data-testid="report-overall-margin">{format.margin(figure.marginOfError)}</span>
            <span className="npsdesk-visually-hidden"> {t('overall.points')}</span>
          </span>
        ) : null}
      </p>
      <p className="npsdesk-meta">
        <span data-testid="report-overall-responses">{format.responses(figure.responses)}</span>
        {figure.marginOfError !== null ? t('overall.marginNote') : null}
      </p>
      {figure.adjustedNps !== null && figure.adjustedMarginOfError !== null ? (
        <p className="npsdesk-meta">
          {t('overall.adjusted', {
            nps: format.nps(figure.adjustedNps),
            margin: format.margin(figure.adjustedMarginOfError),
          })}
        </p>
      ) : null}
      {figure.lowSample && figure.responses > 0 ? (
        <p className="npsdesk-report__warning" role="note">
          {t('overall.lowSampleWarning')}
        </p>
      ) : null}
      <ul className="npsdesk-report__categories">
        {categories.map((category) => (
          <li key={category.key} className={`npsdesk-report__category npsdesk-report__category--${category.key}`}>
            <span className="npsdesk-report__category-label">
              {category.label} <span className="npsdesk-meta">({category.range})</span>
            </span>
            <span className="npsdesk-report__category-value">
              {format.number(category.count)}{' '}
              <span className="npsdesk-meta">{format.percentOf(category.count, figure.responses)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
