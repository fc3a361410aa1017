// The ticket panel's contact query, sent by a page that has the agent's token before the panel
// script has arrived (`NpsDesk.preload`, the small nps-desk-preload.js), and handed to the
// panel's client when it mounts: the request travels while the panel script downloads and runs.
import type { NpsPanelContactQueryVariables } from './gql/graphql';
import { hostContextFromMountOptions, type HostContact } from './host-bridge';
import { viewLocale, type Locale } from './i18n/locale';
import { createIntlFormats } from './intl-formats';
import { printPanelContactQuery } from './panel-query';

/** The printed query, set at build time in the standalone scripts; printed on first use elsewhere. */
declare const __NPS_DESK_PANEL_CONTACT_QUERY__: string | undefined;

/** The API session and the operation a preloaded answer belongs to. */
export interface PreloadedRequestKey {
  apiUrl: string;
  token: string;
  locale: Locale;
  operationName: string;
  variables: Record<string, unknown>;
  /** The query as sent, printed. */
  query: string;
}

/** An answer older than this is not handed over: the panel asks again. */
export const PRELOADED_ANSWER_MAX_AGE_MS = 30_000;

interface PreloadedRequest {
  requestedAt: number;
  /** The GraphQL response body; rejects when the request failed or was not answered with 2xx. */
  answer: Promise<unknown>;
}

/** Shared by the separate scripts of a page (nps-desk-preload.js, then nps-desk.js). */
const REGISTRY_KEY = Symbol.for('nps-desk.preloaded-answers');

function registry(): Map<string, PreloadedRequest> {
  const holder = globalThis as unknown as Record<symbol, Map<string, PreloadedRequest> | undefined>;
  return (holder[REGISTRY_KEY] ??= new Map());
}

function registryKey({ apiUrl, token, locale, operationName, variables, query }: PreloadedRequestKey): string {
  const absoluteUrl = new URL(apiUrl, globalThis.location?.href).href;
  return JSON.stringify([absoluteUrl, token, locale, operationName, variables, query]);
}

/** The API looks a contact up by exactly one key: the helpdesk id when there is one, else the email. */
export function contactLookup({ externalId, email }: HostContact): NpsPanelContactQueryVariables | null {
  if (externalId) return { externalId };
  if (email) return { email };
  return null;
}

function printedPanelQuery(): string {
  return typeof __NPS_DESK_PANEL_CONTACT_QUERY__ === 'string'
    ? __NPS_DESK_PANEL_CONTACT_QUERY__
    : printPanelContactQuery();
}

/**
 * Sends the ticket panel's contact query for the options `NpsDesk.mount` will get, so the panel
 * mounted with them shows the answer without asking again. Throws on options mount would reject.
 */
export function preloadPanelContact(options: unknown): void {
  const { apiUrl, token, contact, locale: requestedLocale } = hostContextFromMountOptions(options, 'NpsDesk.preload');
  const variables = contactLookup(contact);
  if (!variables) return;
  const locale = viewLocale(requestedLocale);
  const key: PreloadedRequestKey = {
    apiUrl,
    token,
    locale,
    operationName: 'NpsPanelContact',
    variables,
    query: printedPanelQuery(),
  };
  const answer = fetch(apiUrl, {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'content-type': 'application/json',
      'accept-language': locale,
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ operationName: key.operationName, variables, query: key.query }),
  }).then((response) => {
    if (!response.ok) throw new Error(`the API answered ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  // Not reported here: the panel asks again for itself, and shows that request's error.
  answer.catch(() => undefined);
  registry().set(registryKey(key), { requestedAt: Date.now(), answer });
  // A page's first Intl formatters load the locale's data (10-20 ms in Chromium): made here while
  // the page waits for the panel script, they are not made while the panel renders its dates.
  setTimeout(() => createIntlFormats(locale), 0);
}

/**
 * The preloaded answer to exactly this request, taken once (a later refetch goes to the API),
 * or undefined when none was preloaded or it is too old.
 */
export function takePreloadedAnswer(request: PreloadedRequestKey): Promise<unknown> | undefined {
  const key = registryKey(request);
  const requests = registry();
  const preloaded = requests.get(key);
  if (!preloaded) return undefined;
  requests.delete(key);
  return Date.now() - preloaded.requestedAt <= PRELOADED_ANSWER_MAX_AGE_MS ? preloaded.answer : undefined;
}
