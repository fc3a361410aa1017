import type { Resolvers } from '../../__generated__/resolvers-types';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, args, { viewer }) => listApiKeys(viewer, args),
  },
  Mutation: {
    apiKeyCreate: (_parent, { input }, { viewer }) => createApiKey(viewer, input),
    apiKeyRevoke: async (_parent, { input }, { viewer }) => ({ apiKey: await revokeApiKey(viewer, input) }),
  },
  ApiKey: {
    id: (key) => key._id.toHexString(),
    role: (key) => key.role,
    active: (key) => key.revokedAt === null,
  },
};
