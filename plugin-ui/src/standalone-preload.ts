// Entry of nps-desk-preload.js: a few kB a page loads from its <head> to send the ticket
// panel's contact query as soon as it has the agent's token, while nps-desk.js still loads.
//   NpsDesk.preload({ apiUrl, token, contact: { externalId, email }, locale })
// then, once nps-desk.js is there, NpsDesk.mount(element, <the same options>).
import { preloadPanelContact } from './panel-preload';
import { installNpsDesk } from './standalone-global';

installNpsDesk({ preload: preloadPanelContact });
