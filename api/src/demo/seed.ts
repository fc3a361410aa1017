import { DAY_MS } from '../loyalty';
import { findOrCreateContacts } from '../modules/contact/contact.service';
import type { RowSource } from '../modules/import/import.formats';
import type { AnswerField, Rejection } from '../modules/import/import.rows';
import { importRows } from '../modules/import/import.service';
import { ensureWorkspace } from '../modules/workspace/workspace.service';
import { DEMO_CONTACTS, DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME } from './demo-data';
import { demoYear, type DemoYearAnswer, type DemoYearContact } from './demo-year';

const SEED_SOURCE = 'demo-seed';
/** Answers per batch of the import path: the whole demo year goes in a few batches. */
const SEED_BATCH_SIZE = 1_000;

export interface SeedSummary {
  contacts: number;
  responsesCreated: number;
  responsesAlreadyPresent: number;
}

/** The three contacts the demo ticket page shows, with their hand-written histories. */
function storyOf(now: Date): { contacts: DemoYearContact[]; answers: DemoYearAnswer[] } {
  return {
    contacts: DEMO_CONTACTS.map(
      ({ externalId, email, name, company, plan, region, accountValue, signedUpDaysAgo }) => ({
        externalId,
        email,
        name,
        company,
        plan,
        region,
        accountValue,
        signedUpAt: new Date(now.getTime() - signedUpDaysAgo * DAY_MS),
      }),
    ),
    answers: DEMO_CONTACTS.flatMap(({ externalId, email, plan, region, npsHistory }) =>
      npsHistory.map((answer, index) => ({
        externalId,
        email,
        plan,
        region,
        metric: 'NPS',
        score: answer.score,
        comment: answer.comment,
        channel: answer.channel,
        campaign: 'quarterly-nps',
        answeredAt: new Date(now.getTime() - answer.ageMs),
        source: SEED_SOURCE,
        sourceId: `${externalId}-${index + 1}`,
      })),
    ),
  };
}

/** Made-up answers as rows of an import file (in answered-at order, as exports are). */
function rowsOf(answers: DemoYearAnswer[]): RowSource {
  const ordered = answers.toSorted((a, b) => (a.answeredAt as Date).getTime() - (b.answeredAt as Date).getTime());
  let read = 0;
  return {
    rows: (async function* () {
      for (const fields of ordered) {
        read += 1;
        yield { row: read, fields, columnOf: (field: AnswerField) => field, problems: [] };
      }
    })(),
    progress: () => read / ordered.length,
  };
}

/**
 * Seeds the demo workspace: the demo ticket page's three contacts and a year of a made-up
 * helpdesk's answers (demo-year.ts), through the import path. Safe to run on every start:
 * contacts are created only when missing (someone may have edited them) and each answer has
 * a fixed source id, so a second run neither duplicates nor loses data.
 */
export async function seedDemoData(now = new Date()): Promise<SeedSummary> {
  await ensureWorkspace(DEMO_WORKSPACE_ID, DEMO_WORKSPACE_NAME);
  const story = storyOf(now);
  const year = demoYear(now);
  const contacts = [...story.contacts, ...year.contacts];
  // First, with what an answer does not carry: account value, signup date.
  await findOrCreateContacts(DEMO_WORKSPACE_ID, contacts);
  const rejections: Rejection[] = [];
  const imported = await importRows(rowsOf([...story.answers, ...year.answers]), {
    workspaceId: DEMO_WORKSPACE_ID,
    batchSize: SEED_BATCH_SIZE,
    now,
    onRejected: (rows) => rejections.push(...rows),
  });
  if (rejections.length > 0) {
    const [first] = rejections;
    throw new Error(
      `${rejections.length} demo answers refused, first: row ${first!.row} ${first!.column} ${first!.reason}`,
    );
  }
  return {
    contacts: contacts.length,
    responsesCreated: imported.stored,
    responsesAlreadyPresent: imported.alreadyPresent,
  };
}
