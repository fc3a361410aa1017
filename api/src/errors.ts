import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from './db/errors';
import type { Logger } from './logger';
import { currentRequest } from './request-context';

/**
 * Every `extensions.code` the API answers with, and its HTTP status: the one table every
 * non-GraphQL route (CSV and JSON exports, webhooks, the rate limiter, the last error
 * handler) answers with, and the status GraphQL answers take where one is set. See
 * docs/architecture.md, "Error contract".
 */
const HTTP_STATUS_OF_CODE = {
  // A request the server could not read or does not take.
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  UNREADABLE_BODY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // GraphQL documents: graphql-js / Apollo's own codes and the abuse limits (query-limits.ts).
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  QUERY_TOO_LARGE: 400,
  QUERY_TOO_COMPLEX: 400,
  // Who is asking.
  UNAUTHENTICATED: 401,
  SIGNATURE_MISSING: 401,
  SIGNATURE_INVALID: 401,
  TIMESTAMP_OUT_OF_TOLERANCE: 401,
  FORBIDDEN: 403,
  // What was asked.
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RESPONSE_NOT_RECORDED: 409,
  RATE_LIMITED: 429,
  // A WebSocket connection holding its most subscriptions (no HTTP answer: the status is nominal).
  TOO_MANY_SUBSCRIPTIONS: 429,
  // Our side.
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode = keyof typeof HTTP_STATUS_OF_CODE;

/** Every code, for tests and docs. */
export const ERROR_CODES = Object.freeze(Object.keys(HTTP_STATUS_OF_CODE) as ErrorCode[]);

/**
 * The HTTP status of an error code. A code we do not know (a library's) answers 500: it is
 * a fault of ours that it reached a client without one of the codes above.
 */
export function httpStatusOf(code: string): number {
  return Object.hasOwn(HTTP_STATUS_OF_CODE, code) ? HTTP_STATUS_OF_CODE[code as ErrorCode] : 500;
}

/** A problem the person filling a form can fix: the input field at fault (a path such as `outcome`) and why. */
export interface InputProblem {
  field: string | null;
  message: string;
}

/**
 * BAD_USER_INPUT: the input is refused. Carries every problem found (`problems`, not sent
 * to clients as such), so that the mutations behind the panel's forms can answer them as
 * `errors: [UserError!]!` instead (api/src/graphql/user-errors.ts).
 */
export class UserInputError extends GraphQLError {
  readonly problems: readonly InputProblem[];

  constructor(message: string, field: string | undefined, problems: readonly InputProblem[]) {
    // A field's error, not the request's: no `extensions.http` (the answer stays HTTP 200).
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
    this.problems = problems;
  }
}

/**
 * Codes whose GraphQL answer carries their HTTP status (`extensions.http`, which Apollo
 * Server answers with): a request that cannot run at all. An error of one field (FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT, CONFLICT) answers 200 with the other fields' data, as GraphQL
 * over HTTP asks.
 */
const REQUEST_LEVEL_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['UNAUTHENTICATED', 'SERVICE_UNAVAILABLE']);

/** `extensions.http` for an error of this code: its status for request-level codes, nothing else. */
function httpExtension(code: ErrorCode): { http?: { status: number } } {
  return REQUEST_LEVEL_CODES.has(code) ? { http: { status: httpStatusOf(code) } } : {};
}

function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...httpExtension(code) } });
}

export const unauthenticated = (message: string) => domainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => domainError('FORBIDDEN', message);
export const notFound = (message: string) => domainError('NOT_FOUND', message);
/**
 * `field` names the input field at fault, so a form can show the message next to it;
 * `problems` lists every problem found (the message and field are the first one's).
 */
export const badUserInput = (message: string, field?: string, problems?: readonly InputProblem[]) =>
  new UserInputError(message, field, problems ?? [{ field: field ?? null, message }]);
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
    extensions: { code: 'SERVICE_UNAVAILABLE', ...httpExtension('SERVICE_UNAVAILABLE') },
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
