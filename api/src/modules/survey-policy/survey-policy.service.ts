import { z } from 'zod';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict } from '../../errors';
import { DEFAULT_SURVEY_POLICY, surveyEligibility, surveyPolicyProblems, type SurveyPolicy } from '../../loyalty';
import { parseInput } from '../../validation';
import type { ContactDoc } from '../contact/contact.model';
import { hasOpenRecovery } from '../follow-up/follow-up.service';
import { WorkspaceModel, type WorkspaceDoc } from '../workspace/workspace.model';

export function policyOf(workspace: WorkspaceDoc): SurveyPolicy {
  return workspace.surveyPolicy ?? DEFAULT_SURVEY_POLICY;
}

export function getSurveyPolicy(viewer: Viewer): SurveyPolicy {
  return policyOf(assertCan(viewer, 'settings:read').workspace);
}

const updateSchema = z.object({
  minDaysAfterSignup: z.number().nullish(),
  minDaysBetweenSurveys: z.number().nullish(),
});

export async function updateSurveyPolicy(viewer: Viewer, input: unknown): Promise<SurveyPolicy> {
  const admin = assertCan(viewer, 'settings:write');
  const values = parseInput(updateSchema, input);
  const current = policyOf(admin.workspace);
  const policy: SurveyPolicy = {
    minDaysAfterSignup: values.minDaysAfterSignup ?? current.minDaysAfterSignup,
    minDaysBetweenSurveys: values.minDaysBetweenSurveys ?? current.minDaysBetweenSurveys,
  };
  const problems = surveyPolicyProblems(policy);
  if (problems.length > 0) throw badUserInput(problems.join('; '));
  const saved = await WorkspaceModel.findOneAndUpdate(
    { _id: admin.workspaceId, updatedAt: admin.workspace.updatedAt },
    { $set: { surveyPolicy: policy } },
    { returnDocument: 'after' },
  )
    .lean<WorkspaceDoc>()
    .exec();
  if (!saved) throw conflict('The workspace settings changed meanwhile; reload and try again');
  return policyOf(saved);
}

export async function contactSurveyEligibility(viewer: Viewer, contact: ContactDoc, now = new Date()) {
  const { workspace } = assertCan(viewer, 'contact:read');
  return surveyEligibility(
    {
      signedUpAt: contact.signedUpAt,
      lastAnsweredAt: contact.lastAnsweredAt ?? null,
      hasOpenTicket: contact.hasOpenTicket ?? false,
      hasOpenRecovery: await hasOpenRecovery(workspace._id, contact._id),
    },
    policyOf(workspace),
    now,
  );
}
