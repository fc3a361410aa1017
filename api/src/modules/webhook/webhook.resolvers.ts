import type { Resolvers } from '../../__generated__/resolvers-types';
import {
  addWebhookSecret,
  endpointPath,
  listWebhookSecrets,
  revokeWebhookSecret,
  rotateWebhookSecret,
} from './webhook.service';

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSecrets: (_parent, args, { viewer }) => listWebhookSecrets(viewer, args),
  },
  Mutation: {
    webhookSecretAdd: (_parent, { input }, { viewer, secretBox }) => addWebhookSecret(viewer, secretBox, input),
    webhookSecretRotate: (_parent, { input }, { viewer, secretBox }) => rotateWebhookSecret(viewer, secretBox, input),
    webhookSecretRevoke: async (_parent, { input }, { viewer }) => ({
      webhookSecret: await revokeWebhookSecret(viewer, input),
    }),
  },
  WebhookSecret: {
    id: (secret) => secret._id.toHexString(),
    endpointPath: (secret) => endpointPath(secret.workspaceId, secret.provider),
    active: (secret) => secret.revokedAt === null,
    rotatedFromId: (secret) => secret.rotatedFromId?.toHexString() ?? null,
  },
};
