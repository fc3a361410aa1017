import { ApolloProvider } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';

import { createNpsDeskClient } from './apollo';

export interface NpsDeskProviderProps {
  /** The GraphQL endpoint, e.g. `/graphql` or `https://nps.example.com/graphql`. */
  apiUrl: string;
  /** The agent's bearer token for the NPS Desk API. */
  token: string;
  /** Called when the API rejects the token. Pass a stable function (useCallback): a new one makes a new client. */
  onUnauthenticated?: () => void;
  children: ReactNode;
}

/** Gives the NPS Desk components below it an Apollo Client for `apiUrl`, authenticated with `token`. */
export function NpsDeskProvider({ apiUrl, token, onUnauthenticated, children }: NpsDeskProviderProps) {
  // A new token may belong to another agent or workspace, so it gets a new client with an
  // empty cache instead of showing data cached for the previous token.
  const client = useMemo(
    () => createNpsDeskClient({ apiUrl, getToken: () => token, onUnauthenticated }),
    [apiUrl, token, onUnauthenticated],
  );

  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
