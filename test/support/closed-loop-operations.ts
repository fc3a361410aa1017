// GraphQL operations of the closed loop (follow-ups, playbook, survey policy, sales), as a client sends them.
import { graphql } from '../__generated__';

/** @public Read by codegen: operations spread this fragment by name. */
export const FOLLOW_UP_FIELDS = graphql(`
  fragment TestFollowUpFields on FollowUp {
    id
    kind
    title
    status
    assigneeId
    dueAt
    overdue
    note
    outcome
    dismissReason
    createdBy
    closedBy
    closedAt
    contact {
      id
    }
    response {
      id
      score
    }
  }
`);

export const FOLLOW_UP_CREATE = graphql(`
  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        ...TestFollowUpFields
      }
    }
  }
`);

export const FOLLOW_UP_ASSIGN = graphql(`
  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {
    followUpAssign(input: $input) {
      followUp {
        ...TestFollowUpFields
      }
    }
  }
`);

export const FOLLOW_UP_COMPLETE = graphql(`
  mutation TestFollowUpComplete($input: FollowUpCompleteInput!) {
    followUpComplete(input: $input) {
      errors {
        field
        message
      }
      followUp {
        ...TestFollowUpFields
      }
    }
  }
`);

export const FOLLOW_UP_DISMISS = graphql(`
  mutation TestFollowUpDismiss($input: FollowUpDismissInput!) {
    followUpDismiss(input: $input) {
      errors {
        field
        message
      }
      followUp {
        ...TestFollowUpFields
      }
    }
  }
`);

export const RECOMMENDED_ACTION_COMPLETE = graphql(`
  mutation TestRecommendedActionComplete($input: RecommendedActionCompleteInput!) {
    recommendedActionComplete(input: $input) {
      errors {
        field
        message
      }
      followUp {
        ...TestFollowUpFields
      }
      contact {
        id
        recommendedActions {
          kind
        }
      }
    }
  }
`);

export const RECOMMENDED_ACTION_DISMISS = graphql(`
  mutation TestRecommendedActionDismiss($input: RecommendedActionDismissInput!) {
    recommendedActionDismiss(input: $input) {
      errors {
        field
        message
      }
      followUp {
        ...TestFollowUpFields
      }
      contact {
        id
        recommendedActions {
          kind
        }
      }
    }
  }
`);

export const FOLLOW_UPS = graphql(`
  query TestFollowUps($first: Int, $after: String, $filter: FollowUpFilter) {
    followUps(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TestFollowUpFields
        }
      }
    }
  }
`);

export const CONTACT_LOOP = graphql(`
  query TestContactLoop($id: ID!) {
    contact(id: $id) {
      id
      recommendedActions {
        kind
        title
        priority
        dueAt
        reason
        script
      }
      followUps(first: 50) {
        totalCount
        edges {
          node {
            ...TestFollowUpFields
          }
        }
      }
      surveyEligibility {
        eligible
        nextEligibleAt
        reasons {
          blocker
          message
          until
        }
      }
    }
  }
`);
