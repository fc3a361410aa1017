import type { AuthenticatedViewer } from '../auth/viewer';
import { findContact, upsertContact } from '../modules/contact/contact.service';
import { recordResponse } from '../modules/response/response.service';
import { ensureWorkspace } from '../modules/workspace/workspace.service';
import { DEMO_CONTACTS, DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME } from './demo-data';
import { DAY_MS } from '../loyalty';

const SEED_SOURCE = 'demo-seed';

export interface SeedSummary {
  contacts: number;
  responsesCreated: number;
  responsesAlreadyPresent: number;
}

/**
 * Seeds the demo workspace. Safe to run on every start: contacts are upserted and each
 * answer has a fixed source id, so a second run neither duplicates nor loses data.
 */
export async function seedDemoData(now = new Date()): Promise<SeedSummary> {
  const workspace = await ensureWorkspace(DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME);
  const seeder: AuthenticatedViewer = {
    kind: 'authenticated',
    userId: 'seed',
    role: 'admin',
    workspaceId: workspace._id,
    workspace,
  };
  const summary: SeedSummary = { contacts: 0, responsesCreated: 0, responsesAlreadyPresent: 0 };
  for (const demo of DEMO_CONTACTS) {
    // Existing demo contacts are left as they are: someone may have edited them.
    const contact =
      (await findContact(workspace._id, { externalId: demo.externalId, email: null })) ??
      (
        await upsertContact(seeder, {
          externalId: demo.externalId,
          email: demo.email,
          name: demo.name,
          company: demo.company,
          plan: demo.plan,
          region: demo.region,
          accountValue: demo.accountValue,
          signedUpAt: new Date(now.getTime() - demo.signedUpDaysAgo * DAY_MS),
        })
      ).contact;
    summary.contacts += 1;
    for (const [index, answer] of demo.npsHistory.entries()) {
      const { duplicate } = await recordResponse(
        seeder,
        {
          contact: { externalId: contact.externalId },
          metric: 'NPS',
          score: answer.score,
          comment: answer.comment,
          channel: answer.channel,
          campaign: 'quarterly-nps',
          answeredAt: new Date(now.getTime() - answer.ageMs),
          source: SEED_SOURCE,
          sourceId: `${demo.externalId}-${index + 1}`,
        },
        now,
      );
      if (duplicate) summary.responsesAlreadyPresent += 1;
      else summary.responsesCreated += 1;
    }
  }
  return summary;
}
