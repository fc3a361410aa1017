/**
 * The one module that knows how a host hands the panel its API address, token and contact.
 * Components get a `HostContext` (and the ticket through `useHostTicket`) and never read the
 * host page, its attributes, globals or messages.
 *
 * Sources: mount options (a plain page calling `NpsDesk.mount`, or a React host), element
 * attributes (`<nps-desk-panel>`), and host adapters for helpdesks that frame the panel's
 * own page (`plugin-ui/src/hosts/`: the Zendesk Apps framework, Chatwoot's dashboard app
 * messages), which report a `HostState` whenever the host's ticket or the session changes.
 * No React here (the ticket reaches components through host-ticket.ts): nps-desk-preload.js
 * checks its options with this module and stays a few kB.
 */
/** The ticket's requester, as the helpdesk identifies them. */
export interface HostContact {
  externalId?: string;
  email?: string;
}

/** Everything the panel needs from its host. */
export interface HostContext {
  /** The GraphQL endpoint, e.g. `/graphql`. */
  apiUrl: string;
  /** The agent's bearer token for the NPS Desk API. */
  token: string;
  contact: HostContact;
  /** The helpdesk ticket the panel is shown in, when the host knows it. */
  ticketId?: string;
  /**
   * The agent's language as a BCP 47 tag (`zh-CN`, `en-US`); without one, the page's
   * (`<html lang>`, else the browser's). English and Simplified Chinese are spoken.
   */
  locale?: string;
}

/** What a page passes to `NpsDesk.mount(element, options)`. */
export type MountOptions = HostContext;

/** The API session alone, for views that are not about one contact (the sales candidates list). */
export type HostSession = Pick<HostContext, 'apiUrl' | 'token' | 'locale'>;

/** What a page passes to `NpsDesk.mountSalesCandidates(element, options)`. */
export type SalesMountOptions = HostSession;

/** Attributes of `<nps-desk-panel>`; a change to any of them re-renders the panel. */
export const HOST_ELEMENT_ATTRIBUTES = [
  'api-url',
  'token',
  'contact-external-id',
  'contact-email',
  'ticket-id',
  'locale',
] as const;

/** A property of a value that may be anything, as untyped JavaScript callers may pass. */
function field(source: unknown, key: string): unknown {
  return typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[key] : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function contextOf(values: {
  apiUrl: unknown;
  token: unknown;
  externalId: unknown;
  email: unknown;
  ticketId: unknown;
  locale: unknown;
}): HostContext | string {
  const apiUrl = nonEmpty(values.apiUrl);
  const token = nonEmpty(values.token);
  const externalId = nonEmpty(values.externalId);
  const email = nonEmpty(values.email);
  const ticketId = nonEmpty(values.ticketId);
  const locale = nonEmpty(values.locale);
  if (!apiUrl) return 'an API URL is required';
  if (!token) return 'a token is required';
  if (!externalId && !email) return 'the contact needs an externalId or an email';
  return {
    apiUrl,
    token,
    contact: { ...(externalId ? { externalId } : {}), ...(email ? { email } : {}) },
    ...(ticketId ? { ticketId } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * The host context given to `NpsDesk.mount` (or `NpsDesk.preload`, named by `caller`). Checked
 * at run time because plain pages call it from untyped JavaScript; a bad call fails at once with
 * a message naming what is missing.
 */
export function hostContextFromMountOptions(options: unknown, caller = 'NpsDesk.mount'): HostContext {
  const contact = field(options, 'contact');
  const context = contextOf({
    apiUrl: field(options, 'apiUrl'),
    token: field(options, 'token'),
    externalId: field(contact, 'externalId'),
    email: field(contact, 'email'),
    ticketId: field(options, 'ticketId'),
    locale: field(options, 'locale'),
  });
  if (typeof context === 'string') throw new TypeError(`${caller}: ${context}`);
  return context;
}

/**
 * The host context carried by an element's attributes, or null while it is incomplete:
 * hosts often set attributes one by one, and the panel waits until it has them all.
 */
export function hostContextFromElement(element: Element): HostContext | null {
  const context = contextOf({
    apiUrl: element.getAttribute('api-url'),
    token: element.getAttribute('token'),
    externalId: element.getAttribute('contact-external-id'),
    email: element.getAttribute('contact-email'),
    ticketId: element.getAttribute('ticket-id'),
    locale: element.getAttribute('locale'),
  });
  return typeof context === 'string' ? null : context;
}

/**
 * The API session given to `NpsDesk.mountSalesCandidates`, checked at run time like the
 * panel's mount options.
 */
export function hostSessionFromMountOptions(options: unknown): HostSession {
  const apiUrl = nonEmpty(field(options, 'apiUrl'));
  const token = nonEmpty(field(options, 'token'));
  const locale = nonEmpty(field(options, 'locale'));
  if (!apiUrl) throw new TypeError('NpsDesk.mountSalesCandidates: an API URL is required');
  if (!token) throw new TypeError('NpsDesk.mountSalesCandidates: a token is required');
  return { apiUrl, token, ...(locale ? { locale } : {}) };
}

/** How the panel links back to a ticket: a plain link, or an action of the host (Zendesk's routeTo). */
export type TicketLink = { href: string } | { open: () => void };

/** The ticket the panel is shown in, and how to get back to any ticket a follow-up names. */
export interface HostTicket {
  /** The ticket on screen: follow-ups opened now remember it. */
  ticketId?: string;
  /** A link to a ticket of this helpdesk; absent or null where the host gives none. */
  linkToTicket?: (ticketId: string) => TicketLink | null;
}

/** Why a sign-in failed: the API refused the token, or could not be reached. */
export type SignInProblem = 'refused' | 'unreachable';

/** Why the panel cannot follow its host; the panel says it in the agent's language. */
export type HostProblem =
  /** The page was opened outside the NPS Desk app in Zendesk. */
  | 'outside-zendesk'
  /** The API did not accept Zendesk's proof of the agent. */
  | 'zendesk-unverified'
  /** The session could not be renewed. */
  | 'session-ended';

/** Where a framing helpdesk stands, as its adapter reports it. */
export type HostStatus =
  /** Waiting for the host's context or the session. */
  | { status: 'waiting' }
  /**
   * The agent must sign in once (Chatwoot: their own Chatwoot access token). Resolves with
   * what went wrong when refused, null once signed in.
   */
  | { status: 'sign-in'; signIn: (accessToken: string) => Promise<SignInProblem | null> }
  | { status: 'ready'; context: HostContext; ticket: HostTicket }
  | { status: 'failed'; problem: HostProblem };

/** The host's status, and the agent's language in the host (a BCP 47 tag) once the host has told it. */
export type HostState = HostStatus & { locale?: string };

/** A helpdesk that frames the panel's page: the only code that talks to it. */
export interface HostAdapter {
  /** Starts following the host; `onChange` gets every new state. Returns a function that stops. */
  connect(onChange: (state: HostState) => void): () => void;
  /** The panel's content height changed: hosts that size their frame to it are told. */
  resize?(height: number): void;
}
