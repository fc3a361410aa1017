// Entry of the ES module build for React hosts. React, react-dom and Apollo Client stay the
// host's own (peer dependencies); the styles are emitted next to it as `nps-desk.css`.
import './nps-panel.css';

export { createNpsDeskCache, createNpsDeskClient, type NpsDeskClientOptions } from './apollo';
export type { HostContact, HostContext, HostSession, HostTicket, TicketLink } from './host-bridge';
export { HostTicketContext } from './host-ticket';
export { NpsDeskProvider, type NpsDeskProviderProps } from './NpsDeskProvider';
export { NpsPanel, type NpsPanelProps } from './NpsPanel';
export { NpsReportPage, type NpsReportPageProps } from './report/NpsReportPage';
export type { ReportSettings } from './report/report-settings';
export { SalesCandidates } from './SalesCandidates';
