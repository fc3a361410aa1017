import type { SalesMountOptions } from './host-bridge';
import { renderInto, type MountedPanel } from './mount-root';
import { checkSessionMount } from './mount-session';
import { NpsDeskProvider } from './NpsDeskProvider';
import { SalesCandidates } from './SalesCandidates';

/** Renders the sales candidates list into `element`, for a sales rep's page. */
export function mountSalesCandidates(element: Element, options: SalesMountOptions): MountedPanel {
  const { apiUrl, token, locale } = checkSessionMount('mountSalesCandidates', element, options);
  return renderInto(
    element,
    <NpsDeskProvider apiUrl={apiUrl} token={token} locale={locale}>
      <SalesCandidates />
    </NpsDeskProvider>,
    'npsdesk-sales-',
  );
}
