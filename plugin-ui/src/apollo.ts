import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

import { ERROR_CODE, errorCodeOf } from './errors';

export interface NpsDeskClientOptions {
  /** The GraphQL endpoint, absolute or relative to the page, e.g. `/graphql`. */
  apiUrl: string;
  /** Read on every request, so a host that refreshes its token needs no new client. */
  getToken: () => string | null | undefined;
  /** Called when the API rejects the token, so the host can sign the agent in again. */
  onUnauthenticated?: () => void;
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
export function createNpsDeskClient({ apiUrl, getToken, onUnauthenticated }: NpsDeskClientOptions): ApolloClient {
  const authLink = new SetContextLink((previousContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...previousContext.headers, authorization: `Bearer ${token}` } };
  });

  // Only session expiry needs the host; every other code is rendered by the panel itself.
  const errorLink = new ErrorLink(({ error }) => {
    if (errorCodeOf(error) === ERROR_CODE.unauthenticated) onUnauthenticated?.();
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: apiUrl })]),
    cache: createNpsDeskCache(),
  });
}
