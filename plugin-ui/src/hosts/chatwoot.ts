// Chatwoot's dashboard app: Chatwoot posts the conversation, its contact and the agent to the
// frame as a JSON string `{ event: 'appContext', data: { conversation, contact, currentAgent } }`
// and posts it again when asked with 'chatwoot-dashboard-app:fetch-info'. Nothing in it is
// signed, so it only says which contact to show, and only from the frame's parent on one of
// the workspace's embed origins; who the agent is, the API learns from Chatwoot itself when
// the agent signs in with their Chatwoot access token (docs/embedding.md). Nor does it say the
// agent's language: the frame's `?locale=` does (set it in the dashboard app's URL), else the browser's.
import type { HostAdapter, HostContact, HostState, HostStatus, SignInProblem } from '../host-bridge';
import { keepRenewed, panelSessionOf, type EmbedConfig, type PanelSession } from './panel-session';

export const CHATWOOT_FETCH_INFO = 'chatwoot-dashboard-app:fetch-info';
/** While no context has come, it is asked for again this often. */
const ASK_AGAIN_MS = 2000;

interface ChatwootContext {
  /** The Chatwoot origin it came from, for links back to the conversation. */
  origin: string;
  conversationId?: string;
  accountId?: string;
  agentId?: string;
  contact: HostContact;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The contact of an `appContext` message, or null when the message is anything else. Chatwoot's
 * contact `identifier` is the helpdesk id when the workspace set one; else the email; else its
 * Chatwoot id as `cw-<id>`.
 */
export function chatwootContextOf(data: unknown, origin: string): ChatwootContext | null {
  if (typeof data !== 'string') return null;
  let message: Record<string, unknown> | null;
  try {
    message = record(JSON.parse(data));
  } catch {
    return null;
  }
  if (message?.['event'] !== 'appContext') return null;
  const payload = record(message['data']);
  const contact = record(payload?.['contact']);
  const conversation = record(payload?.['conversation']);
  if (!contact) return null;
  const identifier = text(contact['identifier']);
  const email = text(contact['email']);
  const chatwootId = text(contact['id']);
  const externalId = identifier ?? (email ? undefined : chatwootId && `cw-${chatwootId}`);
  if (!externalId && !email) return null;
  return {
    origin,
    conversationId: text(conversation?.['id']),
    accountId: text(conversation?.['account_id']),
    agentId: text(record(payload?.['currentAgent'])?.['id']),
    contact: { ...(externalId ? { externalId } : {}), ...(email ? { email } : {}) },
  };
}

/** The API answered, but with no session. */
class SessionRefused extends Error {}

async function postJson(url: string, body: unknown, token?: string): Promise<PanelSession> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => null);
  const session = response.ok ? panelSessionOf(answer) : null;
  if (!session) throw new SessionRefused('NPS Desk opened no session');
  return session;
}

export function chatwootAdapter(config: EmbedConfig, win: Window = window): HostAdapter {
  return {
    connect(onStateChange: (state: HostState) => void) {
      const locale = new URL(win.location.href).searchParams.get('locale') || win.navigator.language;
      const onChange = (status: HostStatus) => onStateChange({ ...status, locale });
      let context: ChatwootContext | null = null;
      let session: PanelSession | null = null;
      let stopRenewing = () => {};

      /** Asks the parent, on each origin it may have, for the context again. */
      const askForContext = () => {
        for (const origin of config.allowedOrigins) win.parent.postMessage(CHATWOOT_FETCH_INFO, origin);
      };
      // Chatwoot posts the context when the frame loads, maybe before this listens: asked until it comes.
      const askTimer = setInterval(askForContext, ASK_AGAIN_MS);

      const signIn = async (accessToken: string): Promise<SignInProblem | null> => {
        try {
          const opened = await postJson(config.sessionPath, { accessToken });
          startSession(opened);
          return null;
        } catch (error) {
          return error instanceof SessionRefused ? 'refused' : 'unreachable';
        }
      };

      function startSession(opened: PanelSession): void {
        session = opened;
        stopRenewing();
        stopRenewing = keepRenewed(
          opened,
          (current) => postJson(config.renewPath, {}, current.token),
          (renewed) => {
            session = renewed;
            show();
          },
          () => {
            session = null;
            show();
          },
        );
        show();
      }

      function show(): void {
        if (!context) {
          onChange({ status: 'waiting' });
          return;
        }
        // Another agent at this browser (the context names someone else): they sign in themselves.
        if (session && context.agentId && session.userId !== `chatwoot:${context.agentId}`) {
          stopRenewing();
          session = null;
        }
        if (!session) {
          onChange({ status: 'sign-in', signIn });
          return;
        }
        const { origin, accountId, conversationId } = context;
        onChange({
          status: 'ready',
          context: {
            apiUrl: session.apiUrl,
            token: session.token,
            contact: context.contact,
            ...(conversationId ? { ticketId: conversationId } : {}),
          },
          ticket: {
            ...(conversationId ? { ticketId: conversationId } : {}),
            linkToTicket: (ticketId) =>
              accountId ? { href: `${origin}/app/accounts/${accountId}/conversations/${ticketId}` } : null,
          },
        });
      }

      const onMessage = (event: MessageEvent) => {
        // Only Chatwoot itself: the parent frame, on an origin the workspace configured.
        if (event.source !== win.parent || !config.allowedOrigins.includes(event.origin)) return;
        const next = chatwootContextOf(event.data, event.origin);
        if (!next) return;
        context = next;
        clearInterval(askTimer);
        show();
      };

      const onVisible = () => {
        if (win.document.visibilityState === 'visible') askForContext();
      };

      win.addEventListener('message', onMessage);
      win.document.addEventListener('visibilitychange', onVisible);
      onChange({ status: 'waiting' });
      askForContext();
      return () => {
        win.removeEventListener('message', onMessage);
        win.document.removeEventListener('visibilitychange', onVisible);
        clearInterval(askTimer);
        stopRenewing();
      };
    },
  };
}
