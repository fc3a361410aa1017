import { assertCan, type Viewer } from '../../auth/viewer';
import {
  DEFAULT_LOCALE,
  DEFAULT_PLAYBOOKS,
  recommendActions,
  withDefaultRules,
  type Locale,
  type Playbook,
  type RecommendedAction,
} from '../../loyalty';
import type { ContactDoc } from '../contact/contact.model';
import type { FollowUpDoc } from '../follow-up/follow-up.model';
import type { Loaders } from '../../graphql/loaders';
import type { WorkspaceDoc } from '../workspace/workspace.model';

/**
 * The workspace's playbook: the rules its admins wrote, as written, and the default rules in
 * `locale` for the situations they never edited (or that NPS Desk added after they saved).
 */
export function playbookOf(workspace: WorkspaceDoc, locale: Locale = DEFAULT_LOCALE): Playbook {
  return workspace.playbook ? withDefaultRules(workspace.playbook.rules, locale) : DEFAULT_PLAYBOOKS[locale];
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
  locale: Locale,
  now = new Date(),
): Promise<RecommendedAction[]> {
  const { workspace } = assertCan(viewer, 'contact:read');
  return recommendationsFrom(workspace, contact, await loaders.liveFollowUps.load(contact), locale, now);
}

/**
 * The recommendations given the contact's open follow-ups and those closed since its latest
 * answer; default rules and the words for unknown values in `locale`.
 */
export function recommendationsFrom(
  workspace: WorkspaceDoc,
  contact: ContactDoc,
  followUps: readonly Pick<FollowUpDoc, 'kind' | 'status' | 'closedAt'>[],
  locale: Locale,
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
    playbookOf(workspace, locale),
    locale,
  );
}
