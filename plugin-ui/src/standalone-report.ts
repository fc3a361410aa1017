// Entry of `nps-desk-report.js`, the report page's standalone script (React and Apollo inside):
//   NpsDesk.mountReport(element, { apiUrl, token }) -> { unmount() }
import { mountNpsReport } from './mount-report';
import { installNpsDesk } from './standalone-global';

installNpsDesk({ mountReport: mountNpsReport });
