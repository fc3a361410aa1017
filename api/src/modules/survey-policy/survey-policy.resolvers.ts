import type { Resolvers } from '../../__generated__/resolvers-types';
import { contactSurveyEligibility, getSurveyPolicy, updateSurveyPolicy } from './survey-policy.service';

export const surveyPolicyResolvers: Resolvers = {
  Query: {
    surveyPolicy: (_parent, _args, { viewer }) => getSurveyPolicy(viewer),
  },
  Mutation: {
    surveyPolicyUpdate: async (_parent, { input }, { viewer }) => ({
      surveyPolicy: await updateSurveyPolicy(viewer, input),
    }),
  },
  Contact: {
    surveyEligibility: (contact, _args, { viewer }) => contactSurveyEligibility(viewer, contact),
    hasOpenTicket: (contact) => contact.hasOpenTicket ?? false,
  },
};
