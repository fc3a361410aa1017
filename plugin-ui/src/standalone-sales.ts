// Entry of `nps-desk-sales.js`, the sales view's standalone script (React and Apollo inside):
//   NpsDesk.mountSalesCandidates(element, { apiUrl, token }) -> { unmount() }
import { mountSalesCandidates } from './mount-sales';
import { installNpsDesk } from './standalone-global';

installNpsDesk({ mountSalesCandidates });
