import express from 'express';
import type { AppConfig } from '../../config';
import { csvDownload } from '../../csv-download';
import type { SurveyMetric } from '../../loyalty';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import type { SegmentFilter } from '../contact/contact.segment';
import { policyOf } from '../survey-policy/survey-policy.service';
import type { WorkspaceDoc } from '../workspace/workspace.model';
import { candidatesCsvQuerySchema } from './survey-candidate.input';
import { candidateOf, candidatesQuery, type SurveyCandidateResult } from './survey-candidate.service';

export const SURVEY_CANDIDATE_COLUMNS = [
  'contact_id',
  'external_id',
  'email',
  'name',
  'company',
  'plan',
  'region',
  'tags',
  'signed_up_at',
  'last_sent_at',
  'last_answered_at',
  'eligible_since',
] as const;

type SurveyCandidateRow = Record<(typeof SURVEY_CANDIDATE_COLUMNS)[number], string | null>;

const BATCH_SIZE = 1000;

// Text cells go out as stored: csvDownload applies the CSV-injection rule to every cell.
function toRow({ contact, eligibleSince }: SurveyCandidateResult, metric: SurveyMetric): SurveyCandidateRow {
  const activity = contact.surveys?.[metric];
  return {
    contact_id: contact._id.toHexString(),
    external_id: contact.externalId ?? null,
    email: contact.email ?? null,
    name: contact.name ?? null,
    company: contact.company ?? null,
    plan: contact.plan ?? null,
    region: contact.region ?? null,
    tags: (contact.tags ?? []).join(';'),
    signed_up_at: contact.signedUpAt?.toISOString() ?? null,
    last_sent_at: activity?.lastSentAt?.toISOString() ?? null,
    last_answered_at: activity?.lastAnsweredAt?.toISOString() ?? null,
    eligible_since: eligibleSince?.toISOString() ?? null,
  };
}

/** Every survey candidate of the metric, in the order of the `surveyCandidates` query. */
export async function* surveyCandidateRows(
  workspace: WorkspaceDoc,
  metric: SurveyMetric,
  filter: SegmentFilter,
  now = new Date(),
): AsyncGenerator<SurveyCandidateRow> {
  const policy = policyOf(workspace);
  const cursor = ContactModel.find(await candidatesQuery(workspace, metric, filter, now))
    .sort({ _id: 1 })
    .lean<ContactDoc[]>()
    .cursor({ batchSize: BATCH_SIZE });
  try {
    for await (const contact of cursor as AsyncIterable<ContactDoc>) {
      yield toRow(candidateOf(contact, metric, policy), metric);
    }
  } finally {
    await cursor.close();
  }
}

/**
 * `GET /export/survey-candidates.csv?metric=NPS` (optionally `&plan=`, `&region=`, `&tag=`)
 * with an admin's bearer token: every contact the survey policy lets the workspace survey
 * now with that metric, as CSV.
 */
export function surveyCandidatesExportRouter(config: AppConfig): express.Router {
  const router = express.Router();
  router.get(
    '/survey-candidates.csv',
    csvDownload(config, {
      action: 'surveyCandidate:export',
      query: candidatesCsvQuerySchema,
      columns: SURVEY_CANDIDATE_COLUMNS,
      filename: ({ workspaceId }, { metric }) => `survey-candidates-${workspaceId}-${metric}.csv`,
      rows: ({ workspace }, { metric, ...filter }) => surveyCandidateRows(workspace, metric, filter),
    }),
  );
  return router;
}
