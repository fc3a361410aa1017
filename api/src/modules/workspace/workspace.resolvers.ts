import type { Resolvers } from '../../__generated__/resolvers-types';
import { getEmbedSettings, updateEmbedSettings } from './workspace.embed';

export const workspaceResolvers: Resolvers = {
  Workspace: {
    id: (workspace) => workspace._id,
  },
  Query: {
    embedSettings: (_parent, _args, { viewer }) => getEmbedSettings(viewer),
  },
  Mutation: {
    embedSettingsUpdate: async (_parent, { input }, { viewer }) => ({
      embedSettings: await updateEmbedSettings(viewer, input),
    }),
  },
};
