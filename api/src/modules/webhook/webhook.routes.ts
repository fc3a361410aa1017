import express from 'express';
import { GraphQLError } from 'graphql';
import type { SecretBox } from '../../auth/secret-box';
import type { AuthenticatedViewer } from '../../auth/viewer';
import { ILL_FORMED_MESSAGE, illFormedStringPath } from '../../validation';
import { isDatabaseUnavailable } from '../../db/errors';
import { httpStatusOf, type ErrorCode } from '../../errors';
import { RETRY_AFTER_SECONDS } from '../../graphql/service-unavailable';
import { requestLog } from '../../request-context';
import { findWorkspace } from '../workspace/workspace.service';
import { DeliveryError, type WebhookReceiver } from './webhook.delivery';
import { markSecretUsed, openActiveSecrets } from './webhook.service';
import { standardReceiver } from './webhook.standard';
import { survicateReceiver } from './webhook.survicate';

// Inbound webhooks, per workspace: `POST /hooks/<workspace>/standard` and `.../survicate`.
// A delivery is authenticated by its signature alone, then recorded as an `integration`
// viewer through the same services as GraphQL. Errors are shaped like the API's
// (`errors[].extensions.code`) and nothing is stored for a refused delivery.

// One answer is well under 10 kB; the limit bounds what an unsigned request makes us read.
export const MAX_BODY_BYTES = 64 * 1024;

function sendError(res: express.Response, code: ErrorCode, message: string, field?: unknown): void {
  res.status(httpStatusOf(code)).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

/** The codes a service's GraphQLError may carry to a sender as they are (anything else is ours: 500). */
const SENDER_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

function answerError(res: express.Response, error: unknown): void {
  if (error instanceof DeliveryError) {
    sendError(res, error.code, error.message, error.field);
    return;
  }
  const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
  if (error instanceof GraphQLError && SENDER_CODES.has(code)) {
    sendError(res, code as ErrorCode, error.message, error.extensions.field);
    return;
  }
  if (isDatabaseUnavailable(error)) {
    // The sender retries a 5xx later; its retry is idempotent by (source, sourceId).
    requestLog(res).error({ err: error }, 'webhook delivery: database unavailable');
    res.set('retry-after', String(RETRY_AFTER_SECONDS));
    sendError(res, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable; try again shortly');
    return;
  }
  requestLog(res).error({ err: error }, 'webhook delivery failed');
  sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

function parseJson(body: Buffer): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new DeliveryError('MALFORMED_JSON', 'The body is not valid JSON');
  }
  // A `\ud800` escape parses to a lone surrogate, which would be stored as U+FFFD: refused.
  const field = illFormedStringPath(parsed);
  if (field !== null) throw new DeliveryError('BAD_USER_INPUT', `${field}: ${ILL_FORMED_MESSAGE}`, field);
  return parsed;
}

function deliveryHandler(box: SecretBox, receiver: WebhookReceiver): express.RequestHandler<{ workspaceId: string }> {
  return async (req, res) => {
    const now = new Date();
    try {
      const workspace = await findWorkspace(req.params.workspaceId);
      const secrets = workspace ? await openActiveSecrets(box, workspace._id, receiver.provider) : [];
      // An unknown workspace and one without secrets answer alike, so ids cannot be probed.
      if (!workspace || secrets.length === 0) {
        throw new DeliveryError('NOT_FOUND', 'No webhook endpoint is set up here');
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const secret = receiver.verify(body, req.headers, secrets);
      const viewer: AuthenticatedViewer = {
        kind: 'authenticated',
        userId: `webhook:${secret.id.toHexString()}`,
        role: 'integration',
        workspaceId: workspace._id,
        workspace,
      };
      const answer = await receiver.deliver(viewer, parseJson(body), now);
      await markSecretUsed(workspace._id, secret.id, now);
      res.status(200).json(answer);
    } catch (error) {
      answerError(res, error);
    }
  };
}

export function webhookRouter(box: SecretBox): express.Router {
  const router = express.Router();
  // The raw bytes, whatever the content type: the signature is over them.
  const rawBody = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  router.post('/:workspaceId/standard', rawBody, deliveryHandler(box, standardReceiver));
  router.post('/:workspaceId/survicate', rawBody, deliveryHandler(box, survicateReceiver));
  router.use((_req, res) => {
    sendError(res, 'NOT_FOUND', 'No webhook endpoint is set up here');
  });
  // Errors of the body reader: too large, or unreadable (bad encoding, aborted). Express
  // knows an error handler by its four parameters.
  const bodyErrorHandler: express.ErrorRequestHandler = (
    error: { type?: string; status?: number },
    _req,
    res,
    _next,
  ) => {
    if (error.type === 'entity.too.large') {
      sendError(res, 'PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES / 1024} kB`);
    } else if (error.status === httpStatusOf('UNSUPPORTED_MEDIA_TYPE')) {
      sendError(res, 'UNSUPPORTED_MEDIA_TYPE', 'The body has an unsupported encoding or character set');
    } else if (error.status && error.status >= 400 && error.status < 500) {
      sendError(res, 'UNREADABLE_BODY', 'The body could not be read');
    } else {
      answerError(res, error);
    }
  };
  router.use(bodyErrorHandler);
  return router;
}
