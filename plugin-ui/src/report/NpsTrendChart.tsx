import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../gql';
import type { NpsTrendChart_BucketFragment, ReportGranularity } from '../gql/graphql';
import { LowSampleFlag } from './NpsOverall';
import { useReportFormat, type ReportFormat } from './report-format';
import { useElementWidth } from './use-element-width';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const NpsTrendChartBucketFragment = graphql(`
  fragment NpsTrendChart_bucket on NpsBucket {
    id
    periodStart
    partial
    significantChangeFromPrevious
    figure {
      ...NpsReportFigure_figure
    }
  }
`);

export type TrendBucket = NpsTrendChart_BucketFragment;

// Geometry in CSS pixels: the SVG is drawn at its container's width, so text keeps its size.
const FALLBACK_WIDTH = 640;
const HEIGHT = 240;
const PLOT_LEFT = 40;
const PLOT_RIGHT_GAP = 12;
const PLOT_TOP = 18;
const PLOT_BOTTOM = HEIGHT - 30;
const GRID_VALUES = [100, 50, 0, -50, -100];
/** Narrowest bucket that still gets an adjusted-Wald whisker. */
const MIN_WHISKER_STEP = 6;
/** Room an axis label needs; labels are thinned out below it. */
const LABEL_SPACING = 64;

function yOf(nps: number): number {
  const clamped = Math.max(-100, Math.min(100, nps));
  return PLOT_TOP + ((100 - clamped) / 200) * (PLOT_BOTTOM - PLOT_TOP);
}

type Direction = 'rise' | 'fall';

interface PlacedBucket {
  bucket: TrendBucket;
  index: number;
  x: number;
  /** Null for a bucket without responses: nothing to draw but its place. */
  point: { nps: number; margin: number; y: number } | null;
  significant: Direction | null;
}

/** Which way a significant change went (the API only says whether there was one). */
function directionOf(bucket: TrendBucket, previous: TrendBucket | undefined): Direction | null {
  if (!bucket.significantChangeFromPrevious || !previous) return null;
  const [now, before] = [bucket.figure.nps, previous.figure.nps];
  if (now === null || before === null) return null;
  return now >= before ? 'rise' : 'fall';
}

/** Consecutive buckets with responses: the band and the line are drawn per run, never across a gap. */
function runsOf(placed: PlacedBucket[]): PlacedBucket[][] {
  const runs: PlacedBucket[][] = [];
  let run: PlacedBucket[] = [];
  for (const item of placed) {
    if (item.point) {
      run.push(item);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function bandPath(run: PlacedBucket[]): string {
  const upper = run.map(({ x, point }) => `${x},${yOf((point?.nps ?? 0) + (point?.margin ?? 0))}`);
  const lower = run.map(({ x, point }) => `${x},${yOf((point?.nps ?? 0) - (point?.margin ?? 0))}`).reverse();
  return `M${upper.join(' L')} L${lower.join(' L')} Z`;
}

/**
 * The adjusted-Wald 95% interval as a thin whisker: the Wald band collapses to nothing on a
 * bucket whose answers are all in one category (one answer, say), this one never does.
 */
function AdjustedWhisker({ bucket, x, capWidth }: { bucket: TrendBucket; x: number; capWidth: number }) {
  const { adjustedNps, adjustedMarginOfError } = bucket.figure;
  if (adjustedNps === null || adjustedMarginOfError === null) return null;
  const top = yOf(adjustedNps + adjustedMarginOfError);
  const bottom = yOf(adjustedNps - adjustedMarginOfError);
  return (
    <path
      className="npsdesk-trend__whisker"
      data-testid="trend-whisker"
      d={`M${x},${top} V${bottom} M${x - capWidth / 2},${top} h${capWidth} M${x - capWidth / 2},${bottom} h${capWidth}`}
    />
  );
}

type ReportT = TFunction<'report'>;

/** One sentence per bucket, for tooltips: period, NPS ± margin, responses and flags. */
function bucketSentence(
  bucket: TrendBucket,
  granularity: ReportGranularity,
  significant: Direction | null,
  t: ReportT,
  format: ReportFormat,
): string {
  const { figure } = bucket;
  const periodName = format.period(bucket.periodStart, granularity);
  const period = bucket.partial ? t('trend.partialPeriod', { period: periodName }) : periodName;
  if (figure.responses === 0) return t('trend.bucketEmpty', { period });
  const unit = t(`granularityUnit.${granularity}`);
  const flags = [
    figure.lowSample ? t('trend.flagLowSample') : null,
    significant === 'rise' ? t('trend.flagRise', { unit }) : null,
    significant === 'fall' ? t('trend.flagFall', { unit }) : null,
  ].filter(Boolean);
  const adjusted =
    figure.adjustedNps === null
      ? ''
      : t('trend.bucketAdjusted', {
          nps: format.nps(figure.adjustedNps),
          margin: format.margin(figure.adjustedMarginOfError),
        });
  const sentence = t('trend.bucketFigures', {
    period,
    nps: format.nps(figure.nps),
    margin: format.margin(figure.marginOfError),
    adjusted,
    responses: format.responses(figure.responses),
  });
  return [sentence, ...flags].join(t('format.listSeparator'));
}

function chartSummary(
  placed: PlacedBucket[],
  granularity: ReportGranularity,
  t: ReportT,
  format: ReportFormat,
): string {
  const first = placed[0]?.bucket;
  const last = placed.at(-1)?.bucket;
  if (!first || !last) return t('trend.summaryEmpty');
  const withResponses = placed.filter((item) => item.point);
  const latest = withResponses.at(-1);
  const significant = placed.filter((item) => item.significant).length;
  return [
    t('trend.summaryRange', {
      unit: t(`granularityUnit.${granularity}`),
      first: format.period(first.periodStart, granularity),
      last: format.period(last.periodStart, granularity),
    }),
    t('trend.summaryPeriods', { count: placed.length, withResponses: withResponses.length }),
    latest
      ? t('trend.summaryLatest', {
          sentence: bucketSentence(latest.bucket, granularity, latest.significant, t, format),
        })
      : null,
    t('trend.summaryChanges', { count: significant }),
    t('trend.summaryTable'),
  ]
    .filter(Boolean)
    .join(t('format.listSeparator'));
}

/** The buckets as a table: the chart's text alternative, and the exact figures for everyone. */
function TrendTable({ placed, granularity }: { placed: PlacedBucket[]; granularity: ReportGranularity }) {
  const { t } = useTranslation('report');
  const format = useReportFormat();
  return (
    <details className="npsdesk-report__details">
      <summary>{t('trend.showTable')}</summary>
      <div className="npsdesk-report__table-scroll">
        <table className="npsdesk-report__table" data-testid="trend-table">
          <caption className="npsdesk-visually-hidden">
            {t('trend.tableCaption', { unit: t(`granularityUnit.${granularity}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.columnPeriod')}</th>
              <th scope="col" className="npsdesk-report__num">
                {t('table.responses')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('trend.columnNps')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('trend.columnMargin')}
              </th>
              <th scope="col" className="npsdesk-report__num">
                {t('trend.columnAdjusted')}
              </th>
              <th scope="col">{t('table.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {placed.map(({ bucket, significant }) => (
              <tr key={bucket.id}>
                <th scope="row">
                  {format.period(bucket.periodStart, granularity)}
                  {bucket.partial ? <span className="npsdesk-meta">{t('trend.partial')}</span> : null}
                </th>
                <td className="npsdesk-report__num">{format.number(bucket.figure.responses)}</td>
                <td className="npsdesk-report__num">{format.nps(bucket.figure.nps)}</td>
                <td className="npsdesk-report__num">{format.margin(bucket.figure.marginOfError)}</td>
                <td className="npsdesk-report__num">
                  {bucket.figure.adjustedNps === null
                    ? ''
                    : `${format.nps(bucket.figure.adjustedNps)} ${format.margin(bucket.figure.adjustedMarginOfError)}`}
                </td>
                <td>
                  <LowSampleFlag figure={bucket.figure} />
                  {significant ? (
                    <span className={`npsdesk-report__flag npsdesk-report__flag--${significant}`}>
                      {t(`trend.${significant}`)}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * NPS per bucket with its 95% Wald margin of error as a shaded band, hollow marks for low
 * samples (n < 30), triangles where the API found a significant change from the previous
 * bucket, and a table of the same figures as its text alternative.
 */
export function NpsTrendChart({
  buckets,
  granularity,
}: {
  buckets: readonly TrendBucket[];
  granularity: ReportGranularity;
}) {
  const headingId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const [containerRef, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const plotRight = width - PLOT_RIGHT_GAP;
  const step = (plotRight - PLOT_LEFT) / Math.max(1, buckets.length);
  const radius = Math.max(2, Math.min(5, step * 0.3));
  const labelEvery = Math.max(1, Math.ceil(LABEL_SPACING / step));

  const placed: PlacedBucket[] = buckets.map((bucket, index) => {
    const { nps, marginOfError } = bucket.figure;
    return {
      bucket,
      index,
      x: PLOT_LEFT + (index + 0.5) * step,
      point: nps === null ? null : { nps, margin: marginOfError ?? 0, y: yOf(nps) },
      significant: directionOf(bucket, buckets[index - 1]),
    };
  });
  const runs = runsOf(placed);
  // Below a few pixels per bucket the whiskers would merge into a fence.
  const whiskers = step >= MIN_WHISKER_STEP;
  const bandWidth = Math.max(6, Math.min(step * 0.6, 28));

  return (
    <section className="npsdesk-report__card npsdesk-report__trend" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('trend.heading')}
      </h3>
      <div ref={containerRef} className="npsdesk-report__chart-box">
        <svg
          className="npsdesk-trend"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={chartSummary(placed, granularity, t, format)}
          data-testid="trend-chart"
        >
          {GRID_VALUES.map((value) => (
            <g key={value}>
              <line
                className={`npsdesk-trend__grid${value === 0 ? ' npsdesk-trend__grid--zero' : ''}`}
                x1={PLOT_LEFT}
                x2={plotRight}
                y1={yOf(value)}
                y2={yOf(value)}
              />
              <text
                className="npsdesk-trend__axis"
                x={PLOT_LEFT - 6}
                y={yOf(value)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {format.nps(value)}
              </text>
            </g>
          ))}
          {runs.map((run) => {
            const [only] = run;
            if (run.length === 1 && only?.point) {
              const top = yOf(only.point.nps + only.point.margin);
              return (
                <rect
                  key={only.bucket.id}
                  className="npsdesk-trend__band"
                  data-testid="trend-band"
                  x={only.x - bandWidth / 2}
                  width={bandWidth}
                  y={top}
                  height={yOf(only.point.nps - only.point.margin) - top}
                />
              );
            }
            return (
              <path
                key={run[0]?.bucket.id}
                className="npsdesk-trend__band"
                data-testid="trend-band"
                d={bandPath(run)}
              />
            );
          })}
          {runs
            .filter((run) => run.length > 1)
            .map((run) => (
              <polyline
                key={run[0]?.bucket.id}
                className="npsdesk-trend__line"
                points={run.map(({ x, point }) => `${x},${point?.y ?? 0}`).join(' ')}
              />
            ))}
          {placed.map(({ bucket, index, x, point, significant }) => (
            <g
              key={bucket.id}
              data-testid="trend-bucket"
              data-period={bucket.periodStart}
              data-responses={bucket.figure.responses}
              data-low-sample={bucket.figure.lowSample && bucket.figure.responses > 0 ? 'true' : undefined}
              data-significant={significant ?? undefined}
            >
              <title>{bucketSentence(bucket, granularity, significant, t, format)}</title>
              {/* The whole column answers hover with the bucket's figures, empty or not. */}
              <rect
                className="npsdesk-trend__hit"
                x={x - step / 2}
                width={step}
                y={PLOT_TOP}
                height={PLOT_BOTTOM - PLOT_TOP}
              />
              {whiskers ? <AdjustedWhisker bucket={bucket} x={x} capWidth={Math.min(8, step * 0.4)} /> : null}
              {point ? (
                <circle
                  className={`npsdesk-trend__mark${bucket.figure.lowSample ? ' npsdesk-trend__mark--low-sample' : ''}`}
                  cx={x}
                  cy={point.y}
                  r={radius}
                />
              ) : null}
              {point && significant ? (
                <path
                  className="npsdesk-trend__significant"
                  d={
                    significant === 'rise'
                      ? `M${x - 5},${point.y - radius - 3} L${x + 5},${point.y - radius - 3} L${x},${point.y - radius - 11} Z`
                      : `M${x - 5},${point.y + radius + 3} L${x + 5},${point.y + radius + 3} L${x},${point.y + radius + 11} Z`
                  }
                />
              ) : null}
              {index % labelEvery === 0 ? (
                <text className="npsdesk-trend__axis" x={x} y={HEIGHT - 10} textAnchor="middle">
                  {format.periodShort(bucket.periodStart, granularity)}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </div>
      <ul className="npsdesk-report__legend" aria-label={t('trend.legend')}>
        <li>
          <span className="npsdesk-report__key npsdesk-report__key--band" aria-hidden="true" /> {t('trend.legendBand')}
        </li>
        <li>
          <span className="npsdesk-report__key npsdesk-report__key--whisker" aria-hidden="true" />{' '}
          {t('trend.legendWhisker')}
        </li>
        <li>
          <span className="npsdesk-report__key npsdesk-report__key--mark" aria-hidden="true" /> {t('trend.legendMark')}
        </li>
        <li>
          <span className="npsdesk-report__key npsdesk-report__key--low" aria-hidden="true" /> {t('trend.legendLow')}
        </li>
        <li>
          <span className="npsdesk-report__key npsdesk-report__key--significant" aria-hidden="true" />{' '}
          {t('trend.legendSignificant', { unit: t(`granularityUnit.${granularity}`) })}
        </li>
      </ul>
      <TrendTable placed={placed} granularity={granularity} />
    </section>
  );
}
