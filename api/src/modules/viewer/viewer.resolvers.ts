import { assertAuthenticated } from '../../auth/viewer';
import { roleCan } from '../../auth/permissions';
import type { Resolvers, Role } from '../../__generated__/resolvers-types';

export const viewerResolvers: Resolvers = {
  Query: {
    health: () => true,
    viewer: (_parent, _args, { viewer }) => assertAuthenticated(viewer),
  },
  Viewer: {
    role: (viewer) => viewer.role.toUpperCase() as Role,
    workspace: (viewer) => viewer.workspace,
    canReadContacts: (viewer) => roleCan(viewer.role, 'contact:read'),
    canWriteContacts: (viewer) => roleCan(viewer.role, 'contact:write'),
    canRecordResponses: (viewer) => roleCan(viewer.role, 'response:record'),
    canManageFollowUps: (viewer) => roleCan(viewer.role, 'followUp:manage'),
    canWorkSalesCandidates: (viewer) => roleCan(viewer.role, 'salesCandidate:work'),
    canEditSettings: (viewer) => roleCan(viewer.role, 'settings:write'),
  },
};
