// GraphQL operations of the report tests, written as a report page would.

export const FIGURE_FIELDS = /* GraphQL */ `
  fragment TestNpsFigureFields on NpsFigure {
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
`;

export const SUMMARY_REPORT = /* GraphQL */ `
  query TestNpsReportSummary($input: NpsReportInput!) {
    npsReport(input: $input) {
      id
      start
      end
      timeZone
      granularity
      overall {
        ...TestNpsFigureFields
      }
      buckets {
        id
        periodStart
        start
        end
        partial
        significantChangeFromPrevious
        figure {
          ...TestNpsFigureFields
        }
      }
    }
  }
  ${FIGURE_FIELDS}
`;

export const FULL_REPORT = /* GraphQL */ `
  query TestNpsReport($input: NpsReportInput!, $first: Int, $after: String) {
    npsReport(input: $input) {
      id
      start
      end
      overall {
        ...TestNpsFigureFields
      }
      buckets {
        periodStart
        start
        end
        partial
        significantChangeFromPrevious
        figure {
          ...TestNpsFigureFields
        }
      }
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
              ...TestNpsFigureFields
            }
          }
        }
      }
      distribution
      csat {
        responses
        positiveShare
        negativeShare
        scales {
          scaleMax
          responses
          average
        }
      }
      ces {
        responses
        scales {
          scaleMax
          responses
          average
        }
      }
      closedLoop {
        detractorRecovery {
          detractors
          answeredAgain
          recovered
          recoveryRate
        }
      }
    }
  }
  ${FIGURE_FIELDS}
`;

export interface FigureResult {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  marginOfError: number | null;
  adjustedNps: number | null;
  adjustedMarginOfError: number | null;
  lowSample: boolean;
}

export interface BucketResult {
  id?: string;
  periodStart: string;
  start: string;
  end: string;
  partial: boolean;
  significantChangeFromPrevious: boolean;
  figure: FigureResult;
}

export interface SegmentResult {
  id: string;
  dimension: string;
  value: string | null;
  differsFromRest: boolean;
  figure: FigureResult;
}

export interface ScaleAverageResult {
  scaleMax: number;
  responses: number;
  average: number;
}

export interface ReportResult {
  npsReport: {
    id: string;
    start: string;
    end: string;
    timeZone?: string;
    granularity?: string;
    overall: FigureResult;
    buckets: BucketResult[];
    segments?: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: SegmentResult }[];
    } | null;
    distribution?: number[] | null;
    csat?: { responses: number; positiveShare: number; negativeShare: number; scales: ScaleAverageResult[] } | null;
    ces?: { responses: number; scales: ScaleAverageResult[] } | null;
    closedLoop?: {
      detractorRecovery: { detractors: number; answeredAgain: number; recovered: number; recoveryRate: number | null };
    } | null;
  };
}
