// GraphQL operations of the report tests, written as a report page would.
import { graphql } from './__generated__';

/** @public Read by codegen: operations spread this fragment by name. */
export const FIGURE_FIELDS = graphql(`
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
`);

export const SUMMARY_REPORT = graphql(`
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
`);

export const FULL_REPORT = graphql(`
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
`);
