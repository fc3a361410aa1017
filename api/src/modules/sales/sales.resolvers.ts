import type { Resolvers } from '../../__generated__/resolvers-types';
import { formPayload } from '../../graphql/user-errors';
import { listSalesCandidates, markCandidateContacted } from './sales.service';

export const salesResolvers: Resolvers = {
  Query: {
    salesCandidates: (_parent, args, { viewer }) => listSalesCandidates(viewer, args),
  },
  Mutation: {
    // A form mutation: a note the rep can fix comes back in `errors` (graphql/user-errors.ts).
    salesCandidateMarkContacted: (_parent, { input }, { viewer, locale }) =>
      formPayload({ followUp: null, candidate: null }, () => markCandidateContacted(viewer, input, locale)),
  },
};
