// GraphQL operations the integration tests send, written as a client would; codegen types
// each `graphql()` document (test/__generated__).
import { graphql } from '../__generated__';
import type { ResponseRecordInput } from '../__generated__/graphql';

/** @public Read by codegen: operations spread this fragment by name. */
export const CONTACT_FIELDS = graphql(`
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
`);

export const RECORD_RESPONSE = graphql(`
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
`);

export const UPSERT_CONTACT = graphql(`
  mutation TestContactUpsert($input: ContactUpsertInput!) {
    contactUpsert(input: $input) {
      created
      contact {
        ...TestContactFields
      }
    }
  }
`);

export const GET_CONTACT = graphql(`
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
`);

export const LIST_CONTACTS = graphql(`
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
`);

export const VIEWER = graphql(`
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
`);

/** A valid NPS response input; override what a test is about. */
export function npsInput(overrides: Partial<ResponseRecordInput> = {}): ResponseRecordInput {
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
