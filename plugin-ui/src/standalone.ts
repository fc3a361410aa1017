// Entry of the standalone ticket panel script (`nps-desk.js`): React and Apollo bundled in, for any page.
//   NpsDesk.mount(element, { apiUrl, token, contact: { externalId, email } }) -> { unmount() }
//   <nps-desk-panel api-url="/graphql" token="..." contact-external-id="..."></nps-desk-panel>
// The sales view and the report page are scripts of their own (nps-desk-sales.js,
// nps-desk-report.js), kept out of this one so the ticket panel loads fast. A page that calls
// `NpsDesk.mountSalesCandidates` or `NpsDesk.mountReport` with only this script gets that
// script loaded on demand, from beside this one; a page that loads it itself skips the wait.
import { defineNpsDeskPanelElement, mountNpsPanel } from './mount';
import type { MountedPanel } from './mount-root';
import { checkSessionMount, type SessionMountMethod } from './mount-session';
import { installNpsDesk, type NpsDeskGlobal } from './standalone-global';

export type { NpsDeskGlobal } from './standalone-global';

const SCRIPT_FOR: Record<SessionMountMethod, string> = {
  mountSalesCandidates: 'nps-desk-sales.js',
  mountReport: 'nps-desk-report.js',
};

/** Where this script came from (only known while it first runs), so the others load from beside it. */
const thisScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const loading = new Map<string, Promise<void>>();

function loadScriptBesideThisOne(fileName: string): Promise<void> {
  const src = new URL(fileName, thisScript?.src || new URL('/panel/', document.baseURI)).href;
  let loaded = loading.get(src);
  if (!loaded) {
    loaded = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      // The same CORS mode as this script (a host that loads it crossorigin gets the same here).
      if (thisScript?.crossOrigin) script.crossOrigin = thisScript.crossOrigin;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => {
        loading.delete(src);
        reject(new Error(`NpsDesk: could not load ${src}`));
      });
      document.head.append(script);
    });
    loading.set(src, loaded);
  }
  return loaded;
}

/** `NpsDesk.<method>` until its own script is loaded: checks the call at once, mounts once loaded. */
function onDemand<Method extends SessionMountMethod>(method: Method): NpsDeskGlobal[Method] {
  const standIn = (element: Element, options: Parameters<NpsDeskGlobal[Method]>[1]): MountedPanel => {
    checkSessionMount(method, element, options);
    let mounted: MountedPanel | null = null;
    let unmounted = false;
    loadScriptBesideThisOne(SCRIPT_FOR[method])
      .then(() => {
        const loaded = window.NpsDesk[method];
        if (loaded === standIn) throw new Error(`NpsDesk: ${SCRIPT_FOR[method]} did not install NpsDesk.${method}`);
        if (!unmounted) mounted = loaded(element, options);
      })
      .catch((error: unknown) => console.error(error));
    return {
      unmount() {
        unmounted = true;
        mounted?.unmount();
      },
    };
  };
  return standIn;
}

installNpsDesk({ mount: mountNpsPanel });
installNpsDesk(
  { mountSalesCandidates: onDemand('mountSalesCandidates'), mountReport: onDemand('mountReport') },
  { replace: false },
);
defineNpsDeskPanelElement();
