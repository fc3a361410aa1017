// The panel's writes. Each mutation asks for the changed contact back with the same
// fragments the panel renders (recommendations, follow-ups, survey eligibility), so Apollo's
// normalized cache replaces those fields on `Contact:<id>` and every component reading them
// re-renders: no refetch, no reload.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { graphql } from './gql';
import type { RecommendedActionKind, UserError_FieldsFragment } from './gql/graphql';
import { useHostTicket } from './host-ticket';

/**
 * What a form mutation answers for input the person can fix (`errors` of its payload): the
 * field at fault (`input.outcome`) and a message to show next to it. Empty when saved.
 * @public Read by codegen: the form mutations spread this fragment by name.
 */
export const UserErrorFieldsFragment = graphql(`
  fragment UserError_fields on UserError {
    field
    message
  }
`);

export type UserErrors = readonly UserError_FieldsFragment[];

/** The `errors` of a form mutation's payload; none when there is no payload (never for a resolved call). */
function userErrorsOf(payload: { errors: UserErrors } | null | undefined): UserErrors {
  return payload?.errors ?? [];
}

/**
 * Everything on the contact that a closed-loop write can change, as the panel renders it.
 * @public Read by codegen: queries spread this fragment by name.
 */
export const PanelClosedLoopFragment = graphql(`
  fragment PanelClosedLoop_contact on Contact {
    id
    ...RecommendedActions_contact
    ...FollowUps_contact
    ...SurveyEligibility_contact
  }
`);

export const RecommendedActionCompleteMutation = graphql(`
  mutation RecommendedActionComplete($input: RecommendedActionCompleteInput!) {
    recommendedActionComplete(input: $input) {
      errors {
        ...UserError_fields
      }
      followUp {
        id
        ...FollowUpItem_followUp
      }
      contact {
        ...PanelClosedLoop_contact
      }
    }
  }
`);

export const RecommendedActionDismissMutation = graphql(`
  mutation RecommendedActionDismiss($input: RecommendedActionDismissInput!) {
    recommendedActionDismiss(input: $input) {
      errors {
        ...UserError_fields
      }
      followUp {
        id
        ...FollowUpItem_followUp
      }
      contact {
        ...PanelClosedLoop_contact
      }
    }
  }
`);

export const FollowUpCreateMutation = graphql(`
  mutation FollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        id
        ...FollowUpItem_followUp
        contact {
          ...PanelClosedLoop_contact
        }
      }
    }
  }
`);

export const FollowUpCompleteMutation = graphql(`
  mutation FollowUpComplete($input: FollowUpCompleteInput!) {
    followUpComplete(input: $input) {
      errors {
        ...UserError_fields
      }
      followUp {
        id
        ...FollowUpItem_followUp
        contact {
          ...PanelClosedLoop_contact
        }
      }
    }
  }
`);

export const FollowUpDismissMutation = graphql(`
  mutation FollowUpDismiss($input: FollowUpDismissInput!) {
    followUpDismiss(input: $input) {
      errors {
        ...UserError_fields
      }
      followUp {
        id
        ...FollowUpItem_followUp
        contact {
          ...PanelClosedLoop_contact
        }
      }
    }
  }
`);

export const SalesCandidateMarkContactedMutation = graphql(`
  mutation SalesCandidateMarkContacted($input: SalesCandidateMarkContactedInput!) {
    salesCandidateMarkContacted(input: $input) {
      errors {
        ...UserError_fields
      }
      followUp {
        id
        ...FollowUpItem_followUp
        contact {
          id
          ...FollowUps_contact
        }
      }
      candidate {
        ...SalesCandidateItem_candidate
      }
    }
  }
`);

/**
 * Logs a recommended action as done (with its outcome) or dismissed (with a reason).
 * Resolves with the problems the agent can fix (empty when logged); rejects with the API's
 * error otherwise (CONFLICT, FORBIDDEN, a network failure).
 */
export function useRecommendedActionLog(contactId: string, kind: RecommendedActionKind) {
  const [complete] = useMutation(RecommendedActionCompleteMutation);
  const [dismiss] = useMutation(RecommendedActionDismissMutation);
  return {
    complete: useCallback(
      async (outcome: string): Promise<UserErrors> => {
        const { data } = await complete({ variables: { input: { contactId, kind, outcome } } });
        return userErrorsOf(data?.recommendedActionComplete);
      },
      [complete, contactId, kind],
    ),
    dismiss: useCallback(
      async (reason: string): Promise<UserErrors> => {
        const { data } = await dismiss({ variables: { input: { contactId, kind, reason } } });
        return userErrorsOf(data?.recommendedActionDismiss);
      },
      [dismiss, contactId, kind],
    ),
  };
}

/**
 * Opens a follow-up for a recommended action; the API sets its title and due time from the
 * playbook. Opened in a ticket, it remembers the ticket (the host's `ticketId`).
 */
export function useFollowUpCreate(contactId: string, kind: RecommendedActionKind) {
  const [create, { loading }] = useMutation(FollowUpCreateMutation);
  const { ticketId } = useHostTicket();
  const track = useCallback(
    () => create({ variables: { input: { contactId, kind, ...(ticketId ? { ticketId } : {}) } } }),
    [create, contactId, kind, ticketId],
  );
  return { track, tracking: loading };
}

/**
 * Closes an open follow-up as done (with its outcome) or dismissed (with a reason). Resolves
 * with the problems the agent can fix (empty when closed); rejects with the API's error.
 */
export function useFollowUpClose(followUpId: string) {
  const [complete] = useMutation(FollowUpCompleteMutation);
  const [dismiss] = useMutation(FollowUpDismissMutation);
  return {
    complete: useCallback(
      async (outcome: string): Promise<UserErrors> => {
        const { data } = await complete({ variables: { input: { id: followUpId, outcome } } });
        return userErrorsOf(data?.followUpComplete);
      },
      [complete, followUpId],
    ),
    dismiss: useCallback(
      async (reason: string): Promise<UserErrors> => {
        const { data } = await dismiss({ variables: { input: { id: followUpId, reason } } });
        return userErrorsOf(data?.followUpDismiss);
      },
      [dismiss, followUpId],
    ),
  };
}

/**
 * Records that a sales rep reached out to a promoter; resolves with the problems the rep can
 * fix (empty when recorded). The candidate comes back keyed by its
 * contact (see the cache's type policies), so its "last contacted" updates in any list, and
 * the contact's follow-ups gain the done outreach.
 */
export function useSalesCandidateMarkContacted(contactId: string) {
  const [mark] = useMutation(SalesCandidateMarkContactedMutation);
  return useCallback(
    async (note: string): Promise<UserErrors> => {
      const { data } = await mark({ variables: { input: { contactId, note } } });
      return userErrorsOf(data?.salesCandidateMarkContacted);
    },
    [mark, contactId],
  );
}
