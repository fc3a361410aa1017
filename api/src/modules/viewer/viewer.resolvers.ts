import { assertAuthenticated } from '../../auth/viewer';
import { roleCan } from '../../auth/permissions';
import type { Resolvers } from '../../__generated__/resolvers-types';

export const viewerResolvers: Resolvers = {
  // The credential role of each SDL value (codegen's enumValues types them).
  Role: {
    AGENT: 'agent',
    SALES: 'sales',
    ADMIN: 'admin',
    INTEGRATION: 'integration',
  },
  Query: {
    health: () => true,
    viewer: (_parent, _args, { viewer }) => assertAuthenticated(viewer),
  },
  Viewer: {
    role: (viewer) => viewer.role,
    workspace: (viewer) => viewer.workspace,
    canReadContacts: (viewer) => roleCan(viewer.role, 'contact:read'),
    canWriteContacts: (viewer) => roleCan(viewer.role, 'contact:write'),
    canRecordResponses: (viewer) => roleCan(viewer.role, 'response:record'),
    canManageFollowUps: (viewer) => roleCan(viewer.role, 'followUp:manage'),
    canWorkSalesCandidates: (viewer) => roleCan(viewer.role, 'salesCandidate:work'),
    canEditSettings: (viewer) => roleCan(viewer.role, 'settings:write'),
  },
};
