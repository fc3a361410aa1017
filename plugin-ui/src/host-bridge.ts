/**
 * The one module that knows how a host hands the panel its API address, token and contact.
 * Components get a `HostContext` and never read the host page, its attributes or globals.
 *
 * Sources today: mount options (a plain page calling `NpsDesk.mount`, or a React host) and
 * element attributes (`<nps-desk-panel>`). An iframe host (Zendesk, Chatwoot or Freshdesk
 * sidebar apps) will add a third source here: a postMessage handshake that checks message
 * origins against an allowlist and resolves a `HostContext` once the host has answered.
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
}

/** What a page passes to `NpsDesk.mount(element, options)`. */
export type MountOptions = HostContext;

/** The API session alone, for views that are not about one contact (the sales candidates list). */
export type HostSession = Pick<HostContext, 'apiUrl' | 'token'>;

/** What a page passes to `NpsDesk.mountSalesCandidates(element, options)`. */
export type SalesMountOptions = HostSession;

/** Attributes of `<nps-desk-panel>`; a change to any of them re-renders the panel. */
export const HOST_ELEMENT_ATTRIBUTES = [
  'api-url',
  'token',
  'contact-external-id',
  'contact-email',
  'ticket-id',
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
}): HostContext | string {
  const apiUrl = nonEmpty(values.apiUrl);
  const token = nonEmpty(values.token);
  const externalId = nonEmpty(values.externalId);
  const email = nonEmpty(values.email);
  const ticketId = nonEmpty(values.ticketId);
  if (!apiUrl) return 'an API URL is required';
  if (!token) return 'a token is required';
  if (!externalId && !email) return 'the contact needs an externalId or an email';
  return {
    apiUrl,
    token,
    contact: { ...(externalId ? { externalId } : {}), ...(email ? { email } : {}) },
    ...(ticketId ? { ticketId } : {}),
  };
}

/**
 * The host context given to `NpsDesk.mount`. Checked at run time because plain pages call
 * it from untyped JavaScript; a bad call fails at once with a message naming what is missing.
 */
export function hostContextFromMountOptions(options: unknown): HostContext {
  const contact = field(options, 'contact');
  const context = contextOf({
    apiUrl: field(options, 'apiUrl'),
    token: field(options, 'token'),
    externalId: field(contact, 'externalId'),
    email: field(contact, 'email'),
    ticketId: field(options, 'ticketId'),
  });
  if (typeof context === 'string') throw new TypeError(`NpsDesk.mount: ${context}`);
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
  if (!apiUrl) throw new TypeError('NpsDesk.mountSalesCandidates: an API URL is required');
  if (!token) throw new TypeError('NpsDesk.mountSalesCandidates: a token is required');
  return { apiUrl, token };
}
