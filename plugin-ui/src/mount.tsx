import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import {
  HOST_ELEMENT_ATTRIBUTES,
  hostContextFromElement,
  hostContextFromMountOptions,
  hostSessionFromMountOptions,
  type HostContext,
  type HostSession,
  type MountOptions,
  type SalesMountOptions,
} from './host-bridge';
import panelCss from './nps-panel.css?inline';
import { NpsDeskProvider } from './NpsDeskProvider';
import { NpsPanel } from './NpsPanel';
import { NpsReportPage } from './report/NpsReportPage';
import { SalesCandidates } from './SalesCandidates';

const STYLE_ELEMENT_ID = 'npsdesk-panel-styles';

/** The standalone script carries its own CSS, so a host page adds one script tag and nothing else. */
function injectPanelStyles(document: Document): void {
  if (document.getElementById(STYLE_ELEMENT_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ELEMENT_ID;
  style.textContent = panelCss;
  document.head.append(style);
}

function NpsDeskApp({ context }: { context: HostContext }) {
  return (
    <NpsDeskProvider apiUrl={context.apiUrl} token={context.token}>
      <NpsPanel contact={context.contact} />
    </NpsDeskProvider>
  );
}

export interface MountedPanel {
  /** Removes the panel and everything React attached to the element. */
  unmount(): void;
}

const rootsByElement = new WeakMap<Element, Root>();

/** Renders `app` into `element`, reusing the element's root so a second mount re-renders in place. */
function renderInto(element: Element, app: ReactNode): MountedPanel {
  injectPanelStyles(element.ownerDocument);
  const root = rootsByElement.get(element) ?? createRoot(element);
  rootsByElement.set(element, root);
  root.render(app);

  return {
    unmount() {
      // Safe to call twice: the second call finds the root already gone.
      if (rootsByElement.get(element) !== root) return;
      rootsByElement.delete(element);
      root.unmount();
    },
  };
}

/**
 * Renders the panel into `element`. Mounting again into the same element re-renders it with
 * the new options (another requester, a refreshed token) instead of stacking a second panel.
 */
export function mountNpsPanel(element: Element, options: MountOptions): MountedPanel {
  if (!(element instanceof Element)) throw new TypeError('NpsDesk.mount: the first argument must be a DOM element');
  return renderInto(element, <NpsDeskApp context={hostContextFromMountOptions(options)} />);
}

/** Renders the sales candidates list into `element`, for a sales rep's page. */
export function mountSalesCandidates(element: Element, options: SalesMountOptions): MountedPanel {
  if (!(element instanceof Element)) {
    throw new TypeError('NpsDesk.mountSalesCandidates: the first argument must be a DOM element');
  }
  const { apiUrl, token } = hostSessionFromMountOptions(options);
  return renderInto(
    element,
    <NpsDeskProvider apiUrl={apiUrl} token={token}>
      <SalesCandidates />
    </NpsDeskProvider>,
  );
}

/** What a page passes to `NpsDesk.mountReport(element, options)`: an admin's (or sales rep's) session. */
export type ReportMountOptions = HostSession;

/** Renders the NPS report page into `element`, for an admin's reports page. */
export function mountNpsReport(element: Element, options: ReportMountOptions): MountedPanel {
  if (!(element instanceof Element))
    throw new TypeError('NpsDesk.mountReport: the first argument must be a DOM element');
  let session: HostSession;
  try {
    session = hostSessionFromMountOptions(options);
  } catch (error) {
    // The host bridge names the sales view in its messages; this call is the report's.
    throw new TypeError(String((error as Error).message).replace('mountSalesCandidates', 'mountReport'), {
      cause: error,
    });
  }
  return renderInto(
    element,
    <NpsDeskProvider apiUrl={session.apiUrl} token={session.token}>
      <NpsReportPage />
    </NpsDeskProvider>,
  );
}

export const PANEL_ELEMENT_NAME = 'nps-desk-panel';

/** `<nps-desk-panel api-url token contact-external-id contact-email ticket-id>` */
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
