import { forbidden, unauthenticated } from '../errors';
import type { WorkspaceDoc } from '../modules/workspace/workspace.model';
import { roleCan, type Action, type Role } from './permissions';

/** A caller whose token or API key verified and whose workspace exists and is enabled. */
export interface AuthenticatedViewer {
  kind: 'authenticated';
  /** The token's `sub`, or `apikey:<id>` for an API key. */
  userId: string;
  role: Role;
  workspaceId: string;
  workspace: WorkspaceDoc;
  /** Set when the caller authenticated with an API key. */
  apiKeyId?: string;
}

/** A caller without a usable token; `reason` says why, for the error an action check raises. */
export interface AnonymousViewer {
  kind: 'anonymous';
  reason: string;
}

export type Viewer = AuthenticatedViewer | AnonymousViewer;

/**
 * The single permission check: services call it before any read or side effect.
 * Anonymous callers get UNAUTHENTICATED, authenticated ones lacking the action FORBIDDEN.
 */
export function assertCan(viewer: Viewer, action: Action): AuthenticatedViewer {
  if (viewer.kind === 'anonymous') throw unauthenticated(viewer.reason);
  if (!roleCan(viewer.role, action)) {
    throw forbidden(`Role ${viewer.role} may not perform ${action}`);
  }
  return viewer;
}

export function assertAuthenticated(viewer: Viewer): AuthenticatedViewer {
  if (viewer.kind === 'anonymous') throw unauthenticated(viewer.reason);
  return viewer;
}
