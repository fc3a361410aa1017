import { assertCan, type Viewer } from '../../auth/viewer';
import {
  DEFAULT_PLAYBOOK,
  recommendActions,
  withDefaultRules,
  type Playbook,
  type RecommendedAction,
} from '../../loyalty';
import type { ContactDoc } from '../contact/contact.model';
import type { FollowUpDoc } from '../follow-up/follow-up.model';
import type { Loaders } from '../../graphql/loaders';
import type { WorkspaceDoc } from '../workspace/workspace.model';

/** The workspace's playbook; triggers added to NPS Desk after it was saved get their defaults. */
export function playbookOf(workspace: WorkspaceDoc): Playbook {
  return workspace.playbook ? withDefaultRules(workspace.playbook.rules) : DEFAULT_PLAYBOOK;
}

/**
 * The contact's next best actions under the workspace's playbook, knowing its follow-ups:
 * open ones and those closed since the latest answer are not recommended again. The
 * follow-ups come from the request's loader, one query for every contact of the request.
 */
export async function recommendationsFor(
  viewer: Viewer,
  contact: ContactDoc,
  loaders: Pick<Loaders, 'liveFollowUps'>,
  now = new Date(),
): Promise<RecommendedAction[]> {
  const { workspace } = assertCan(viewer, 'contact:read');
  return recommendationsFrom(workspace, contact, await loaders.liveFollowUps.load(contact), now);
}

/** The recommendations given the contact's open follow-ups and those closed since its latest answer. */
export function recommendationsFrom(
  workspace: WorkspaceDoc,
  contact: ContactDoc,
  followUps: readonly Pick<FollowUpDoc, 'kind' | 'status' | 'closedAt'>[],
  now: Date,
): RecommendedAction[] {
  return recommendActions(
    {
      name: contact.name,
      company: contact.company,
      snapshot: contact.loyalty,
      recentCsat: contact.csat?.recent ?? [],
      followUps: followUps.map(({ kind, status, closedAt }) => ({ kind, status, closedAt })),
    },
    now,
    playbookOf(workspace),
  );
}
