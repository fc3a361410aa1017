import type { Resolvers } from '../../__generated__/resolvers-types';
import { formPayload } from '../../graphql/user-errors';
import { PLAYBOOK_TRIGGERS, TEMPLATE_PLACEHOLDERS } from '../../loyalty';
import { getPlaybook, resetPlaybook, updatePlaybook } from './playbook.service';

export const playbookResolvers: Resolvers = {
  Query: {
    playbook: (_parent, _args, { viewer, locale }) => getPlaybook(viewer, locale),
  },
  Mutation: {
    // A form mutation: invalid rules come back in `errors` (graphql/user-errors.ts).
    playbookUpdate: (_parent, { input }, { viewer, locale }) =>
      formPayload({ playbook: null }, async () => ({ playbook: await updatePlaybook(viewer, input, locale) })),
    playbookReset: async (_parent, _args, { viewer, locale }) => ({
      playbook: await resetPlaybook(viewer, locale),
      errors: [],
    }),
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
