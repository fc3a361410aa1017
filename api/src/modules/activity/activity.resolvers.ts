import type { Resolvers, ResolversTypes } from '../../__generated__/resolvers-types';
import { followContact } from './activity.service';

export const activityResolvers: Resolvers = {
  Subscription: {
    contactActivity: {
      subscribe: (_parent, { id }, { viewer, activityFeed }) => followContact(viewer, id, activityFeed),
      // Each change the feed yields is the field's value.
      resolve: (change: ResolversTypes['ContactActivity']) => change,
    },
  },
  ContactActivity: {
    id: (change) => change._id.toHexString(),
    contactId: (change) => change.contactId.toHexString(),
  },
};
