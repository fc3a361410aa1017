import type { Resolvers } from '../../__generated__/resolvers-types';
import { isDisabled, readOwnWorkspace, updateOwnWorkspace } from './workspace.admin';

export const workspaceAdminResolvers: Resolvers = {
  Query: {
    workspace: (_parent, _args, { viewer }) => readOwnWorkspace(viewer),
  },
  Mutation: {
    workspaceUpdate: async (_parent, { input }, { viewer }) => ({
      workspace: await updateOwnWorkspace(viewer, input),
    }),
  },
  Workspace: {
    state: (workspace) => (isDisabled(workspace) ? 'DISABLED' : 'ACTIVE'),
    disabledAt: (workspace) => workspace.disabledAt ?? null,
  },
};
