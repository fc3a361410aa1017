import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/errors';
import { httpStatusOf, serviceUnavailable } from '../errors';

/** What a client is told to wait before retrying a request the database could not serve. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * HTTP 503 (with Retry-After) for an operation that failed because the database could not
 * be reached. A resolver's error carries no HTTP status of its own, and `formatError` runs
 * after Apollo has read the status, so it is set here; formatError gives the error its
 * generic message and the SERVICE_UNAVAILABLE code.
 */
export function serviceUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailable(error))) return;
          response.http.status = httpStatusOf('SERVICE_UNAVAILABLE');
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * For the context function: a database failure while resolving the caller (the workspace
 * lookup) becomes SERVICE_UNAVAILABLE with HTTP 503 instead of Apollo's "Context creation
 * failed" 500; anything else is passed on as it is.
 */
export function unavailableOrSame(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  const unavailable = serviceUnavailable(error);
  // No plugin hook runs for a failed context: the Retry-After header travels in the error.
  const http = {
    status: httpStatusOf('SERVICE_UNAVAILABLE'),
    headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
  };
  return new GraphQLError(unavailable.message, {
    originalError: unavailable.originalError ?? undefined,
    extensions: { ...unavailable.extensions, http },
  });
}
