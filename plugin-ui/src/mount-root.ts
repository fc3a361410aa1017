// What every standalone script's mount shares: the panel's CSS, injected once per document,
// and one React root per host element.
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import panelCss from './nps-panel.css?inline';

const STYLE_ELEMENT_ID = 'npsdesk-panel-styles';

/** The standalone script carries its own CSS, so a host page adds one script tag and nothing else. */
export function injectPanelStyles(document: Document): void {
  if (document.getElementById(STYLE_ELEMENT_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ELEMENT_ID;
  style.textContent = panelCss;
  document.head.append(style);
}

export interface MountedPanel {
  /** Removes the panel and everything React attached to the element. */
  unmount(): void;
}

const rootsByElement = new WeakMap<Element, Root>();

/**
 * Renders `app` into `element`, reusing the element's root so a second mount re-renders in
 * place. Every standalone script's mount goes through here (mount-sales.tsx, mount-report.tsx).
 * `identifierPrefix` prefixes the ids React's useId() makes in this root.
 */
export function renderInto(element: Element, app: ReactNode, identifierPrefix?: string): MountedPanel {
  injectPanelStyles(element.ownerDocument);
  // Each standalone script has its own copy of React, whose useId() counts from the same start:
  // the sales and report scripts prefix their ids so they never collide with the panel's.
  const root = rootsByElement.get(element) ?? createRoot(element, { identifierPrefix });
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
