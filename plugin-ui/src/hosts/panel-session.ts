// The panel's own session inside a helpdesk: a short-lived token the API hands out for the
// host's proof of the agent (api/src/modules/embed/embed.session.ts), renewed before it runs
// out. Kept in memory only: never in a URL, the page or storage.

/** What the API's session endpoints answer. */
export interface PanelSession {
  token: string;
  expiresAt: string;
  apiUrl: string;
  /** `zendesk:<id>` or `chatwoot:<id>`. */
  userId: string;
}

/** The embed page's configuration (api/src/modules/embed/embed.routes.ts `EmbedPageConfig`). */
export interface EmbedConfig {
  host: 'zendesk' | 'chatwoot';
  workspaceId: string;
  apiUrl: string;
  sessionPath: string;
  renewPath: string;
  audience: string;
  allowedOrigins: string[];
}

/** Renewed when this share of its life is over, so a slow renewal still lands in time. */
const RENEW_AT_SHARE = 0.8;
/** A renewal is never sooner than this after the last one, whatever the clocks say. */
const MIN_RENEW_DELAY_MS = 5000;

function isString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The session in an answer of the API, or null when the answer is not one. */
export function panelSessionOf(value: unknown): PanelSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const { token, expiresAt, apiUrl, userId } = value as Record<string, unknown>;
  if (!isString(token) || !isString(expiresAt) || !isString(apiUrl) || !isString(userId)) return null;
  return { token, expiresAt, apiUrl, userId };
}

/**
 * Renews `session` through `renew` before it runs out, again and again, telling `onRenewed`
 * each new one and `onLost` when a renewal fails (the agent must sign in again). Returns a
 * function that stops renewing.
 */
export function keepRenewed(
  session: PanelSession,
  renew: (current: PanelSession) => Promise<PanelSession>,
  onRenewed: (session: PanelSession) => void,
  onLost: (error: unknown) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (current: PanelSession) => {
    const lifeMs = new Date(current.expiresAt).getTime() - Date.now();
    timer = setTimeout(
      () => {
        renew(current).then(
          (next) => {
            if (stopped) return;
            onRenewed(next);
            schedule(next);
          },
          (error: unknown) => {
            if (!stopped) onLost(error);
          },
        );
      },
      Math.max(MIN_RENEW_DELAY_MS, lifeMs * RENEW_AT_SHARE),
    );
  };
  schedule(session);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The page's configuration, written by the API into `#nps-desk-embed-config`. */
export function readEmbedConfig(document: Document): EmbedConfig {
  const text = document.getElementById('nps-desk-embed-config')?.textContent;
  if (!text) throw new Error('NpsDesk: this page has no embed configuration');
  return JSON.parse(text) as EmbedConfig;
}
