import type { SurveyPolicyUpdateInput } from '../../__generated__/resolvers-types';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict } from '../../errors';
import {
  DEFAULT_SURVEY_POLICY,
  SURVEY_METRICS,
  surveyEligibility,
  surveyPolicyProblems,
  type SurveyActivity,
  type SurveyDates,
  type SurveyMetric,
  type SurveyPolicy,
  type SurveyRules,
} from '../../loyalty';
import { parseInput } from '../../validation';
import type { ContactDoc } from '../contact/contact.model';
import type { Loaders } from '../../graphql/loaders';
import { WorkspaceModel, type WorkspaceDoc } from '../workspace/workspace.model';
import { surveyPolicyUpdateSchema } from './survey-policy.input';

/** One metric's rules, as the schema's `SurveyMetricPolicy`. */
export interface SurveyMetricPolicyView extends SurveyRules {
  metric: SurveyMetric;
}

/** The policy as the schema's `SurveyPolicy`: NPS's rules at the top, then every metric's. */
export interface SurveyPolicyView extends SurveyRules {
  metrics: SurveyMetricPolicyView[];
}

/**
 * The workspace's policy. A policy stored before rules were set per metric is one set of
 * rules, which applied to every survey: it still applies to each metric.
 */
export function policyOf(workspace: WorkspaceDoc): SurveyPolicy {
  const stored = workspace.surveyPolicy;
  if (!stored) return DEFAULT_SURVEY_POLICY;
  if ('minDaysAfterSignup' in stored) return { NPS: stored, CSAT: stored, CES: stored };
  return { ...DEFAULT_SURVEY_POLICY, ...stored };
}

function viewOf(policy: SurveyPolicy): SurveyPolicyView {
  const metrics = SURVEY_METRICS.map((metric) => ({
    metric,
    minDaysAfterSignup: policy[metric].minDaysAfterSignup,
    minDaysBetweenSurveys: policy[metric].minDaysBetweenSurveys,
  }));
  const { minDaysAfterSignup, minDaysBetweenSurveys } = policy.NPS;
  return { minDaysAfterSignup, minDaysBetweenSurveys, metrics };
}

export function getSurveyPolicy(viewer: Viewer): SurveyPolicyView {
  return viewOf(policyOf(assertCan(viewer, 'settings:read').workspace));
}

export async function updateSurveyPolicy(viewer: Viewer, input: SurveyPolicyUpdateInput): Promise<SurveyPolicyView> {
  const admin = assertCan(viewer, 'settings:write');
  const changes = parseInput(surveyPolicyUpdateSchema, input);
  const policy: Record<SurveyMetric, SurveyRules> = { ...policyOf(admin.workspace) };
  for (const { metric, minDaysAfterSignup, minDaysBetweenSurveys } of changes) {
    policy[metric] = {
      minDaysAfterSignup: minDaysAfterSignup ?? policy[metric].minDaysAfterSignup,
      minDaysBetweenSurveys: minDaysBetweenSurveys ?? policy[metric].minDaysBetweenSurveys,
    };
  }
  const problems = surveyPolicyProblems(policy);
  if (problems.length > 0) {
    throw badUserInput(
      problems.join('; '),
      undefined,
      problems.map((message) => ({ field: null, message })),
    );
  }
  const saved = await WorkspaceModel.findOneAndUpdate(
    { _id: admin.workspaceId, updatedAt: admin.workspace.updatedAt },
    { $set: { surveyPolicy: policy } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  if (!saved) throw conflict('The workspace settings changed meanwhile; reload and try again');
  return viewOf(policyOf(saved));
}

/** What the date rules need from a contact. */
export function surveyDatesOf(contact: ContactDoc): SurveyDates {
  return { signedUpAt: contact.signedUpAt ?? null, surveys: contact.surveys ?? {} };
}

/** The contact's last survey of `metric` sent and answered, as the schema's `ContactSurveyActivity`. */
export function surveyActivityOf(contact: ContactDoc, metric: SurveyMetric): SurveyActivity & { metric: SurveyMetric } {
  const activity = contact.surveys?.[metric];
  return { metric, lastSentAt: activity?.lastSentAt ?? null, lastAnsweredAt: activity?.lastAnsweredAt ?? null };
}

export async function contactSurveyEligibility(
  viewer: Viewer,
  contact: ContactDoc,
  metric: SurveyMetric,
  loaders: Pick<Loaders, 'hasOpenRecovery'>,
  now = new Date(),
) {
  const { workspace } = assertCan(viewer, 'contact:read');
  return surveyEligibility(
    {
      ...surveyDatesOf(contact),
      hasOpenTicket: contact.hasOpenTicket ?? false,
      // Batched with every other contact of the request (and shared with its recommendations).
      hasOpenRecovery: await loaders.hasOpenRecovery(contact),
    },
    metric,
    policyOf(workspace),
    now,
  );
}
