import type { SurveySentInput } from '../../__generated__/resolvers-types';
import { assertCan, type Viewer } from '../../auth/viewer';
import { notFound } from '../../errors';
import { idKeyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import {
  surveyDateBounds,
  surveyWaitEndsAt,
  type SurveyActivity,
  type SurveyMetric,
  type SurveyPolicy,
} from '../../loyalty';
import { parseInput } from '../../validation';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { segmentConditions, segmentFilterSchema, type SegmentFilter } from '../contact/contact.segment';
import { findContact } from '../contact/contact.service';
import { contactsWithOpenRecovery } from '../follow-up/follow-up.service';
import { surveyMetricSchema } from '../survey-policy/survey-policy.input';
import { policyOf, surveyActivityOf, surveyDatesOf } from '../survey-policy/survey-policy.service';
import type { WorkspaceDoc } from '../workspace/workspace.model';
import { surveySentSchema } from './survey-candidate.input';

export interface SurveyCandidateResult {
  contact: ContactDoc;
  eligibleSince: Date | null;
}

export function candidateOf(contact: ContactDoc, metric: SurveyMetric, policy: SurveyPolicy): SurveyCandidateResult {
  return { contact, eligibleSince: surveyWaitEndsAt(surveyDatesOf(contact), metric, policy) };
}

/**
 * The contacts the policy lets the workspace survey with `metric` at `now`, as a query on
 * the candidates index (workspaceId, hasOpenTicket, _id): the date rules come from the
 * loyalty core's bounds, open recoveries from the follow-ups.
 */
export async function candidatesQuery(
  workspace: WorkspaceDoc,
  metric: SurveyMetric,
  filter: SegmentFilter,
  now: Date,
): Promise<Record<string, unknown>> {
  const { signedUpBy, lastSurveyBy } = surveyDateBounds(metric, policyOf(workspace), now);
  const query: Record<string, unknown> = {
    workspaceId: workspace._id,
    hasOpenTicket: false,
    ...segmentConditions(filter),
  };
  // `$not: { $gt }` matches a date no later than the bound and a missing one (signup
  // unknown, never sent or answered that metric).
  if (signedUpBy) query.signedUpAt = { $not: { $gt: signedUpBy } };
  if (lastSurveyBy) {
    query[`surveys.${metric}.lastSentAt`] = { $not: { $gt: lastSurveyBy } };
    query[`surveys.${metric}.lastAnsweredAt`] = { $not: { $gt: lastSurveyBy } };
  }
  const inRecovery = await contactsWithOpenRecovery(workspace._id);
  if (inRecovery.length > 0) query._id = { $nin: inRecovery };
  return query;
}

/** First seen first: `_id` order, the end of the candidates index. */
const CANDIDATES_KEYSET = idKeyset(1, ({ contact }: SurveyCandidateResult) => contact._id);

/** Survey candidates in _id order (first seen first), a stable keyset order. */
export async function listSurveyCandidates(
  viewer: Viewer,
  args: { metric: unknown; first: number; after?: string | null; filter?: unknown },
  now = new Date(),
): Promise<Connection<SurveyCandidateResult>> {
  const { workspace } = assertCan(viewer, 'surveyCandidate:work');
  const metric = parseInput(surveyMetricSchema, args.metric, 'metric');
  const filter = parseInput(segmentFilterSchema, args.filter ?? {}, 'filter.');
  const policy = policyOf(workspace);
  return paginate(CANDIDATES_KEYSET, args, async ({ after, limit }) => {
    const scope = await candidatesQuery(workspace, metric, filter, now);
    // The cursor's bound joins the scope's `_id: { $nin }` (contacts in recovery).
    const contacts = await ContactModel.find(keysetFilter(CANDIDATES_KEYSET, scope, after))
      .sort(keysetSort(CANDIDATES_KEYSET))
      .limit(limit)
      .lean<ContactDoc[]>()
      .exec();
    return contacts.map((contact) => candidateOf(contact, metric, policy));
  });
}

/**
 * Records that a survey of a metric was sent to a known contact. `$max` keeps the latest
 * send in one atomic update, so a repeated or late report never moves it backward.
 */
export async function recordSurveySent(
  viewer: Viewer,
  input: SurveySentInput,
  now = new Date(),
): Promise<{ contact: ContactDoc; surveyActivity: SurveyActivity & { metric: SurveyMetric } }> {
  const { workspaceId } = assertCan(viewer, 'surveyCandidate:work');
  const { contact: ref, metric, sentAt } = parseInput(surveySentSchema(now), input);
  const contact = await findContact(workspaceId, ref);
  if (!contact) throw notFound('No contact matches in this workspace');
  const updated = await ContactModel.findOneAndUpdate(
    { _id: contact._id, workspaceId },
    { $max: { [`surveys.${metric}.lastSentAt`]: sentAt } },
    { returnDocument: 'after' },
  )
    .lean<ContactDoc>()
    .exec();
  if (!updated) throw notFound('No contact matches in this workspace');
  return { contact: updated, surveyActivity: surveyActivityOf(updated, metric) };
}
