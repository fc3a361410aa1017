import type { Resolvers } from '../../__generated__/resolvers-types';
import { listSalesCandidates, markCandidateContacted } from './sales.service';

export const salesResolvers: Resolvers = {
  Query: {
    salesCandidates: (_parent, args, { viewer }) => listSalesCandidates(viewer, args),
  },
  Mutation: {
    salesCandidateMarkContacted: (_parent, { input }, { viewer }) => markCandidateContacted(viewer, input),
  },
};
