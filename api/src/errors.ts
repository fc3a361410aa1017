import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

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

/**
 * The one place errors are shaped for clients: our own GraphQLErrors and graphql-js /
 * Apollo request errors pass through; anything else is logged and replaced by a generic
 * message so internal details (stack, database messages) never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    return formatted;
  }
  console.error('[graphql] internal error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
