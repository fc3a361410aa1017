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
