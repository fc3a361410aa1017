// GraphQL operations of alerts (endpoints, deliveries, tests), as an admin's client sends them.
import { graphql } from '../__generated__';

/** @public Read by codegen: operations spread this fragment by name. */
export const ALERT_ENDPOINT_FIELDS = graphql(`
  fragment TestAlertEndpointFields on AlertEndpoint {
    id
    kind
    name
    url
    events
    enabled
    createdBy
  }
`);

/** @public Read by codegen: operations spread this fragment by name. */
export const ALERT_DELIVERY_FIELDS = graphql(`
  fragment TestAlertDeliveryFields on AlertDelivery {
    id
    event
    subjectId
    status
    attempts
    nextAttemptAt
    lastAttemptAt
    lastStatusCode
    lastError
    sentAt
    createdAt
    endpoint {
      id
      name
    }
  }
`);

export const ALERT_ENDPOINT_ADD = graphql(`
  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {
    alertEndpointAdd(input: $input) {
      signingSecret
      endpoint {
        ...TestAlertEndpointFields
      }
    }
  }
`);

export const ALERT_ENDPOINT_UPDATE = graphql(`
  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {
    alertEndpointUpdate(input: $input) {
      endpoint {
        ...TestAlertEndpointFields
      }
    }
  }
`);

export const ALERT_ENDPOINT_REMOVE = graphql(`
  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {
    alertEndpointRemove(input: $input) {
      removedId
    }
  }
`);

export const ALERT_ENDPOINT_TEST = graphql(`
  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {
    alertEndpointTest(input: $input) {
      delivery {
        ...TestAlertDeliveryFields
      }
    }
  }
`);

export const ALERT_ENDPOINTS = graphql(`
  query TestAlertEndpoints($first: Int, $after: String) {
    alertEndpoints(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TestAlertEndpointFields
        }
      }
    }
  }
`);

export const ALERT_DELIVERIES = graphql(`
  query TestAlertDeliveries($first: Int, $after: String, $filter: AlertDeliveryFilter) {
    alertDeliveries(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TestAlertDeliveryFields
        }
      }
    }
  }
`);
