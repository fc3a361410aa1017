import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type express from 'express';
import { createLogger, type Logger } from './logger';

/** What every log line and error answer of one HTTP request carries. */
export interface RequestContext {
  requestId: string;
  /** The app's logger with `requestId` bound. */
  log: Logger;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An incoming `x-request-id` is kept only when it is a plain token (letters, digits and
 * `._:-`, at most 64 characters): anything else (spaces, control characters, a log line's
 * worth of text) could forge or break log lines, so a fresh id replaces it.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function isSaneRequestId(value: unknown): value is string {
  return typeof value === 'string' && SANE_REQUEST_ID.test(value);
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request being handled, for code that has no `res` at hand (Apollo's `formatError`). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** The request's context, set by `requestContext()` (a fallback for responses that skipped it). */
export function requestContextOf(res: express.Response, fallback: Logger): RequestContext {
  const context = res.locals.requestContext as RequestContext | undefined;
  if (context) return context;
  const requestId = randomUUID();
  return { requestId, log: fallback.child({ requestId }) };
}

let fallbackLogger: Logger | undefined;

/** The request's logger, for routes that log a failure they answer themselves. */
export function requestLog(res: express.Response): Logger {
  const context = res.locals.requestContext as RequestContext | undefined;
  return context?.log ?? (fallbackLogger ??= createLogger());
}

/**
 * First middleware of the app: picks the request id (the caller's when sane, else a new
 * UUID), echoes it in the `x-request-id` response header, binds it to a child logger, logs
 * one line per finished request, and runs the rest of the chain inside the context.
 */
export function requestContext(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = isSaneRequestId(incoming) ? incoming : randomUUID();
    const context: RequestContext = { requestId, log: logger.child({ requestId }) };
    res.locals.requestContext = context;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      context.log.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000n) / 1000,
        },
        'request finished',
      );
    });
    storage.run(context, next);
  };
}

/**
 * Enters the request's context again. Body parsers call `next` from the request stream's
 * own callbacks, outside the context `requestContext()` entered, so a route that needs
 * `currentRequest()` after parsing the body mounts this right after the parser.
 */
export function reenterRequestContext(logger: Logger): express.RequestHandler {
  return (_req, res, next) => {
    storage.run(requestContextOf(res, logger), next);
  };
}
