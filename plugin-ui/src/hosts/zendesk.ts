// Zendesk Support's ticket sidebar, through the Zendesk Apps framework client (ZAF SDK 2.0,
// loaded by the embed page). The ticket's requester and id, and the agent's language (their
// Zendesk profile's locale, e.g. `zh-cn`), come from `client.get`; the panel
// session from `client.request`, which Zendesk's proxy sends with a JWT signed by the app's
// secure `shared_secret` setting (the secret never reaches this page).
import type { HostAdapter, HostState, TicketLink } from '../host-bridge';
import { keepRenewed, panelSessionOf, type EmbedConfig, type PanelSession } from './panel-session';

/** The handful of ZAF client calls the panel uses. */
export interface ZafClient {
  get(paths: string[]): Promise<Record<string, unknown>>;
  metadata(): Promise<{ settings?: Record<string, unknown> }>;
  on(event: string, handler: () => void): void;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: Record<string, unknown>): Promise<unknown>;
}

declare global {
  interface Window {
    /** Zendesk's SDK: `init()` answers a client inside a Zendesk app frame, nothing elsewhere. */
    ZAFClient?: { init(): ZafClient | false | undefined };
  }
}

/** The app's JWTs live this long: Zendesk signs a new one for every request. */
const JWT_EXPIRY_SECONDS = 60;
/** Helpdesk ids of Zendesk users are stored with this prefix unless the app's settings say otherwise. */
const DEFAULT_EXTERNAL_ID_PREFIX = 'zd-';
/** Requester changes the sidebar follows, beside the app being shown again. */
const CONTEXT_EVENTS = ['app.activated', 'ticket.requester.id.changed', 'ticket.requester.email.changed'];

interface Requester {
  id?: unknown;
  email?: unknown;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function zendeskAdapter(config: EmbedConfig, zaf = window.ZAFClient): HostAdapter {
  const client = zaf?.init() || null;

  /**
   * A panel session for the current Zendesk user, through Zendesk's signing proxy; their name
   * goes along so NPS Desk shows it instead of their user id.
   */
  async function openSession(zendeskUserId: string, name: string | undefined): Promise<PanelSession> {
    const answer = await client!.request({
      url: new URL(config.sessionPath, window.location.origin).href,
      type: 'POST',
      contentType: 'application/json',
      data: '{}',
      dataType: 'json',
      cors: false,
      secure: true,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.shared_secret}}',
        expiry: JWT_EXPIRY_SECONDS,
        claims: { sub: zendeskUserId, aud: config.audience, ...(name ? { name } : {}) },
      },
    });
    const session = panelSessionOf(answer);
    if (!session) throw new Error('NPS Desk answered no session');
    return session;
  }

  const linkToTicket = (ticketId: string): TicketLink => ({
    open: () => void client?.invoke('routeTo', 'ticket', ticketId),
  });

  return {
    connect(onChange: (state: HostState) => void) {
      if (!client) {
        onChange({ status: 'failed', problem: 'outside-zendesk' });
        return () => undefined;
      }
      let stopped = false;
      let session: Promise<PanelSession> | null = null;
      let stopRenewing = () => {};
      let reading = 0;
      let locale: string | undefined;

      const report = (state: HostState) => {
        if (!stopped) onChange(locale ? { ...state, locale } : state);
      };

      /** One session for the frame, opened on the first read and renewed through Zendesk again. */
      function sessionOf(userId: string, name: string | undefined): Promise<PanelSession> {
        session ??= openSession(userId, name).then(
          (opened) => {
            stopRenewing = keepRenewed(
              opened,
              () => openSession(userId, name),
              (renewed) => {
                session = Promise.resolve(renewed);
                void readTicket();
              },
              () => report({ status: 'failed', problem: 'session-ended' }),
            );
            return opened;
          },
          (error: unknown) => {
            // The next ticket event tries again.
            session = null;
            throw error;
          },
        );
        return session;
      }

      async function readTicket(): Promise<void> {
        const thisRead = ++reading;
        try {
          const [data, metadata] = await Promise.all([
            client!.get(['ticket.id', 'ticket.requester', 'currentUser']),
            client!.metadata(),
          ]);
          const requester = (data['ticket.requester'] ?? {}) as Requester;
          const currentUser = data['currentUser'] as { id?: unknown; name?: unknown; locale?: unknown } | undefined;
          locale = text(currentUser?.locale) ?? locale;
          const userId = text(currentUser?.id);
          if (!userId) throw new Error('Zendesk did not say who is signed in');
          const current = await sessionOf(userId, text(currentUser?.name));
          // A newer read (the requester changed again meanwhile) reports instead.
          if (thisRead !== reading) return;
          const prefix = text(metadata.settings?.['external_id_prefix']) ?? DEFAULT_EXTERNAL_ID_PREFIX;
          const requesterId = text(requester.id);
          const email = text(requester.email);
          const ticketId = text(data['ticket.id']);
          report({
            status: 'ready',
            context: {
              apiUrl: current.apiUrl,
              token: current.token,
              contact: {
                ...(requesterId ? { externalId: `${prefix}${requesterId}` } : {}),
                ...(email ? { email } : {}),
              },
              ...(ticketId ? { ticketId } : {}),
            },
            ticket: { ...(ticketId ? { ticketId } : {}), linkToTicket },
          });
        } catch {
          report({ status: 'failed', problem: 'zendesk-unverified' });
        }
      }

      for (const event of CONTEXT_EVENTS) client.on(event, () => void readTicket());
      void readTicket();
      return () => {
        stopped = true;
        stopRenewing();
      };
    },
    resize(height: number) {
      void client?.invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` });
    },
  };
}
