import type { NpsReportInput } from '../../__generated__/resolvers-types';
import { createHash } from 'node:crypto';
import { assertCan, type AuthenticatedViewer, type Viewer } from '../../auth/viewer';
import { assertPageSize, cursorCodec, paginate, type Connection, type Paging } from '../../graphql/pagination';
import { differSignificantly, followUpFiguresOf, type FollowUpFigures, type NpsFigure } from '../../loyalty';
import { parseInput } from '../../validation';
import { followUpRecordsOpenedBetween } from '../follow-up/follow-up.service';
import {
  csatOf,
  cesOf,
  detractorRecoveryOf,
  distributionOf,
  figureOf,
  significantChanges,
  type CesSummary,
  type CsatSummary,
  type DetractorRecovery,
} from './report.figures';
import { npsReportInputSchema, type NpsReportValues } from './report.input';
import { addCounts, type Counts, type SegmentDimension, type SeriesKey } from './report.keys';
import { reportRange, type Period, type ReportRange } from './report.periods';
import { countBetween, loadCounts } from './report.tally';

export interface NpsBucketResult {
  id: string;
  periodStart: string;
  start: Date;
  end: Date;
  partial: boolean;
  figure: NpsFigure;
  significantChangeFromPrevious: boolean;
}

export interface NpsSegmentResult {
  id: string;
  dimension: SegmentDimension;
  value: string | null;
  figure: NpsFigure;
  differsFromRest: boolean;
}

interface SeriesTally {
  overall: Counts;
  periods: { period: Period; counts: Counts }[];
}

/**
 * One report: the validated request, computed lazily per requested part, each part
 * checking the caller's permission first. Sales may read `overall` and `buckets`
 * (report:summary); everything else needs report:read (admin).
 */
export class NpsReportResult {
  readonly id: string;
  private tally: Promise<SeriesTally> | null = null;

  constructor(
    private readonly viewer: AuthenticatedViewer,
    readonly request: NpsReportValues,
    readonly range: ReportRange,
  ) {
    this.id = createHash('sha256')
      .update(JSON.stringify([viewer.workspaceId, request]))
      .digest('base64url')
      .slice(0, 22);
  }

  get series(): SeriesKey {
    return this.request.filter ?? { dimension: 'all', value: null };
  }

  private seriesTally(): Promise<SeriesTally> {
    this.tally ??= (async () => {
      const { start, end, periods } = this.range;
      const boundaries = [start, end, ...periods.map((period) => period.start)];
      const loaded = await loadCounts(
        this.viewer.workspaceId,
        this.series.dimension,
        this.series.value,
        start,
        end,
        boundaries,
      );
      const counts = loaded.get(this.series.value);
      const tallied = periods.map((period) => ({ period, counts: countBetween(counts, period.start, period.end) }));
      const overall: Counts = {};
      for (const { counts: periodCounts } of tallied) addCounts(overall, periodCounts);
      return { overall, periods: tallied };
    })();
    return this.tally;
  }

  async overall(): Promise<NpsFigure> {
    assertCan(this.viewer, 'report:summary');
    return figureOf((await this.seriesTally()).overall);
  }

  async buckets(): Promise<NpsBucketResult[]> {
    assertCan(this.viewer, 'report:summary');
    const { periods } = await this.seriesTally();
    const figures = periods.map(({ counts }) => figureOf(counts));
    const changes = significantChanges(figures);
    return periods.map(({ period }, index) => ({
      id: `${this.id}:${period.periodStart}`,
      ...period,
      figure: figures[index] as NpsFigure,
      significantChangeFromPrevious: changes[index] ?? false,
    }));
  }

  async distribution(): Promise<number[]> {
    assertCan(this.viewer, 'report:read');
    return distributionOf((await this.seriesTally()).overall);
  }

  async csat(): Promise<CsatSummary | null> {
    assertCan(this.viewer, 'report:read');
    return csatOf((await this.seriesTally()).overall);
  }

  async ces(): Promise<CesSummary | null> {
    assertCan(this.viewer, 'report:read');
    return cesOf((await this.seriesTally()).overall);
  }

  async detractorRecovery(): Promise<DetractorRecovery> {
    assertCan(this.viewer, 'report:read');
    return detractorRecoveryOf((await this.seriesTally()).overall);
  }

  async followUps(now = new Date()): Promise<FollowUpFigures> {
    assertCan(this.viewer, 'report:read');
    // Follow-ups are read raw: there are far fewer of them than responses.
    const records = await followUpRecordsOpenedBetween(this.viewer.workspaceId, this.range.start, this.range.end);
    return followUpFiguresOf(records, now);
  }

  /** Segments of `segmentBy`, most NPS responses first, then by value (not set last); null without segmentBy. */
  async segments(args: {
    first: number;
    after?: string | null;
  }): Promise<(Connection<NpsSegmentResult> & { totalCount: number }) | null> {
    assertCan(this.viewer, 'report:read');
    const dimension = this.request.segmentBy;
    if (!dimension) {
      assertPageSize(args.first);
      return null;
    }
    let totalCount = 0;
    const connection = await paginate(SEGMENT_PAGING, args, async ({ after, limit }) => {
      const segments = await this.segmentsOf(dimension);
      totalCount = segments.length;
      const from = after ? segments.findIndex((segment) => compareSegments(segment, after) > 0) : 0;
      return from === -1 ? [] : segments.slice(from, from + limit);
    });
    return { ...connection, totalCount };
  }

  /** Every segment of a dimension with answers in the range, in page order. */
  private async segmentsOf(dimension: SegmentDimension): Promise<NpsSegmentResult[]> {
    const { start, end } = this.range;
    const [byValue, tally] = await Promise.all([
      loadCounts(this.viewer.workspaceId, dimension, undefined, start, end, [start, end]),
      this.seriesTally(),
    ]);
    const segments: NpsSegmentResult[] = [];
    for (const [value, series] of byValue) {
      const counts = countBetween(series, start, end);
      if (Object.values(counts).every((count) => count === 0)) continue;
      const figure = figureOf(counts);
      const rest = figureOf(addCounts({ ...tally.overall }, counts, -1));
      segments.push({
        id: `${this.id}:${dimension}:${value === null ? '' : `v${value}`}`,
        dimension,
        value,
        figure,
        differsFromRest: differSignificantly(figure, rest),
      });
    }
    return segments.sort(compareSegments);
  }
}

type SegmentOrderKey = { figure: { responses: number }; value: string | null };

/** A segment's cursor: its NPS responses and its value (`''` not set, `v<value>` otherwise). */
const SEGMENT_CURSOR = cursorCodec({ responses: 'number', value: 'string' });

const SEGMENT_PAGING: Paging<NpsSegmentResult, SegmentOrderKey> = {
  codec: {
    encode: ({ figure, value }) =>
      SEGMENT_CURSOR.encode({ responses: figure.responses, value: value === null ? '' : `v${value}` }),
    decode: (cursor) => {
      const { responses, value } = SEGMENT_CURSOR.decode(cursor);
      return { figure: { responses }, value: value === '' ? null : value.slice(1) };
    },
  },
  keyOf: (segment) => segment,
};

function compareSegments(a: SegmentOrderKey, b: SegmentOrderKey): number {
  if (a.figure.responses !== b.figure.responses) return b.figure.responses - a.figure.responses;
  if (a.value === b.value) return 0;
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value < b.value ? -1 : 1;
}

/**
 * NPS over a range of local days in a time zone, bucketed by day, week, month or quarter,
 * from the pre-aggregated counts. Sales may ask for the overall figure and the buckets of
 * the whole workspace only; segment breakdowns and filters need report:read.
 */
export async function npsReport(viewer: Viewer, input: NpsReportInput): Promise<NpsReportResult> {
  const caller = assertCan(viewer, 'report:summary');
  const request = parseInput(npsReportInputSchema, input);
  if (request.segmentBy || request.filter) assertCan(viewer, 'report:read');
  return new NpsReportResult(
    caller,
    request,
    reportRange(request.from, request.to, request.granularity, request.timeZone),
  );
}
