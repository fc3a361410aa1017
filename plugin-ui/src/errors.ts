import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { i18n } from 'i18next';

import type { UserErrors } from './follow-up-mutations';
import { API_PROSE_LOCALE, resolveLocale } from './i18n/locale';

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

/** Codes with a sentence of their own (`common:failure.<code>`); any other gets `failure.other`. */
const CODES_WITH_SENTENCES = [
  ERROR_CODE.unauthenticated,
  ERROR_CODE.forbidden,
  ERROR_CODE.network,
  'CONFLICT',
  'BAD_USER_INPUT',
  ERROR_CODE.notFound,
] as const;

function hasSentence(code: string): code is (typeof CODES_WITH_SENTENCES)[number] {
  return (CODES_WITH_SENTENCES as readonly string[]).includes(code);
}

/** The API's own words are in its language: shown when the view speaks it. */
function speaksApiProse(i18n: i18n): boolean {
  return resolveLocale(i18n.language) === API_PROSE_LOCALE;
}

function firstGraphQLMessage(error: ErrorLike): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((graphQLError) => typeof graphQLError.message === 'string')?.message;
}

/**
 * The failure of a mutation in words of the view's language (`i18n`): the API's own message
 * where it is meant for users and in that language, else the code's sentence.
 * Takes what a rejected `mutate()` promise gives, which TypeScript only knows as `unknown`.
 */
export function mutationFailureOf(rejection: unknown, i18n: i18n): MutationFailure {
  const error: ErrorLike = rejection instanceof Error ? rejection : new Error(String(rejection));
  const code = errorCodeOf(error);
  const apiMessage =
    CODES_WITH_USER_MESSAGES.has(code) && speaksApiProse(i18n) ? firstGraphQLMessage(error) : undefined;
  return { code, message: apiMessage ?? i18n.t(hasSentence(code) ? `failure.${code}` : 'failure.other') };
}

/** The problems a form mutation found in its input, in one sentence of the view's language. */
export function userErrorsMessage(problems: UserErrors, i18n: i18n): string {
  if (!speaksApiProse(i18n)) return i18n.t('failure.BAD_USER_INPUT');
  return problems.map((userError) => userError.message).join(' ');
}
