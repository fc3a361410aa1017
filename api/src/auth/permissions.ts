/** Roles carried in a JWT's `role` claim. */
export const ROLES = ['agent', 'sales', 'admin'] as const;
/**
 * Roles an API key may carry: the JWT roles and `integration`, for machines that only upsert
 * contacts and record answers. A JWT may not carry `integration`: machine credentials must be
 * revocable at once, which an API key is (one lookup per request) and a JWT is not (it is
 * valid until it expires).
 */
export const API_KEY_ROLES = [...ROLES, 'integration'] as const;
/**
 * A credential's role. `integration` is a signed webhook delivery or an integration API key,
 * never a JWT (the token claims accept only ROLES).
 */
export type Role = (typeof API_KEY_ROLES)[number];

/** Every action a service may check before a read or a side effect. */
export type Action =
  | 'contact:read'
  | 'contact:write'
  | 'response:record'
  /** Every report figure, segment breakdowns and the row-level CSV export. */
  | 'report:read'
  /** Headline report figures only: the overall NPS figure and its buckets over time. */
  | 'report:summary'
  | 'followUp:read'
  /** Create, assign, complete and dismiss follow-ups; log recommended actions. */
  | 'followUp:manage'
  /** List sales candidates and mark them contacted. */
  | 'salesCandidate:work'
  /** List survey candidates and record that a survey was sent. */
  | 'surveyCandidate:work'
  /** Download the survey candidates as CSV. */
  | 'surveyCandidate:export'
  /** Read the playbook and the survey policy. */
  | 'settings:read'
  /** Change the playbook and the survey policy. */
  | 'settings:write'
  /** Add, list, rotate and revoke the secrets that sign inbound webhooks. */
  | 'webhookSecret:manage'
  /** Add, change, remove and test alert endpoints; read alert deliveries. */
  | 'alert:manage'
  /** Download everything stored about one contact (data rights: access). */
  | 'contactData:export'
  /** Erase a contact and every copy of its personal data; read the erasure log (data rights). */
  | 'contact:erase'
  /** Create, list and revoke the workspace's API keys. */
  | 'apiKey:manage'
  /** Read the workspace's own record (state, creation) and rename it. */
  | 'workspace:manage'
  /** List the workspace's directory of people (to assign follow-ups). */
  | 'people:read';

const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  agent: new Set<Action>([
    'contact:read',
    'contact:write',
    'response:record',
    'followUp:read',
    'followUp:manage',
    'surveyCandidate:work',
    'settings:read',
    'people:read',
  ]),
  sales: new Set<Action>(['contact:read', 'report:summary', 'followUp:read', 'salesCandidate:work', 'settings:read']),
  admin: new Set<Action>([
    'contact:read',
    'contact:write',
    'response:record',
    'report:read',
    'report:summary',
    'followUp:read',
    'followUp:manage',
    'salesCandidate:work',
    'surveyCandidate:work',
    'surveyCandidate:export',
    'settings:read',
    'settings:write',
    'webhookSecret:manage',
    'alert:manage',
    'contactData:export',
    'contact:erase',
    'apiKey:manage',
    'workspace:manage',
    'people:read',
  ]),
  integration: new Set<Action>(['contact:write', 'response:record']),
};

export function roleCan(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].has(action);
}
