import type { Resolvers } from '../../__generated__/resolvers-types';
import { formPayload } from '../../graphql/user-errors';
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
    // A form mutation: values out of range come back in `errors` (graphql/user-errors.ts).
    surveyPolicyUpdate: (_parent, { input }, { viewer }) =>
      formPayload({ surveyPolicy: null }, async () => ({ surveyPolicy: await updateSurveyPolicy(viewer, input) })),
  },
  Contact: {
    surveyEligibility: (contact, { metric }, { viewer, loaders }) =>
      contactSurveyEligibility(viewer, contact, metric, loaders),
    surveyActivity: (contact) => SURVEY_METRICS.map((metric) => surveyActivityOf(contact, metric)),
    hasOpenTicket: (contact) => contact.hasOpenTicket ?? false,
  },
};
