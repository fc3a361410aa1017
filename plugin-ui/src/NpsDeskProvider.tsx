import { ApolloProvider } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';

import { createNpsDeskClient } from './apollo';
import { LocaleProvider } from './i18n/LocaleProvider';
import { viewLocale } from './i18n/locale';

export interface NpsDeskProviderProps {
  /** The GraphQL endpoint, e.g. `/graphql` or `https://nps.example.com/graphql`. */
  apiUrl: string;
  /** The agent's bearer token for the NPS Desk API. */
  token: string;
  /** Called when the API rejects the token. Pass a stable function (useCallback): a new one makes a new client. */
  onUnauthenticated?: () => void;
  /** The agent's language as a BCP 47 tag (`zh-CN`, `en`); without one, the page's (`<html lang>`, else the browser's). */
  locale?: string | undefined;
  children: ReactNode;
}

/**
 * Gives the NPS Desk components below it an Apollo Client for `apiUrl`, authenticated with
 * `token`, and their texts, dates and numbers in `locale`.
 */
export function NpsDeskProvider({ apiUrl, token, onUnauthenticated, locale, children }: NpsDeskProviderProps) {
  const resolvedLocale = viewLocale(locale);
  // A new token may belong to another agent or workspace, so it gets a new client with an
  // empty cache instead of showing data cached for the previous token; a new locale too, as
  // the API writes default playbook scripts in the locale it is asked for.
  const client = useMemo(
    () => createNpsDeskClient({ apiUrl, getToken: () => token, onUnauthenticated, locale: resolvedLocale }),
    [apiUrl, token, onUnauthenticated, resolvedLocale],
  );

  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={resolvedLocale}>{children}</LocaleProvider>
    </ApolloProvider>
  );
}
