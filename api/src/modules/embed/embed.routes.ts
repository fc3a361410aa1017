import express from 'express';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config';
import type { SecretBox } from '../../auth/secret-box';
import { httpStatusOf } from '../../errors';
import { requestContextOf, requestLog } from '../../request-context';
import { frameablePage } from '../../security-headers';
import { embedOriginsOf } from '../workspace/workspace.embed';
import { findWorkspace } from '../workspace/workspace.service';
import { openChatwootSession, openZendeskSession, renewChatwootSession, zendeskAudience } from './embed.session';

/** Zendesk's own SDK for iframe apps, the 2.0 line (Zendesk keeps this address current). */
const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
/** The sign-in body is an access token; nothing larger is ever needed. */
const SESSION_BODY_LIMIT = '2kb';

type Host = 'zendesk' | 'chatwoot';

/** What the page tells the panel's host adapter (plugin-ui/src/hosts/): public values only, never a token. */
export interface EmbedPageConfig {
  host: Host;
  workspaceId: string;
  apiUrl: string;
  /** Where the adapter opens (and, for Chatwoot, renews) the panel session. */
  sessionPath: string;
  renewPath: string;
  /** The audience the Zendesk app's JWTs must carry. */
  audience: string;
  /** Origins whose messages the Chatwoot adapter reads: the workspace's embed origins. */
  allowedOrigins: string[];
}

/** JSON safe inside a <script> element: no `<` that could close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

function embedPage(config: EmbedPageConfig): string {
  const zafSdk = config.host === 'zendesk' ? `\n    <script src="${ZAF_SDK_URL}"></script>` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>NPS Desk</title>
    <script type="application/json" id="nps-desk-embed-config">${scriptJson(config)}</script>${zafSdk}
    <script src="/panel/nps-desk-embed.js" defer></script>
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <main id="nps-desk-embed-root"></main>
  </body>
</html>
`;
}

/** Answers a refusal from a service (its code and message) or hands anything else to the error handler. */
function sendFailure(res: express.Response, next: express.NextFunction, error: unknown): void {
  if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
    const { requestId, log } = requestContextOf(res, requestLog(res));
    log.info({ reason: error.message }, 'panel session refused');
    res
      .status(httpStatusOf('UNAUTHENTICATED'))
      .setHeader('cache-control', 'no-store')
      .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED', requestId } }] });
    return;
  }
  next(error);
}

function sendSession(res: express.Response, session: object): void {
  res.setHeader('cache-control', 'no-store').json(session);
}

/**
 * The panel inside helpdesks (docs/embedding.md): one iframe page per host and workspace,
 * framable only by the workspace's embed origins, and the endpoints that turn the host's
 * proof of the agent into a short-lived panel token.
 */
export function embedRouter(config: AppConfig, box: SecretBox): express.Router {
  const router = express.Router();
  const workspaceOf = (req: express.Request) => String(req.params.workspaceId);

  for (const host of ['zendesk', 'chatwoot'] as const) {
    router.get(`/:workspaceId/${host}`, frameablePage(workspaceOf), async (req, res) => {
      const workspaceId = workspaceOf(req);
      const base = `/embed/${encodeURIComponent(workspaceId)}`;
      const page = embedPage({
        host,
        workspaceId,
        apiUrl: '/graphql',
        sessionPath: `${base}/${host}/session`,
        renewPath: '/embed/session/renew',
        audience: zendeskAudience(workspaceId),
        allowedOrigins: embedOriginsOf(await findWorkspace(workspaceId)),
      });
      res.setHeader('cache-control', 'no-store').type('html').send(page);
    });
  }

  router.post('/:workspaceId/zendesk/session', async (req, res, next) => {
    try {
      sendSession(res, await openZendeskSession(config.jwt, box, workspaceOf(req), req.headers.authorization));
    } catch (error) {
      sendFailure(res, next, error);
    }
  });

  router.post('/:workspaceId/chatwoot/session', express.json({ limit: SESSION_BODY_LIMIT }), async (req, res, next) => {
    const body = req.body as { accessToken?: unknown } | undefined;
    try {
      sendSession(res, await openChatwootSession(config.jwt, workspaceOf(req), body?.accessToken));
    } catch (error) {
      sendFailure(res, next, error);
    }
  });

  router.post('/session/renew', async (req, res, next) => {
    try {
      sendSession(res, await renewChatwootSession(config.jwt, req.headers.authorization));
    } catch (error) {
      sendFailure(res, next, error);
    }
  });

  return router;
}
