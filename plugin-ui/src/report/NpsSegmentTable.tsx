import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { errorCodeOf } from '../errors';
import { graphql } from '../gql';
import type { ReportSegmentDimension } from '../gql/graphql';
import { LowSampleFlag } from './NpsOverall';
import { useReportFormat } from './report-format';
import { reportInput, SEGMENT_DIMENSIONS, type ReportSettings } from './report-settings';

export const NpsReportSegmentsQuery = graphql(`
  query NpsReportSegments($input: NpsReportInput!, $first: Int!, $after: String) {
    npsReport(input: $input) {
      id
      segments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            dimension
            value
            differsFromRest
            figure {
              ...NpsReportFigure_figure
            }
          }
        }
      }
    }
  }
`);

/** Segments per page of the table (the API allows up to 100). */
export const SEGMENTS_PAGE_SIZE = 20;

/**
 * One dimension's segments, a page at a time. The API pages forward only (`after`), so the
 * cursors of the pages seen are kept to go back; Apollo's cache answers a page seen before.
 */
function SegmentPages({ settings, dimension }: { settings: ReportSettings; dimension: ReportSegmentDimension }) {
  const captionId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  // `afterCursors[i]` is the `after` of page i + 1; page 1 has none.
  const [afterCursors, setAfterCursors] = useState<string[]>([]);
  const after = afterCursors.at(-1) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(NpsReportSegmentsQuery, {
    variables: { input: reportInput(settings, dimension), first: SEGMENTS_PAGE_SIZE, after },
  });

  if (error && !data) {
    return (
      <div role="alert" className="npsdesk-error">
        <p className="npsdesk-error__title">{t('segments.loadFailed')}</p>
        <p className="npsdesk-meta">
          <Trans t={t} i18nKey="error.code" values={{ code: errorCodeOf(error) }} components={{ code: <code /> }} />
        </p>
        <button type="button" className="npsdesk-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('error.retry')}
        </button>
      </div>
    );
  }

  // While the next page loads, the current one stays (dimmed) instead of the table jumping away.
  const shown = data ?? (afterCursors.length > 0 ? previousData : undefined);
  const segments = shown?.npsReport.segments;
  if (!segments) {
    return (
      <p role="status" className="npsdesk-loading">
        {t('segments.loading')}
      </p>
    );
  }
  if (segments.totalCount === 0) {
    return <p className="npsdesk-empty">{t(`dimension.${dimension}.empty`)}</p>;
  }

  // The page shown: the one asked for, or the one before it while that loads.
  const shownPage = data ? afterCursors.length : afterCursors.length - 1;
  const firstRow = shownPage * SEGMENTS_PAGE_SIZE + 1;
  const lastRow = firstRow + segments.edges.length - 1;
  const nextCursor = segments.pageInfo.hasNextPage ? segments.pageInfo.endCursor : null;

  return (
    <>
      <div
        className="npsdesk-report__table-scroll"
        role="region"
        aria-labelledby={captionId}
        // Focusable so keyboard users can scroll a table wider than a narrow screen.
        tabIndex={0}
        aria-busy={loading}
      >
        <table className="npsdesk-report__table" data-testid="segment-table">
          <caption id={captionId}>{t(`dimension.${dimension}.caption`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`dimension.${dimension}.label`)}</th>
              <th scope="col" className="npsdesk-report__num">
                {t('table.responses')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('category.promoters')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('category.passives')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('category.detractors')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                <Trans t={t} i18nKey="segments.columnNps" components={{ meta: <span className="npsdesk-meta" /> }} />
              </th>
              <th scope="col">{t('table.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {segments.edges.map(({ node }) => {
              const { figure } = node;
              return (
                <tr key={node.id} data-testid="segment-row" data-value={node.value ?? ''}>
                  <th scope="row">
                    {node.value ?? <span className="npsdesk-meta">{t(`dimension.${dimension}.none`)}</span>}
                  </th>
                  <td className="npsdesk-report__num">{format.number(figure.responses)}</td>
                  {[figure.promoters, figure.passives, figure.detractors].map((count, index) => (
                    <td key={index} className="npsdesk-report__num">
                      {format.number(count)}{' '}
                      <span className="npsdesk-meta">{format.percentOf(count, figure.responses)}</span>
                    </td>
                  ))}
                  <td className="npsdesk-report__num npsdesk-report__nps-cell">
                    <strong>{format.nps(figure.nps)}</strong> {format.margin(figure.marginOfError)}
                  </td>
                  <td>
                    <LowSampleFlag figure={figure} />
                    {node.differsFromRest ? (
                      <span
                        className="npsdesk-report__flag npsdesk-report__flag--differs"
                        title={t('segments.differsTitle')}
                      >
                        {t('segments.differs')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="npsdesk-report__pager">
        <p className="npsdesk-meta" data-testid="segment-range">
          {segments.totalCount === 1
            ? t('segments.oneSegment')
            : t('segments.range', {
                first: format.number(firstRow),
                last: format.number(lastRow),
                total: format.number(segments.totalCount),
              })}
        </p>
        {afterCursors.length > 0 || nextCursor ? (
          <div className="npsdesk-buttons">
            <button
              type="button"
              className="npsdesk-button"
              disabled={afterCursors.length === 0 || loading}
              onClick={() => setAfterCursors(afterCursors.slice(0, -1))}
            >
              {t('segments.previous')}
            </button>
            <button
              type="button"
              className="npsdesk-button"
              disabled={!nextCursor || loading}
              onClick={() => nextCursor && setAfterCursors([...afterCursors, nextCursor])}
            >
              {t('segments.next')}
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}

/** NPS per value of one segment dimension over the whole range, with its dimension picker. */
export function NpsSegmentTable({ settings }: { settings: ReportSettings }) {
  const headingId = useId();
  const selectId = useId();
  const [dimension, setDimension] = useState<ReportSegmentDimension>('PLAN');
  const { t } = useTranslation('report');

  return (
    <section className="npsdesk-report__card npsdesk-report__segments" aria-labelledby={headingId}>
      <div className="npsdesk-report__section-head">
        <h3 className="npsdesk-heading" id={headingId}>
          {t('segments.heading')}
        </h3>
        <div className="npsdesk-report__field npsdesk-report__field--inline">
          <label className="npsdesk-form__label" htmlFor={selectId}>
            {t('segments.breakDownBy')}
          </label>
          <select
            id={selectId}
            className="npsdesk-form__input"
            value={dimension}
            onChange={(event) => setDimension(event.target.value as ReportSegmentDimension)}
          >
            {SEGMENT_DIMENSIONS.map((option) => (
              <option key={option} value={option}>
                {t(`dimension.${option}.label`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* A new dimension or range starts again at the first page. */}
      <SegmentPages key={`${dimension}|${JSON.stringify(settings)}`} settings={settings} dimension={dimension} />
    </section>
  );
}
