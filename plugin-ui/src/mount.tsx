import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { createNpsDeskClient } from './apollo';
import {
  HOST_ELEMENT_ATTRIBUTES,
  hostContextFromElement,
  hostContextFromMountOptions,
  type HostContext,
  type MountOptions,
} from './host-bridge';
import { HostTicketContext } from './host-ticket';
import { viewLocale, type Locale } from './i18n/locale';
import { LocaleProvider } from './i18n/LocaleProvider';
import { injectPanelStyles, renderInto, type MountedPanel } from './mount-root';
import { NpsPanel, prefetchNpsPanelContact } from './NpsPanel';

function NpsDeskApp({ context, client, locale }: { context: HostContext; client: ApolloClient; locale: Locale }) {
  const ticket = useMemo(() => ({ ticketId: context.ticketId }), [context.ticketId]);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <HostTicketContext.Provider value={ticket}>
          <NpsPanel contact={context.contact} />
        </HostTicketContext.Provider>
      </LocaleProvider>
    </ApolloProvider>
  );
}

/**
 * Each mounted panel's client, kept while its API, token and language stay the same: a new
 * token may belong to another agent or workspace, and a new language changes the default
 * playbook's texts, so either gets a new client with an empty cache.
 */
const clientsByElement = new WeakMap<Element, { key: string; client: ApolloClient }>();

function panelClient(element: Element, { apiUrl, token }: HostContext, locale: Locale): ApolloClient {
  const key = JSON.stringify([apiUrl, token, locale]);
  const kept = clientsByElement.get(element);
  if (kept?.key === key) return kept.client;
  const client = createNpsDeskClient({ apiUrl, getToken: () => token, locale });
  clientsByElement.set(element, { key, client });
  return client;
}

/** The panel for a host's context, its contact query already sent while it renders. */
function panelApp(element: Element, context: HostContext): ReactNode {
  const locale = viewLocale(context.locale);
  const client = panelClient(element, context, locale);
  prefetchNpsPanelContact(client, context.contact);
  return <NpsDeskApp context={context} client={client} locale={locale} />;
}

/**
 * Renders the panel into `element`. Mounting again into the same element re-renders it with
 * the new options (another requester, a refreshed token) instead of stacking a second panel.
 */
export function mountNpsPanel(element: Element, options: MountOptions): MountedPanel {
  if (!(element instanceof Element)) throw new TypeError('NpsDesk.mount: the first argument must be a DOM element');
  return renderInto(element, panelApp(element, hostContextFromMountOptions(options)));
}

export const PANEL_ELEMENT_NAME = 'nps-desk-panel';

/** `<nps-desk-panel api-url token contact-external-id contact-email ticket-id locale>` */
class NpsDeskPanelElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = HOST_ELEMENT_ATTRIBUTES;

  #root: Root | null = null;

  connectedCallback(): void {
    this.#render();
  }

  attributeChangedCallback(): void {
    // Attributes parsed before the element is in the page are picked up by connectedCallback.
    if (this.isConnected) this.#render();
  }

  disconnectedCallback(): void {
    this.#root?.unmount();
    this.#root = null;
  }

  #render(): void {
    const context = hostContextFromElement(this);
    if (!context) {
      // Waits, showing nothing, until the host has set every attribute the panel needs.
      this.#root?.render(null);
      return;
    }
    injectPanelStyles(this.ownerDocument);
    this.#root ??= createRoot(this);
    this.#root.render(panelApp(this, context));
  }
}

/** Registers `<nps-desk-panel>` once, even when the script is loaded twice. */
export function defineNpsDeskPanelElement(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(PANEL_ELEMENT_NAME)) registry.define(PANEL_ELEMENT_NAME, NpsDeskPanelElement);
}
