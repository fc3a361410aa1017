import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** Codes the panel reacts to; the API may send others, which are shown as they are. */
export const ERROR_CODE = {
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  network: 'NETWORK_ERROR',
  badResponse: 'BAD_RESPONSE',
  unknown: 'UNKNOWN_ERROR',
} as const;

interface ErrorWithExtensions {
  extensions?: Record<string, unknown> | undefined;
}

function firstExtensionCode(errors: readonly ErrorWithExtensions[]): string | undefined {
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** GraphQL errors carried by a non-2xx `application/json` body, which Apollo reports as a ServerError. */
function codeFromServerErrorBody(bodyText: string): string | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      return firstExtensionCode(
        body.errors.filter((error): error is ErrorWithExtensions => typeof error === 'object' && error !== null),
      );
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to the status code.
  }
  return undefined;
}

function codeFromHttpStatus(statusCode: number): string {
  if (statusCode === 401) return ERROR_CODE.unauthenticated;
  if (statusCode === 403) return ERROR_CODE.forbidden;
  return `HTTP_${statusCode}`;
}

/**
 * The stable code of an Apollo error: `extensions.code` of the GraphQL errors, whether they
 * came as a 200 response, a `application/graphql-response+json` 4xx, or a plain JSON 4xx;
 * otherwise a code describing the transport failure. The one place errors become codes.
 */
export function errorCodeOf(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    return firstExtensionCode(error.errors) ?? ERROR_CODE.unknown;
  }
  if (ServerError.is(error)) {
    return codeFromServerErrorBody(error.bodyText) ?? codeFromHttpStatus(error.statusCode);
  }
  if (ServerParseError.is(error)) {
    return ERROR_CODE.badResponse;
  }
  // fetch rejects with a TypeError when the network or CORS fails.
  if (error.name === 'TypeError') {
    return ERROR_CODE.network;
  }
  return ERROR_CODE.unknown;
}

/** What a form shows when the API refuses a change: a sentence for the agent and the code. */
export interface MutationFailure {
  code: string;
  message: string;
}

/** Codes whose API message is written for the person who made the request (see the API's errors). */
const CODES_WITH_USER_MESSAGES = new Set<string>(['CONFLICT', 'BAD_USER_INPUT', ERROR_CODE.notFound]);

const MESSAGE_BY_CODE: Record<string, string> = {
  [ERROR_CODE.unauthenticated]: 'Session expired: sign in to the helpdesk again.',
  [ERROR_CODE.forbidden]: 'You may not do this.',
  [ERROR_CODE.network]: 'No connection to NPS Desk. Check the network and try again.',
};

function firstGraphQLMessage(error: ErrorLike): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((graphQLError) => typeof graphQLError.message === 'string')?.message;
}

/**
 * The failure of a mutation in words: the API's own message where it is meant for users.
 * Takes what a rejected `mutate()` promise gives, which TypeScript only knows as `unknown`.
 */
export function mutationFailureOf(rejection: unknown): MutationFailure {
  const error: ErrorLike = rejection instanceof Error ? rejection : new Error(String(rejection));
  const code = errorCodeOf(error);
  const apiMessage = CODES_WITH_USER_MESSAGES.has(code) ? firstGraphQLMessage(error) : undefined;
  return { code, message: apiMessage ?? MESSAGE_BY_CODE[code] ?? 'Couldn’t save. Try again.' };
}
