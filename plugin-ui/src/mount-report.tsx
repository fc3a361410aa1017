import type { HostSession } from './host-bridge';
import { renderInto, type MountedPanel } from './mount-root';
import { checkSessionMount } from './mount-session';
import { NpsDeskProvider } from './NpsDeskProvider';
import { NpsReportPage } from './report/NpsReportPage';

/** What a page passes to `NpsDesk.mountReport(element, options)`: an admin's (or sales rep's) session. */
export type ReportMountOptions = HostSession;

/** Renders the NPS report page into `element`, for an admin's reports page. */
export function mountNpsReport(element: Element, options: ReportMountOptions): MountedPanel {
  const { apiUrl, token, locale } = checkSessionMount('mountReport', element, options);
  return renderInto(
    element,
    <NpsDeskProvider apiUrl={apiUrl} token={token} locale={locale}>
      <NpsReportPage />
    </NpsDeskProvider>,
    'npsdesk-report-',
  );
}
