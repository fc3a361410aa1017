// API answers for the report page's tests, shaped like its queries' data (with the
// __typename fields Apollo's cache asks for), and a fake API answering them by operation.
import type { ReportGranularity } from '../gql/graphql';
import type { FakeApiAnswer, RecordedRequest } from '../test-fetch';

/** An `NpsFigure` from counts, with the margins computed the way ../../../docs/product.md defines them. */
export function figure(promoters: number, passives: number, detractors: number) {
  const responses = promoters + passives + detractors;
  const margins = (p: number, d: number, n: number) => {
    const [sp, sd] = [p / n, d / n];
    return { nps: 100 * (sp - sd), margin: 1.96 * Math.sqrt((sp + sd - (sp - sd) ** 2) / n) * 100 };
  };
  const wald = responses === 0 ? null : margins(promoters, detractors, responses);
  const adjusted = responses === 0 ? null : margins(promoters + 0.75, detractors + 0.75, responses + 3);
  return {
    __typename: 'NpsFigure',
    responses,
    promoters,
    passives,
    detractors,
    nps: wald?.nps ?? null,
    marginOfError: wald?.margin ?? null,
    adjustedNps: adjusted?.nps ?? null,
    adjustedMarginOfError: adjusted?.margin ?? null,
    lowSample: responses < 30,
  };
}

export type FigureData = ReturnType<typeof figure>;

export function bucket(
  periodStart: string,
  bucketFigure: FigureData,
  options: { significant?: boolean; partial?: boolean; reportId?: string } = {},
) {
  return {
    __typename: 'NpsBucket',
    // The API's bucket ids carry the report's id: the same date starts a month and a week.
    id: `${options.reportId ?? 'month-report'}:${periodStart}`,
    periodStart,
    partial: options.partial ?? false,
    significantChangeFromPrevious: options.significant ?? false,
    figure: bucketFigure,
  };
}

export type BucketData = ReturnType<typeof bucket>;

/** Six months of 2026: a rich January, an empty February, then small months and a jump in May. */
export const MONTH_BUCKETS: BucketData[] = [
  bucket('2026-01-01', figure(40, 30, 30)),
  bucket('2026-02-01', figure(0, 0, 0)),
  bucket('2026-03-01', figure(5, 4, 3)),
  bucket('2026-04-01', figure(30, 20, 30)),
  bucket('2026-05-01', figure(70, 20, 10), { significant: true }),
  bucket('2026-06-01', figure(2, 1, 0), { partial: true }),
];

/** Eight weeks, each a small sample. */
export const WEEK_BUCKETS: BucketData[] = [
  '2026-01-05',
  '2026-01-12',
  '2026-01-19',
  '2026-01-26',
  '2026-02-02',
  '2026-02-09',
  '2026-02-16',
  '2026-02-23',
].map((monday, index) => bucket(monday, figure(3 + index, 2, 1), { reportId: 'week-report' }));

const BUCKETS_BY_GRANULARITY: Partial<Record<ReportGranularity, BucketData[]>> = {
  MONTH: MONTH_BUCKETS,
  WEEK: WEEK_BUCKETS,
};

/** Counts per score 0-10 that add up to the buckets above (147 promoters, 75 passives, 73 detractors). */
export const DISTRIBUTION = [3, 2, 4, 6, 8, 20, 30, 35, 40, 60, 87];

export interface ReportOptions {
  granularity?: ReportGranularity;
  buckets?: BucketData[];
  overall?: FigureData;
  full?: boolean;
  distribution?: number[];
  csat?: boolean;
  ces?: boolean;
}

function sumFigures(buckets: BucketData[]): FigureData {
  const total = (key: 'promoters' | 'passives' | 'detractors') =>
    buckets.reduce((sum, item) => sum + item.figure[key], 0);
  return figure(total('promoters'), total('passives'), total('detractors'));
}

/** The `NpsReportPage` query's data; the admin-only fields only when `full`. */
export function reportData({
  granularity = 'MONTH',
  buckets = MONTH_BUCKETS,
  overall = sumFigures(buckets),
  full = true,
  distribution = DISTRIBUTION,
  csat = true,
  ces = false,
}: ReportOptions = {}) {
  const scales = (entries: [number, number, number][]) =>
    entries.map(([scaleMax, responses, average]) => ({ __typename: 'ScaleAverage', scaleMax, responses, average }));
  return {
    npsReport: {
      __typename: 'NpsReport',
      id: `report-${granularity}-${full}`,
      timeZone: 'Europe/Paris',
      granularity,
      overall,
      buckets,
      ...(full
        ? {
            distribution,
            csat: csat
              ? {
                  __typename: 'CsatSummary',
                  responses: 50,
                  positiveShare: 0.78,
                  negativeShare: 0.1,
                  scales: scales([
                    [3, 10, 2.5],
                    [5, 40, 4.2],
                  ]),
                }
              : null,
            ces: ces ? { __typename: 'CesSummary', responses: 12, scales: scales([[7, 12, 5.25]]) } : null,
            closedLoop: {
              __typename: 'ClosedLoopFigures',
              detractorRecovery: {
                __typename: 'DetractorRecovery',
                detractors: 73,
                answeredAgain: 30,
                recovered: 19,
                recoveryRate: 19 / 73,
              },
              followUps: {
                __typename: 'FollowUpFigures',
                opened: 40,
                done: 28,
                dismissed: 4,
                open: 8,
                overdue: 3,
                medianHoursToClose: 30.5,
                closedWithinDeadlineShare: 0.8,
              },
            },
          }
        : {}),
    },
  };
}

export type ViewerRole = 'ADMIN' | 'SALES' | 'AGENT';

export function viewerData(role: ViewerRole) {
  return {
    viewer: {
      __typename: 'Viewer',
      userId: `user-${role.toLowerCase()}`,
      role,
      workspace: { __typename: 'Workspace', id: 'acme', name: 'Acme Support' },
      canReadReports: role === 'ADMIN',
      canReadReportSummary: role !== 'AGENT',
    },
  };
}

export interface SegmentFixture {
  value: string | null;
  figure: FigureData;
  differsFromRest?: boolean;
}

/** A page of the `NpsReportSegments` query. */
export function segmentsData(
  segments: SegmentFixture[],
  { totalCount = segments.length, hasNextPage = false, dimension = 'PLAN' } = {},
) {
  const edges = segments.map((segment) => ({
    __typename: 'NpsSegmentEdge',
    cursor: `cursor-${segment.value ?? 'none'}`,
    node: {
      __typename: 'NpsSegment',
      id: `segment-${dimension}-${segment.value ?? 'none'}`,
      dimension,
      value: segment.value,
      differsFromRest: segment.differsFromRest ?? false,
      figure: segment.figure,
    },
  }));
  return {
    npsReport: {
      __typename: 'NpsReport',
      id: `segments-${dimension}`,
      segments: {
        __typename: 'NpsSegmentConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

export const PLAN_SEGMENTS: SegmentFixture[] = [
  { value: 'enterprise', figure: figure(90, 40, 20), differsFromRest: true },
  { value: 'pro', figure: figure(50, 30, 40) },
  { value: null, figure: figure(7, 5, 13) },
];

/** A GraphQL error answer with `extensions.code`. */
export function failing(code: string, message = `Failed with ${code}`, status = 200): FakeApiAnswer {
  return { status, body: { data: null, errors: [{ message, extensions: { code } }] } };
}

export interface FakeReportApi {
  role?: ViewerRole;
  report?: (request: RecordedRequest) => FakeApiAnswer;
  segments?: (request: RecordedRequest) => FakeApiAnswer;
}

/** Answers the page's three operations: the viewer, the report (by its variables) and its segments. */
export function answerReportApi({ role = 'ADMIN', report, segments }: FakeReportApi = {}) {
  return (request: RecordedRequest): FakeApiAnswer => {
    switch (request.operationName) {
      case 'NpsReportPageViewer':
        return { body: { data: viewerData(role) } };
      case 'NpsReportPage': {
        if (report) return report(request);
        const { granularity } = request.variables['input'] as { granularity: ReportGranularity };
        const buckets = BUCKETS_BY_GRANULARITY[granularity] ?? MONTH_BUCKETS;
        return { body: { data: reportData({ granularity, buckets, full: Boolean(request.variables['full']) }) } };
      }
      case 'NpsReportSegments':
        return segments ? segments(request) : { body: { data: segmentsData(PLAN_SEGMENTS) } };
      default:
        return failing('UNKNOWN_OPERATION');
    }
  };
}
