import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from './db/errors';
import type { Logger } from './logger';
import { currentRequest } from './request-context';

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

export const unauthenticated = (message: string) => domainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => domainError('FORBIDDEN', message);
export const notFound = (message: string) => domainError('NOT_FOUND', message);
/** `field` names the input field at fault, so a form can show the message next to it. */
export const badUserInput = (message: string, field?: string) =>
  domainError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string, field?: string) => domainError('CONFLICT', message, field ? { field } : {});

const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; try again shortly';
const INTERNAL_MESSAGE = 'Internal server error';

/**
 * The database could not be reached (HTTP 503). Its driver's message names the server's
 * address, so the client gets this generic error; the detail goes to the log.
 */
export const serviceUnavailable = (cause?: unknown) =>
  new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });

/** The first error in the `originalError` chain that is not a GraphQLError: a fault of ours. */
function internalCause(error: unknown): unknown {
  let current = unwrapResolverError(error);
  for (let depth = 0; current instanceof GraphQLError && depth < 5; depth += 1) {
    if (!current.originalError) return undefined;
    current = current.originalError;
  }
  return current instanceof GraphQLError ? undefined : current;
}

/** graphql-js's "Did you mean ...?" hints name fields, types and enum values of the schema. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

export interface ErrorFormatOptions {
  /** Production: strip "Did you mean ...?" from every message (validation and variable coercion alike). */
  hideSuggestions: boolean;
  /** Where internal errors are logged outside a request's context. */
  logger: Logger;
}

/**
 * The one place errors are shaped for clients. Our own GraphQLErrors and graphql-js /
 * Apollo request errors keep their message and code; anything else (a bug, a duplicate-key
 * message naming another tenant's value, a database address) is logged with its stack and
 * replaced by one generic message: `INTERNAL_SERVER_ERROR`, or `SERVICE_UNAVAILABLE` when
 * the database could not be reached. Every error carries the request's id in
 * `extensions.requestId`, the same id as the log line and the `x-request-id` header.
 */
export function errorFormatter(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = currentRequest();
    const requestId = request?.requestId;
    const log = request?.log ?? options.logger;
    const code = formatted.extensions?.code;
    const cause = internalCause(error);
    if (code === 'SERVICE_UNAVAILABLE' || (cause !== undefined && isDatabaseUnavailable(cause))) {
      log.error({ err: cause ?? error, path: formatted.path }, 'database unavailable');
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
      };
    }
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      log.error({ err: cause ?? error, path: formatted.path }, 'internal error');
      return {
        message: INTERNAL_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message,
      extensions: { ...extensions, requestId },
    };
  };
}
