import type { Resolvers } from '../../__generated__/resolvers-types';
import { listSurveyCandidates, recordSurveySent } from './survey-candidate.service';

export const surveyCandidateResolvers: Resolvers = {
  Query: {
    surveyCandidates: (_parent, args, { viewer }) => listSurveyCandidates(viewer, args),
  },
  Mutation: {
    surveySent: (_parent, { input }, { viewer }) => recordSurveySent(viewer, input),
  },
};
