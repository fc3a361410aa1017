import { roleCan } from '../../auth/permissions';
import type { Resolvers } from '../../__generated__/resolvers-types';
import {
  addAlertEndpoint,
  listAlertDeliveries,
  listAlertEndpoints,
  removeAlertEndpoint,
  testAlertEndpoint,
  updateAlertEndpoint,
} from './alert.service';

export const alertResolvers: Resolvers = {
  Query: {
    alertEndpoints: (_parent, args, { viewer }) => listAlertEndpoints(viewer, args),
    alertDeliveries: (_parent, args, { viewer }) => listAlertDeliveries(viewer, args),
  },
  Mutation: {
    alertEndpointAdd: (_parent, { input }, { viewer, secretBox }) => addAlertEndpoint(viewer, secretBox, input),
    alertEndpointUpdate: async (_parent, { input }, { viewer, secretBox }) => ({
      endpoint: await updateAlertEndpoint(viewer, secretBox, input),
    }),
    alertEndpointRemove: async (_parent, { input }, { viewer }) => ({
      removedId: await removeAlertEndpoint(viewer, input),
    }),
    alertEndpointTest: async (_parent, { input }, { viewer, secretBox }) => ({
      delivery: await testAlertEndpoint(viewer, secretBox, input),
    }),
  },
  AlertEndpoint: {
    id: (endpoint) => endpoint._id.toHexString(),
  },
  AlertDelivery: {
    id: (delivery) => delivery._id,
  },
  Viewer: {
    canManageAlerts: (viewer) => roleCan(viewer.role, 'alert:manage'),
  },
};
