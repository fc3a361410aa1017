// GraphQL operations the integration tests send, written as a client would.

export const CONTACT_FIELDS = /* GraphQL */ `
  fragment TestContactFields on Contact {
    id
    externalId
    email
    name
    company
    plan
    region
    tags
    accountValue
    signedUpAt
    loyalty {
      category
      latestScore
      latestComment
      answeredAt
      previousCategory
      previousScore
      movement
      responseCount
    }
  }
`;

export const RECORD_RESPONSE = /* GraphQL */ `
  mutation TestResponseRecord($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      duplicate
      response {
        id
        metric
        score
        scaleMax
        category
        comment
        answeredAt
        source
        sourceId
      }
      contact {
        ...TestContactFields
      }
    }
  }
  ${CONTACT_FIELDS}
`;

export const UPSERT_CONTACT = /* GraphQL */ `
  mutation TestContactUpsert($input: ContactUpsertInput!) {
    contactUpsert(input: $input) {
      created
      contact {
        ...TestContactFields
      }
    }
  }
  ${CONTACT_FIELDS}
`;

export const GET_CONTACT = /* GraphQL */ `
  query TestContact($id: ID, $externalId: String, $email: String, $first: Int, $after: String) {
    contact(id: $id, externalId: $externalId, email: $email) {
      ...TestContactFields
      responses(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            score
            category
            answeredAt
            sourceId
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
  ${CONTACT_FIELDS}
`;

export const LIST_CONTACTS = /* GraphQL */ `
  query TestContacts($first: Int, $after: String, $filter: ContactFilter) {
    contacts(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          externalId
          loyalty {
            category
          }
        }
      }
    }
  }
`;

export const VIEWER = /* GraphQL */ `
  query TestViewer {
    viewer {
      userId
      role
      workspace {
        id
        name
      }
      canReadContacts
      canWriteContacts
      canRecordResponses
    }
  }
`;

export interface LoyaltyResult {
  category: string | null;
  latestScore: number | null;
  latestComment: string | null;
  answeredAt: string | null;
  previousCategory: string | null;
  previousScore: number | null;
  movement: string;
  responseCount: number;
}

export interface ContactResult {
  id: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  company: string | null;
  plan: string | null;
  region: string | null;
  tags: string[];
  accountValue: number | null;
  signedUpAt: string | null;
  loyalty: LoyaltyResult;
}

export interface RecordResponseResult {
  responseRecord: {
    duplicate: boolean;
    response: {
      id: string;
      metric: string;
      score: number;
      scaleMax: number;
      category: string | null;
      comment: string | null;
      answeredAt: string;
      source: string;
      sourceId: string;
    };
    contact: ContactResult;
  };
}

export interface GetContactResult {
  contact: ContactResult & {
    responses: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: { id: string; score: number; category: string | null; answeredAt: string; sourceId: string };
      }[];
    };
    recommendedActions: {
      kind: string;
      title: string;
      script: string;
      priority: string;
      dueAt: string | null;
      reason: string;
    }[];
  };
}

/** A valid NPS response input; override what a test is about. */
export function npsInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contact: { externalId: 'zd-42', email: 'ada@example.com', name: 'Ada Lovelace', company: 'Analytical Engines' },
    metric: 'NPS',
    score: 9,
    comment: 'Lovely support',
    channel: 'email',
    answeredAt: '2026-11-01T10:00:00.000Z',
    source: 'test',
    sourceId: 'r-1',
    ...overrides,
  };
}
