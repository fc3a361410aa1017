import { useMemo } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import {
  HOST_ELEMENT_ATTRIBUTES,
  hostContextFromElement,
  hostContextFromMountOptions,
  HostTicketContext,
  type HostContext,
  type MountOptions,
} from './host-bridge';
import { injectPanelStyles, renderInto, type MountedPanel } from './mount-root';
import { NpsDeskProvider } from './NpsDeskProvider';
import { NpsPanel } from './NpsPanel';

function NpsDeskApp({ context }: { context: HostContext }) {
  const ticket = useMemo(() => ({ ticketId: context.ticketId }), [context.ticketId]);
  return (
    <NpsDeskProvider apiUrl={context.apiUrl} token={context.token} locale={context.locale}>
      <HostTicketContext.Provider value={ticket}>
        <NpsPanel contact={context.contact} />
      </HostTicketContext.Provider>
    </NpsDeskProvider>
  );
}

/**
 * Renders the panel into `element`. Mounting again into the same element re-renders it with
 * the new options (another requester, a refreshed token) instead of stacking a second panel.
 */
export function mountNpsPanel(element: Element, options: MountOptions): MountedPanel {
  if (!(element instanceof Element)) throw new TypeError('NpsDesk.mount: the first argument must be a DOM element');
  return renderInto(element, <NpsDeskApp context={hostContextFromMountOptions(options)} />);
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
    this.#root.render(<NpsDeskApp context={context} />);
  }
}

/** Registers `<nps-desk-panel>` once, even when the script is loaded twice. */
export function defineNpsDeskPanelElement(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(PANEL_ELEMENT_NAME)) registry.define(PANEL_ELEMENT_NAME, NpsDeskPanelElement);
}
