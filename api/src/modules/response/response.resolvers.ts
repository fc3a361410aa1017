import type { Resolvers } from '../../__generated__/resolvers-types';
import { recordResponse } from './response.service';

export const responseResolvers: Resolvers = {
  Mutation: {
    responseRecord: (_parent, { input }, { viewer }) => recordResponse(viewer, input),
  },
  SurveyResponse: {
    id: (response) => response._id.toHexString(),
  },
};
