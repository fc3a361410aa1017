import type { Resolvers } from '../../__generated__/resolvers-types';
import { asksForTotalCount } from '../../graphql/pagination';
import { formPayload } from '../../graphql/user-errors';
import { referencedContact } from '../contact/contact.service';
import { findResponse } from '../response/response.service';
import {
  assignFollowUp,
  completeFollowUp,
  createFollowUp,
  dismissFollowUp,
  isOverdue,
  listContactFollowUps,
  listFollowUps,
  logRecommendedAction,
} from './follow-up.service';

export const followUpResolvers: Resolvers = {
  Query: {
    followUps: (_parent, args, { viewer }, info) =>
      listFollowUps(viewer, { ...args, countNow: asksForTotalCount(info) }),
  },
  Mutation: {
    followUpCreate: async (_parent, { input }, { viewer, locale }) => ({
      followUp: await createFollowUp(viewer, input, locale),
    }),
    followUpAssign: async (_parent, { input }, { viewer }) => ({ followUp: await assignFollowUp(viewer, input) }),
    // Form mutations: an input the agent can fix comes back in `errors` (graphql/user-errors.ts).
    followUpComplete: (_parent, { input }, { viewer }) =>
      formPayload({ followUp: null }, async () => ({ followUp: await completeFollowUp(viewer, input) })),
    followUpDismiss: (_parent, { input }, { viewer }) =>
      formPayload({ followUp: null }, async () => ({ followUp: await dismissFollowUp(viewer, input) })),
    recommendedActionComplete: (_parent, { input }, { viewer, locale }) =>
      formPayload({ followUp: null, contact: null }, () => logRecommendedAction(viewer, input, 'DONE', locale)),
    recommendedActionDismiss: (_parent, { input }, { viewer, locale }) =>
      formPayload({ followUp: null, contact: null }, () => logRecommendedAction(viewer, input, 'DISMISSED', locale)),
  },
  Contact: {
    followUps: (contact, args, { viewer, loaders }, info) =>
      listContactFollowUps(viewer, contact, { ...args, countNow: asksForTotalCount(info) }, loaders),
  },
  FollowUp: {
    id: (followUp) => followUp._id.toHexString(),
    contact: (followUp, _args, { viewer, loaders }) => referencedContact(viewer, loaders, followUp.contactId),
    response: (followUp, _args, { viewer, loaders }) =>
      followUp.responseId ? findResponse(viewer, loaders, followUp.responseId) : null,
    overdue: (followUp) => isOverdue(followUp),
  },
};
