import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';

import { errorCodeOf } from '../errors';
import { graphql } from '../gql';
import type { ReportSegmentDimension } from '../gql/graphql';
import { LowSampleFlag } from './NpsOverall';
import { formatMargin, formatNps, formatNumber, formatPercentOf } from './report-format';
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

function dimensionLabel(dimension: ReportSegmentDimension): string {
  return SEGMENT_DIMENSIONS.find((option) => option.value === dimension)?.label ?? dimension;
}

/**
 * One dimension's segments, a page at a time. The API pages forward only (`after`), so the
 * cursors of the pages seen are kept to go back; Apollo's cache answers a page seen before.
 */
function SegmentPages({ settings, dimension }: { settings: ReportSettings; dimension: ReportSegmentDimension }) {
  const captionId = useId();
  // `afterCursors[i]` is the `after` of page i + 1; page 1 has none.
  const [afterCursors, setAfterCursors] = useState<string[]>([]);
  const after = afterCursors.at(-1) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(NpsReportSegmentsQuery, {
    variables: { input: reportInput(settings, dimension), first: SEGMENTS_PAGE_SIZE, after },
  });
  const label = dimensionLabel(dimension);

  if (error && !data) {
    return (
      <div role="alert" className="npsdesk-error">
        <p className="npsdesk-error__title">Couldn’t load the segments</p>
        <p className="npsdesk-meta">
          Error code: <code>{errorCodeOf(error)}</code>
        </p>
        <button type="button" className="npsdesk-button" onClick={() => void refetch().catch(() => undefined)}>
          Retry
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
        Loading segments…
      </p>
    );
  }
  if (segments.totalCount === 0) {
    return <p className="npsdesk-empty">No responses with a {label.toLowerCase()} in this period.</p>;
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
          <caption id={captionId}>NPS by {label.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              <th scope="col" className="npsdesk-report__num">
                Responses
              </th>
              <th scope="col" className="npsdesk-report__num">
                Promoters
              </th>
              <th scope="col" className="npsdesk-report__num">
                Passives
              </th>
              <th scope="col" className="npsdesk-report__num">
                Detractors
              </th>
              <th scope="col" className="npsdesk-report__num">
                NPS <span className="npsdesk-meta">(95% margin, Wald)</span>
              </th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {segments.edges.map(({ node }) => {
              const { figure } = node;
              return (
                <tr key={node.id} data-testid="segment-row" data-value={node.value ?? ''}>
                  <th scope="row">{node.value ?? <span className="npsdesk-meta">No {label.toLowerCase()}</span>}</th>
                  <td className="npsdesk-report__num">{formatNumber(figure.responses)}</td>
                  {[figure.promoters, figure.passives, figure.detractors].map((count, index) => (
                    <td key={index} className="npsdesk-report__num">
                      {formatNumber(count)}{' '}
                      <span className="npsdesk-meta">{formatPercentOf(count, figure.responses)}</span>
                    </td>
                  ))}
                  <td className="npsdesk-report__num npsdesk-report__nps-cell">
                    <strong>{formatNps(figure.nps)}</strong> {formatMargin(figure.marginOfError)}
                  </td>
                  <td>
                    <LowSampleFlag figure={figure} />
                    {node.differsFromRest ? (
                      <span
                        className="npsdesk-report__flag npsdesk-report__flag--differs"
                        title="Its 95% Wald and adjusted-Wald intervals are apart from those of all other responses"
                      >
                        Differs from the rest
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
            ? 'One segment'
            : `Segments ${firstRow}–${lastRow} of ${formatNumber(segments.totalCount)}`}
        </p>
        {afterCursors.length > 0 || nextCursor ? (
          <div className="npsdesk-buttons">
            <button
              type="button"
              className="npsdesk-button"
              disabled={afterCursors.length === 0 || loading}
              onClick={() => setAfterCursors(afterCursors.slice(0, -1))}
            >
              Previous
            </button>
            <button
              type="button"
              className="npsdesk-button"
              disabled={!nextCursor || loading}
              onClick={() => nextCursor && setAfterCursors([...afterCursors, nextCursor])}
            >
              Next
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

  return (
    <section className="npsdesk-report__card npsdesk-report__segments" aria-labelledby={headingId}>
      <div className="npsdesk-report__section-head">
        <h3 className="npsdesk-heading" id={headingId}>
          Segments
        </h3>
        <div className="npsdesk-report__field npsdesk-report__field--inline">
          <label className="npsdesk-form__label" htmlFor={selectId}>
            Break down by
          </label>
          <select
            id={selectId}
            className="npsdesk-form__input"
            value={dimension}
            onChange={(event) => setDimension(event.target.value as ReportSegmentDimension)}
          >
            {SEGMENT_DIMENSIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
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
