import type { Resolvers } from '../../__generated__/resolvers-types';
import { SURVEY_METRICS } from '../../loyalty';
import {
  contactSurveyEligibility,
  getSurveyPolicy,
  surveyActivityOf,
  updateSurveyPolicy,
} from './survey-policy.service';

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
    surveyEligibility: (contact, { metric }, { viewer, loaders }) =>
      contactSurveyEligibility(viewer, contact, metric, loaders),
    surveyActivity: (contact) => SURVEY_METRICS.map((metric) => surveyActivityOf(contact, metric)),
    hasOpenTicket: (contact) => contact.hasOpenTicket ?? false,
  },
};
