import type { Resolvers } from '../../__generated__/resolvers-types';

export const workspaceResolvers: Resolvers = {
  Workspace: {
    id: (workspace) => workspace._id,
  },
};
