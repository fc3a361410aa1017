import type express from 'express';
import { isDatabaseUnavailable } from './db/errors';
import { httpStatusOf, type ErrorCode } from './errors';
import type { Logger } from './logger';
import { requestContextOf } from './request-context';

/** The body of every HTTP-level error: shaped like a GraphQL error answer. */
interface ErrorBody {
  errors: [{ message: string; extensions: { code: string; requestId: string } }];
}

function send(res: express.Response, code: ErrorCode, message: string, requestId: string): void {
  const body: ErrorBody = { errors: [{ message, extensions: { code, requestId } }] };
  res.status(httpStatusOf(code)).setHeader('cache-control', 'no-store').json(body);
}

/** What body-parser and friends attach: an HTTP status meant for the client, and a type. */
interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  type?: unknown;
}

/** The code of a client error the body parser reports by its HTTP status; any other 4xx is BAD_REQUEST (400). */
const CLIENT_ERRORS: Record<number, { code: ErrorCode; message: string }> = {
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported encoding or type' },
};
const MALFORMED = { code: 'BAD_REQUEST', message: 'The request is malformed' } as const;

/**
 * The last handler of the app: every error no route answered itself becomes a JSON answer
 * with a code and the request id, never Express's HTML page (which shows the stack and file
 * paths outside production). Client mistakes answer their code's status (`httpStatusOf`: 413,
 * 415, else BAD_REQUEST 400) with a fixed message (the parser's own text can quote the body); anything else is logged with its stack and
 * answers a generic 500, or 503 SERVICE_UNAVAILABLE when the database could not be reached.
 */
export function jsonErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const { requestId, log } = requestContextOf(res, logger);
    if (res.headersSent) {
      // Mid-stream: the status line is gone; cut the response so the client sees a failure.
      log.error({ err: error }, 'request failed after the response started');
      res.destroy();
      return;
    }
    const http = (error ?? {}) as HttpishError;
    const status = Number(http.status ?? http.statusCode);
    if (http.type === 'entity.parse.failed') {
      log.info({ status: httpStatusOf('BAD_REQUEST') }, 'request body is not valid JSON');
      send(res, 'BAD_REQUEST', 'The request body is not valid JSON', requestId);
      return;
    }
    if (Number.isInteger(status) && status >= 400 && status < 500 && http.expose !== false) {
      const known =
        CLIENT_ERRORS[status] ?? (status === 400 ? MALFORMED : { ...MALFORMED, message: 'The request was refused' });
      log.info({ status, type: http.type }, known.message);
      send(res, known.code, known.message, requestId);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      log.error({ err: error }, 'database unavailable');
      send(res, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable; try again shortly', requestId);
      return;
    }
    log.error({ err: error }, 'internal error');
    send(res, 'INTERNAL_SERVER_ERROR', 'Internal server error', requestId);
  };
}

/** Unknown paths answer JSON too (Express's default is an HTML page). */
export function jsonNotFound(logger: Logger): express.RequestHandler {
  return (_req, res) => {
    send(res, 'NOT_FOUND', 'No such resource', requestContextOf(res, logger).requestId);
  };
}
