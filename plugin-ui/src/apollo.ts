import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, print } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Observable } from 'rxjs';

import { ERROR_CODE, errorCodeOf } from './errors';
import type { Locale } from './i18n/locale';
import { takePreloadedAnswer } from './panel-preload';

export interface NpsDeskClientOptions {
  /** The GraphQL endpoint, absolute or relative to the page, e.g. `/graphql`. */
  apiUrl: string;
  /** Read on every request, so a host that refreshes its token needs no new client. */
  getToken: () => string | null | undefined;
  /** Called when the API rejects the token, so the host can sign the agent in again. */
  onUnauthenticated?: () => void;
  /** Sent as `Accept-Language` on every query and mutation: the API writes default playbook scripts in it. */
  locale?: Locale;
}

interface CandidatePage {
  edges: readonly unknown[];
}

/**
 * The cache the panel and the sales view rely on:
 * - a contact has one loyalty snapshot, so one read with a few of its fields (the sales list
 *   asks for the score only) merges into it instead of dropping the fields the panel shows;
 * - a sales candidate has no id of its own; it is keyed by its contact, so marking one
 *   contacted updates it wherever it is listed;
 * - `salesCandidates` pages are one list per filter: a page fetched with `after` ("Load
 *   more") is appended, a first page replaces the list.
 */
export function createNpsDeskCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      LoyaltySnapshot: { merge: true },
      SalesCandidate: { keyFields: ['contact', ['id']] },
      Query: {
        fields: {
          salesCandidates: {
            keyArgs: ['filter'],
            merge(existing: CandidatePage | undefined, incoming: CandidatePage, { args }) {
              if (!existing || !args?.['after']) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
        },
      },
    },
  });
}

/** An Apollo Client for the NPS Desk API: bearer auth, and errors handled by `extensions.code`. */
export function createNpsDeskClient({
  apiUrl,
  getToken,
  onUnauthenticated,
  locale,
}: NpsDeskClientOptions): ApolloClient {
  // Synchronous, unlike SetContextLink (which waits a promise): a query started before the
  // panel renders (prefetchNpsPanelContact) leaves at once instead of after the render.
  const authLink = new ApolloLink((operation, forward) => {
    const token = getToken();
    if (token) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });

  // An answer the page preloaded (`NpsDesk.preload`) for exactly this request stands in for it;
  // when that request failed, this one goes to the API after all and reports its own error.
  const preloadedAnswerLink = new ApolloLink((operation, forward) => {
    const token = getToken();
    const preloaded =
      token && locale
        ? takePreloadedAnswer({
            apiUrl,
            token,
            locale,
            operationName: operation.operationName ?? '',
            variables: operation.variables,
            query: print(operation.query),
          })
        : undefined;
    if (!preloaded) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let fallback: { unsubscribe(): void } | undefined;
      preloaded.then(
        (answer) => {
          observer.next(answer as ApolloLink.Result);
          observer.complete();
        },
        () => {
          fallback = forward(operation).subscribe(observer);
        },
      );
      return () => fallback?.unsubscribe();
    });
  });

  // Only session expiry needs the host; every other code is rendered by the panel itself.
  const errorLink = new ErrorLink(({ error }) => {
    if (errorCodeOf(error) === ERROR_CODE.unauthenticated) onUnauthenticated?.();
  });

  // Subscriptions go over a WebSocket to the same endpoint, opened on the first one and closed
  // after the last; the token is read each time it (re)connects.
  const webSocketUrl = new URL(apiUrl, globalThis.location?.href);
  webSocketUrl.protocol = webSocketUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const subscriptions = new GraphQLWsLink(
    createClient({
      url: webSocketUrl.href,
      lazy: true,
      connectionParams: () => {
        const token = getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      // Reconnects after the API or the network comes back, with graphql-ws's backoff.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
    }),
  );
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };

  return new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split(
        isSubscription,
        subscriptions,
        ApolloLink.from([
          authLink,
          preloadedAnswerLink,
          new HttpLink({ uri: apiUrl, headers: locale ? { 'accept-language': locale } : {} }),
        ]),
      ),
    ]),
    cache: createNpsDeskCache(),
  });
}
