// GraphQL operations of the closed loop (follow-ups, playbook, survey policy, sales), as a client sends them.

export const FOLLOW_UP_FIELDS = /* GraphQL */ `
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
`;

export const FOLLOW_UP_CREATE = /* GraphQL */ `
  mutation TestFollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        ...TestFollowUpFields
      }
    }
  }
  ${FOLLOW_UP_FIELDS}
`;

export const FOLLOW_UP_ASSIGN = /* GraphQL */ `
  mutation TestFollowUpAssign($input: FollowUpAssignInput!) {
    followUpAssign(input: $input) {
      followUp {
        ...TestFollowUpFields
      }
    }
  }
  ${FOLLOW_UP_FIELDS}
`;

export const FOLLOW_UP_COMPLETE = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export const FOLLOW_UP_DISMISS = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export const RECOMMENDED_ACTION_COMPLETE = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export const RECOMMENDED_ACTION_DISMISS = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export const FOLLOW_UPS = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export const CONTACT_LOOP = /* GraphQL */ `
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
  ${FOLLOW_UP_FIELDS}
`;

export interface FollowUpResult {
  id: string;
  kind: string;
  title: string;
  status: string;
  assigneeId: string | null;
  dueAt: string | null;
  overdue: boolean;
  note: string | null;
  outcome: string | null;
  dismissReason: string | null;
  createdBy: string;
  closedBy: string | null;
  closedAt: string | null;
  contact: { id: string };
  response: { id: string; score: number } | null;
}

export interface ContactLoopResult {
  contact: {
    id: string;
    recommendedActions: {
      kind: string;
      title: string;
      priority: string;
      dueAt: string | null;
      reason: string;
      script: string;
    }[];
    followUps: { totalCount: number; edges: { node: FollowUpResult }[] };
    surveyEligibility: {
      eligible: boolean;
      nextEligibleAt: string | null;
      reasons: { blocker: string; message: string; until: string | null }[];
    };
  };
}
