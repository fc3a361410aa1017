import { roleCan } from '../../auth/permissions';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { eraseContact, listContactErasures } from './data-rights.service';

export const dataRightsResolvers: Resolvers = {
  Query: {
    contactErasures: (_parent, args, { viewer }) => listContactErasures(viewer, args),
  },
  Mutation: {
    contactErase: async (_parent, { input }, { viewer }) => ({ erasure: await eraseContact(viewer, input) }),
  },
  ContactErasure: {
    id: (erasure) => erasure._id,
    contactId: (erasure) => erasure.contactId.toHexString(),
    status: (erasure) => (erasure.pending.length > 0 ? 'PENDING' : 'DONE'),
    note: (erasure) => (erasure.pending.length > 0 ? erasure.lastAttemptNote : null),
    removedResponses: (erasure) => erasure.removed.responses,
    removedFollowUps: (erasure) => erasure.removed.followUps,
    removedAlertDeliveries: (erasure) => erasure.removed.alertDeliveries,
    removedRecoveryLinks: (erasure) => erasure.removed.recoveryLinks,
  },
  Viewer: {
    canManageDataRights: (viewer) => roleCan(viewer.role, 'contact:erase'),
  },
};
