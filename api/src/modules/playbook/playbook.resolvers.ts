import type { Resolvers } from '../../__generated__/resolvers-types';
import { PLAYBOOK_TRIGGERS, TEMPLATE_PLACEHOLDERS } from '../../loyalty';
import { getPlaybook, resetPlaybook, updatePlaybook } from './playbook.service';

export const playbookResolvers: Resolvers = {
  Query: {
    playbook: (_parent, _args, { viewer }) => getPlaybook(viewer),
  },
  Mutation: {
    playbookUpdate: async (_parent, { input }, { viewer }) => ({ playbook: await updatePlaybook(viewer, input) }),
    playbookReset: async (_parent, _args, { viewer }) => ({ playbook: await resetPlaybook(viewer) }),
  },
  Playbook: {
    rules: (playbook) =>
      PLAYBOOK_TRIGGERS.map((trigger) => ({
        trigger,
        actions: playbook.rules[trigger].map((action) => ({
          ...action,
          requiresCompany: action.requiresCompany ?? false,
        })),
      })),
    placeholders: () => [...TEMPLATE_PLACEHOLDERS],
  },
};
