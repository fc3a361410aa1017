// `window.NpsDesk`, which the standalone scripts fill in together: each installs its own
// methods and keeps those another script already installed, whatever order they load in.
import type { MountOptions, SalesMountOptions } from './host-bridge';
import type { ReportMountOptions } from './mount-report';
import type { MountedPanel } from './mount-root';

/** The global the standalone scripts install as `window.NpsDesk`. */
export interface NpsDeskGlobal {
  /** The ticket panel (nps-desk.js). */
  mount(element: Element, options: MountOptions): MountedPanel;
  /** The sales candidates list (nps-desk-sales.js; nps-desk.js loads that script on demand). */
  mountSalesCandidates(element: Element, options: SalesMountOptions): MountedPanel;
  /** The NPS report page (nps-desk-report.js; nps-desk.js loads that script on demand). */
  mountReport(element: Element, options: ReportMountOptions): MountedPanel;
  /**
   * Sends the ticket panel's contact query ahead of `mount` with the same options
   * (nps-desk-preload.js, a small script a page can load before nps-desk.js).
   */
  preload(options: MountOptions): void;
}

declare global {
  interface Window {
    /** Complete with nps-desk.js; the sales or report script alone installs its own method only. */
    NpsDesk: NpsDeskGlobal;
  }
}

/**
 * Adds `methods` to `window.NpsDesk`. `replace: false` (nps-desk.js's on-demand stand-ins)
 * leaves a method another script already installed in place.
 */
export function installNpsDesk(methods: Partial<NpsDeskGlobal>, { replace = true } = {}): void {
  const installed: Partial<NpsDeskGlobal> = window.NpsDesk ?? {};
  for (const [name, method] of Object.entries(methods) as [keyof NpsDeskGlobal, NpsDeskGlobal[keyof NpsDeskGlobal]][]) {
    if (replace || !installed[name]) Object.assign(installed, { [name]: method });
  }
  window.NpsDesk = installed as NpsDeskGlobal;
}
