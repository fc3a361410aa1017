// GraphQL operations of alerts (endpoints, deliveries, tests), as an admin's client sends them.

export const ALERT_ENDPOINT_FIELDS = /* GraphQL */ `
  fragment TestAlertEndpointFields on AlertEndpoint {
    id
    kind
    name
    url
    events
    enabled
    createdBy
  }
`;

export const ALERT_DELIVERY_FIELDS = /* GraphQL */ `
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
`;

export const ALERT_ENDPOINT_ADD = /* GraphQL */ `
  mutation TestAlertEndpointAdd($input: AlertEndpointAddInput!) {
    alertEndpointAdd(input: $input) {
      signingSecret
      endpoint {
        ...TestAlertEndpointFields
      }
    }
  }
  ${ALERT_ENDPOINT_FIELDS}
`;

export const ALERT_ENDPOINT_UPDATE = /* GraphQL */ `
  mutation TestAlertEndpointUpdate($input: AlertEndpointUpdateInput!) {
    alertEndpointUpdate(input: $input) {
      endpoint {
        ...TestAlertEndpointFields
      }
    }
  }
  ${ALERT_ENDPOINT_FIELDS}
`;

export const ALERT_ENDPOINT_REMOVE = /* GraphQL */ `
  mutation TestAlertEndpointRemove($input: AlertEndpointRemoveInput!) {
    alertEndpointRemove(input: $input) {
      removedId
    }
  }
`;

export const ALERT_ENDPOINT_TEST = /* GraphQL */ `
  mutation TestAlertEndpointTest($input: AlertEndpointTestInput!) {
    alertEndpointTest(input: $input) {
      delivery {
        ...TestAlertDeliveryFields
      }
    }
  }
  ${ALERT_DELIVERY_FIELDS}
`;

export const ALERT_ENDPOINTS = /* GraphQL */ `
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
  ${ALERT_ENDPOINT_FIELDS}
`;

export const ALERT_DELIVERIES = /* GraphQL */ `
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
  ${ALERT_DELIVERY_FIELDS}
`;

export interface AlertEndpointResult {
  id: string;
  kind: 'STANDARD_WEBHOOK' | 'SLACK';
  name: string;
  url: string;
  events: string[];
  enabled: boolean;
  createdBy: string;
}

export interface AlertDeliveryResult {
  id: string;
  event: string;
  subjectId: string;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  endpoint: { id: string; name: string } | null;
}

export interface AlertDeliveriesResult {
  alertDeliveries: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AlertDeliveryResult }[];
  };
}
