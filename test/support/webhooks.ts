// Inbound webhook helpers for the integration tests: secrets managed through GraphQL as an
// admin would, deliveries signed the way each sender signs them, posted over real HTTP.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { WebhookSecretModel } from '../../api/src/modules/webhook/webhook.model';
import { graphql } from '../__generated__';
import type { WebhookSecretAddInput } from '../__generated__/graphql';
import { storedState } from './db-state';
import type { Caller, TestServer } from './test-server';

/** @public Read by codegen: operations spread this fragment by name. */
export const WEBHOOK_SECRET_FIELDS = graphql(`
  fragment TestWebhookSecretFields on WebhookSecret {
    id
    provider
    label
    fingerprint
    endpointPath
    active
    rotatedFromId
    createdBy
    createdAt
    lastUsedAt
    revokedAt
    revokedBy
  }
`);

export const ADD_WEBHOOK_SECRET = graphql(`
  mutation TestWebhookSecretAdd($input: WebhookSecretAddInput!) {
    webhookSecretAdd(input: $input) {
      secret
      webhookSecret {
        ...TestWebhookSecretFields
      }
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation TestWebhookSecretRotate($input: WebhookSecretRotateInput!) {
    webhookSecretRotate(input: $input) {
      secret
      webhookSecret {
        ...TestWebhookSecretFields
      }
      previous {
        ...TestWebhookSecretFields
      }
    }
  }
`);

export const REVOKE_WEBHOOK_SECRET = graphql(`
  mutation TestWebhookSecretRevoke($input: WebhookSecretRevokeInput!) {
    webhookSecretRevoke(input: $input) {
      webhookSecret {
        ...TestWebhookSecretFields
      }
    }
  }
`);

export const LIST_WEBHOOK_SECRETS = graphql(`
  query TestWebhookSecrets($first: Int, $after: String, $includeRevoked: Boolean) {
    webhookSecrets(first: $first, after: $after, includeRevoked: $includeRevoked) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TestWebhookSecretFields
        }
      }
    }
  }
`);

/** A Standard Webhooks secret as a sender would make one. */
export function newStandardSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** A Survicate-like signing secret (an opaque string). */
export function newSurvicateSecret(): string {
  return randomBytes(20).toString('hex');
}

/** Adds a secret as an admin and returns its id and the secret in full (generated or pasted). */
export async function addSecret(
  server: TestServer,
  input: WebhookSecretAddInput,
  options: { workspaceId?: string } = {},
): Promise<{ id: string; secret: string }> {
  const result = await server.execute(ADD_WEBHOOK_SECRET, { input }, { as: 'admin', workspaceId: options.workspaceId });
  const added = result.data?.webhookSecretAdd;
  const secret = input.secret ?? added?.secret;
  if (!added || !secret) throw new Error(`webhookSecretAdd failed: ${JSON.stringify(result.errors)}`);
  return { id: added.webhookSecret.id, secret };
}

export async function revokeSecret(server: TestServer, id: string, as: Caller = 'admin') {
  return server.execute(REVOKE_WEBHOOK_SECRET, { input: { id } }, { as });
}

export interface HookAnswer {
  status: number;
  body: {
    duplicate?: boolean;
    responseId?: string;
    ignored?: string;
    errors?: { message: string; extensions: { code: string; field?: string } }[];
  };
}

/** Posts a body to `/hooks/<workspace>/<provider>` over real HTTP, exactly as given. */
export async function postHook(
  server: TestServer,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<HookAnswer> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as HookAnswer['body'] };
}

/** Standard Webhooks headers for a body, signed by the `standardwebhooks` package itself. */
export function standardHeaders(
  secret: string,
  body: string,
  options: { id?: string; timestamp?: Date } = {},
): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = options.timestamp ?? new Date();
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
  };
}

/** Survicate's `Hmac` header, as its docs say: lowercase hex HMAC-SHA256 of the body under the signing secret. */
export function survicateHeaders(secret: string, body: string): Record<string, string> {
  return { hmac: createHmac('sha256', secret).update(body).digest('hex') };
}

/** Contacts, responses and every webhook secret's record, to assert that a refused delivery stored nothing. */
export async function storedStateWithSecrets(): Promise<string> {
  const secrets = await WebhookSecretModel.find().sort({ _id: 1 }).lean().exec();
  return JSON.stringify({ state: await storedState(), secrets });
}
