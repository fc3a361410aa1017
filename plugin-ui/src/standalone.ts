// Entry of the standalone script (`nps-desk.js`): React and Apollo bundled in, for any page.
//   NpsDesk.mount(element, { apiUrl, token, contact: { externalId, email } }) -> { unmount() }
//   <nps-desk-panel api-url="/graphql" token="..." contact-external-id="..."></nps-desk-panel>
import { defineNpsDeskPanelElement, mountNpsPanel, type MountedPanel } from './mount';
import type { MountOptions } from './host-bridge';

/** The global the standalone script installs as `window.NpsDesk`. */
export interface NpsDeskGlobal {
  mount(element: Element, options: MountOptions): MountedPanel;
}

declare global {
  interface Window {
    NpsDesk: NpsDeskGlobal;
  }
}

window.NpsDesk = { mount: mountNpsPanel };
defineNpsDeskPanelElement();
