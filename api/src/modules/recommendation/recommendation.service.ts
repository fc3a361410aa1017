import { assertCan, type Viewer } from '../../auth/viewer';
import {
  DEFAULT_PLAYBOOK,
  recommendActions,
  withDefaultRules,
  type Playbook,
  type RecommendedAction,
} from '../../loyalty';
import type { ContactDoc } from '../contact/contact.model';
import { FollowUpModel, type FollowUpDoc } from '../follow-up/follow-up.model';
import type { WorkspaceDoc } from '../workspace/workspace.model';

/** The workspace's playbook; triggers added to NPS Desk after it was saved get their defaults. */
export function playbookOf(workspace: WorkspaceDoc): Playbook {
  return workspace.playbook ? withDefaultRules(workspace.playbook.rules) : DEFAULT_PLAYBOOK;
}

/**
 * The contact's next best actions under the workspace's playbook, knowing its follow-ups:
 * open ones and those closed since the latest answer are not recommended again.
 */
export async function recommendationsFor(
  viewer: Viewer,
  contact: ContactDoc,
  now = new Date(),
): Promise<RecommendedAction[]> {
  const { workspace } = assertCan(viewer, 'contact:read');
  const since = contact.loyalty.answeredAt;
  const followUps = await FollowUpModel.find({
    workspaceId: workspace._id,
    contactId: contact._id,
    $or: [{ status: 'OPEN' }, ...(since ? [{ closedAt: { $gte: since } }] : [])],
  })
    .select({ kind: 1, status: 1, closedAt: 1 })
    .lean<Pick<FollowUpDoc, 'kind' | 'status' | 'closedAt'>[]>()
    .exec();
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
