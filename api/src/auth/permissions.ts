/** Roles carried in the token's `role` claim. */
export const ROLES = ['agent', 'sales', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every action a service may check before a read or a side effect. */
export type Action = 'contact:read' | 'contact:write' | 'response:record';

const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  agent: new Set<Action>(['contact:read', 'contact:write', 'response:record']),
  sales: new Set<Action>(['contact:read']),
  admin: new Set<Action>(['contact:read', 'contact:write', 'response:record']),
};

export function roleCan(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].has(action);
}
