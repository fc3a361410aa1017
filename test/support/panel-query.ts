import { print } from 'graphql';
import { graphql } from '../__generated__';

/** The panel's contact query as `bench/panel-bench.ts` measures it and `test/panel-query-cost.test.ts` counts its
 * round trips: loyalty snapshot, last 20 NPS answers, recommended actions. */
export const PANEL_CONTACT_DOCUMENT = graphql(`
  query BenchPanelContact($externalId: String) {
    contact(externalId: $externalId) {
      id
      name
      loyalty {
        category
        latestScore
        latestComment
        answeredAt
        previousCategory
        movement
        responseCount
      }
      responses(first: 20, metric: NPS) {
        edges {
          node {
            id
            score
            comment
            answeredAt
          }
        }
      }
      recommendedActions {
        kind
        title
        script
        priority
        dueAt
        reason
      }
    }
  }
`);

/** The same query as the text the benchmarks send. */
export const PANEL_CONTACT_QUERY = print(PANEL_CONTACT_DOCUMENT);
