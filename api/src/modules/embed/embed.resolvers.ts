import type { Resolvers } from '../../__generated__/resolvers-types';
import {
  getEmbedHostSettings,
  removeEmbedHost,
  setChatwootEmbedSettings,
  setZendeskEmbedSettings,
} from './embed.settings';

export const embedResolvers: Resolvers = {
  Query: {
    embedHostSettings: (_parent, _args, { viewer }) => getEmbedHostSettings(viewer),
  },
  Mutation: {
    zendeskEmbedSettingsSet: (_parent, { input }, { viewer, secretBox }) =>
      setZendeskEmbedSettings(viewer, secretBox, input),
    chatwootEmbedSettingsSet: async (_parent, { input }, { viewer }) => ({
      chatwoot: await setChatwootEmbedSettings(viewer, input),
    }),
    embedHostRemove: async (_parent, { input }, { viewer }) => ({
      embedHostSettings: await removeEmbedHost(viewer, input.host),
    }),
  },
};
