// Entry of the standalone script (`nps-desk.js`): React and Apollo bundled in, for any page.
//   NpsDesk.mount(element, { apiUrl, token, contact: { externalId, email } }) -> { unmount() }
//   <nps-desk-panel api-url="/graphql" token="..." contact-external-id="..."></nps-desk-panel>
//   NpsDesk.mountSalesCandidates(element, { apiUrl, token }) -> { unmount() }
//   NpsDesk.mountReport(element, { apiUrl, token }) -> { unmount() }
import {
  defineNpsDeskPanelElement,
  mountNpsPanel,
  mountNpsReport,
  mountSalesCandidates,
  type MountedPanel,
  type ReportMountOptions,
} from './mount';
import type { MountOptions, SalesMountOptions } from './host-bridge';

/** The global the standalone script installs as `window.NpsDesk`. */
export interface NpsDeskGlobal {
  mount(element: Element, options: MountOptions): MountedPanel;
  mountSalesCandidates(element: Element, options: SalesMountOptions): MountedPanel;
  /** The NPS report page (admins; sales reps see its headline figures). */
  mountReport(element: Element, options: ReportMountOptions): MountedPanel;
}

declare global {
  interface Window {
    NpsDesk: NpsDeskGlobal;
  }
}

window.NpsDesk = { mount: mountNpsPanel, mountSalesCandidates, mountReport: mountNpsReport };
defineNpsDeskPanelElement();
