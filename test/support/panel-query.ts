/** The panel's contact query as `bench/panel-bench.ts` measures it and `test/panel-query-cost.test.ts` counts its
 * round trips: loyalty snapshot, last 20 NPS answers, recommended actions. */
export const PANEL_CONTACT_QUERY = /* GraphQL */ `
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
`;
