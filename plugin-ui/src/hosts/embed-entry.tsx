// Entry of the helpdesk iframe page's script (`nps-desk-embed.js`), served by the API at
// /embed/<workspace>/<host> (api/src/modules/embed/embed.routes.ts): reads the page's
// configuration, picks the host's adapter and renders the panel that follows it.
import { renderInto } from '../mount-root';
import { chatwootAdapter } from './chatwoot';
import { EmbeddedPanel } from './EmbeddedPanel';
import { readEmbedConfig } from './panel-session';
import { zendeskAdapter } from './zendesk';

function start(): void {
  const config = readEmbedConfig(document);
  const root = document.getElementById('nps-desk-embed-root');
  if (!root) throw new Error('NpsDesk: the embed page has no #nps-desk-embed-root');
  const adapter = config.host === 'zendesk' ? zendeskAdapter(config) : chatwootAdapter(config);
  renderInto(root, <EmbeddedPanel adapter={adapter} />);
}

start();
