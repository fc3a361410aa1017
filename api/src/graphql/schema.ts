import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTimeResolver } from 'graphql-scalars';
import { PROJECT_ROOT } from '../config';
import type { Resolvers } from '../__generated__/resolvers-types';
import { activityResolvers } from '../modules/activity/activity.resolvers';
import { alertResolvers } from '../modules/alert/alert.resolvers';
import { apiKeyResolvers } from '../modules/api-key/api-key.resolvers';
import { contactResolvers } from '../modules/contact/contact.resolvers';
import { dataRightsResolvers } from '../modules/data-rights/data-rights.resolvers';
import { embedResolvers } from '../modules/embed/embed.resolvers';
import { followUpResolvers } from '../modules/follow-up/follow-up.resolvers';
import { personResolvers } from '../modules/person/person.resolvers';
import { playbookResolvers } from '../modules/playbook/playbook.resolvers';
import { reportResolvers } from '../modules/report/report.resolvers';
import { responseResolvers } from '../modules/response/response.resolvers';
import { salesResolvers } from '../modules/sales/sales.resolvers';
import { surveyCandidateResolvers } from '../modules/survey-candidate/survey-candidate.resolvers';
import { surveyPolicyResolvers } from '../modules/survey-policy/survey-policy.resolvers';
import { viewerResolvers } from '../modules/viewer/viewer.resolvers';
import { webhookResolvers } from '../modules/webhook/webhook.resolvers';
import { workspaceResolvers } from '../modules/workspace/workspace.resolvers';
import { workspaceAdminResolvers } from '../modules/workspace/workspace.admin.resolvers';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL modules of `schema/`, the single source of the API contract. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

export const resolvers: Resolvers[] = [
  { DateTime: DateTimeResolver },
  viewerResolvers,
  workspaceResolvers,
  workspaceAdminResolvers,
  apiKeyResolvers,
  contactResolvers,
  followUpResolvers,
  personResolvers,
  playbookResolvers,
  surveyPolicyResolvers,
  surveyCandidateResolvers,
  salesResolvers,
  responseResolvers,
  reportResolvers,
  webhookResolvers,
  alertResolvers,
  dataRightsResolvers,
  activityResolvers,
  embedResolvers,
];
