import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFile, type ImportSummary } from '../api/src/modules/import/import.service';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { DayCountsModel, MonthCountsModel } from '../api/src/modules/report/report.model';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { ensureWorkspace } from '../api/src/modules/workspace/workspace.service';
import { benchContacts, benchResponses } from './report-data';
import { count, inDatabase, ms, timed, verdict } from './support';
import type { BenchModule } from './types';

// `npm run import` against a plain insertMany of the same answers, side by side in one run:
// a file of answers in our CSV layout, in answered-at order as exports are, imported through
// the batched recording path (contacts created, snapshots, recovery links on the answers and report counts
// maintained; batches keep each contact's answers together, and the report counts of the
// whole file are written once), and the same answers' documents inserted with insertMany in
// batches of the same size.

const WORKSPACE = 'bench';
const ANSWERS = 100_000;
/** Five answers a contact over the year: a quarterly survey, and some more. */
const ANSWERS_PER_CONTACT = 5;
const BATCH_SIZE = 1_000;
const GOAL_RATIO = 0.5;

const HEADER =
  'externalId,email,name,metric,score,scaleMax,comment,channel,campaign,ticketId,agentId,team,tags,answeredAt,source,sourceId';

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function answersFile(responses: ResponseDoc[], externalIds: Map<string, string>, emails: Map<string, string>): string {
  const lines = [HEADER];
  for (const response of responses) {
    const contact = response.contactId.toHexString();
    lines.push(
      [
        externalIds.get(contact),
        emails.get(contact),
        null,
        response.metric,
        response.score,
        response.scaleMax,
        response.comment,
        response.channel,
        response.campaign,
        response.ticketId,
        response.agentId,
        response.team,
        response.tags?.join(';'),
        response.answeredAt.toISOString(),
        response.source,
        response.sourceId,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const importBench: BenchModule = {
  name: 'import',
  async run(context) {
    const answers = Math.round(ANSWERS * context.scale);
    const contacts = benchContacts(Math.max(1, Math.round(answers / ANSWERS_PER_CONTACT)));
    const responses = [...benchResponses(WORKSPACE, contacts, 0, answers)].sort(
      (a, b) => a.answeredAt.getTime() - b.answeredAt.getTime(),
    );
    const directory = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-import-bench-'));
    const file = path.join(directory, 'answers.csv');
    writeFileSync(
      file,
      answersFile(
        responses,
        new Map(contacts.map((contact) => [contact._id.toHexString(), contact.externalId])),
        new Map(contacts.map((contact) => [contact._id.toHexString(), contact.email])),
      ),
    );

    try {
      const loadBefore = os.loadavg()[0]!;
      const plain = await inDatabase(context.uri, 'bench_import', () =>
        timed(async () => {
          for (let index = 0; index < responses.length; index += BATCH_SIZE) {
            const batch = responses.slice(index, index + BATCH_SIZE).map((response) => ({ ...response }));
            await ResponseModel.collection.insertMany(batch as never[], { ordered: false });
          }
        }),
      );
      context.log(`import: plain insertMany ${((answers / plain.ms) * 1000).toFixed(0)} answers/s`);

      const imported = await inDatabase(context.uri, 'bench_import', async () => {
        await ensureWorkspace(WORKSPACE, 'Bench');
        const run = await timed(() =>
          importFile({ workspaceId: WORKSPACE, file, format: 'csv', batchSize: BATCH_SIZE }),
        );
        const verified = await verifyAggregates(WORKSPACE);
        // What the import left beside the answers: each document at least one write.
        const scope = { workspaceId: WORKSPACE };
        const derived: [string, number][] = [
          ['contacts (each created with its snapshots)', await ContactModel.countDocuments(scope)],
          ['report day counts (a series on one day)', await DayCountsModel.countDocuments(scope)],
          ['report month counts (a series in one month)', await MonthCountsModel.countDocuments(scope)],
        ];
        const linked = await ResponseModel.countDocuments({ ...scope, recoveryLink: { $exists: true } });
        return { ms: run.ms, summary: run.value, differences: verified.differences.length, derived, linked };
      });
      const summary: ImportSummary = imported.summary;
      const loadAfter = os.loadavg()[0]!;
      context.log(`import: batched import ${((answers / imported.ms) * 1000).toFixed(0)} answers/s`);

      const rate = (elapsedMs: number) => (answers / elapsedMs) * 1000;
      const importRatio = plain.ms / imported.ms;
      const phases: [string, number][] = [
        ['reading rows, and checking them a batch at a time as the batches go (parse)', summary.timings.parse],
        [
          'contacts planned (looked up once a commit is refused), stored ones leased (contacts)',
          summary.timings.contacts,
        ],
        ['answers stored already looked up (likewise), change set computed (compute)', summary.timings.compute],
        [
          'each batch written in one commit: new contacts with their snapshots, answers with their recovery links (write)',
          summary.timings.write,
        ],
        ['the report counts of the whole file summed and written once (counts)', summary.timings.counts],
      ];
      const total = phases.reduce((sum, [, phaseMs]) => sum + phaseMs, 0);
      const derivedPerAnswer = imported.derived.reduce((sum, [, documents]) => sum + documents, 0) / answers;
      return [
        '## Importing answers',
        '',
        `${count(answers)} answers of ${count(contacts.length)} contacts over one year (85% NPS, 10% CSAT, 5% CES, every`,
        'segment dimension), as a file in our CSV layout in answered-at order, imported with `importFile` (what',
        `\`npm run import\` runs) in batches of about ${count(BATCH_SIZE)} that keep each contact's answers together, into an empty workspace; beside it, the same answers'`,
        `documents inserted with a plain \`insertMany\` in batches of ${count(BATCH_SIZE)} into an empty database on the same server.`,
        `The plain insert ran first, the import right after; the 1-minute load average of this machine (${os.cpus().length} cores,`,
        `shared with other jobs) was ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after.`,
        '',
        '| path | seconds | answers/s |',
        '| --- | ---: | ---: |',
        `| plain \`insertMany\` of the documents | ${(plain.ms / 1000).toFixed(1)} | ${rate(plain.ms).toFixed(0)} |`,
        `| \`npm run import\` (contacts, snapshots, links, report counts) | ${(imported.ms / 1000).toFixed(1)} | ${rate(imported.ms).toFixed(0)} |`,
        '',
        `The import ran at ${importRatio.toFixed(2)} times the plain-insert rate (goal: at least ${GOAL_RATIO}, ` +
          `${verdict(importRatio >= GOAL_RATIO)}). It stored ${count(summary.stored)} answers in ${count(summary.batches)} ` +
          `batches; \`verifyAggregates\` then found ${imported.differences} differences between the report counts and the answers.`,
        '',
        "Where the import's time went (each phase's time summed over the batches; a batch is checked and prepared while the",
        `two before it commit, so the phases add up to more than the import's own time: here ${(total / 1000).toFixed(1)} s`,
        `against ${(imported.ms / 1000).toFixed(1)} s). Into an empty workspace, batches take their contacts and answers as new`,
        'and look them up only once a commit is refused:',
        '',
        '| phase | ms | share |',
        '| --- | ---: | ---: |',
        ...phases.map(([phase, phaseMs]) => `| ${phase} | ${ms(phaseMs)} | ${((phaseMs / total) * 100).toFixed(0)}% |`),
        '',
        'Documents the import wrote beside the answers (the plain insert writes the answers only):',
        '',
        '| documents | count | per answer |',
        '| --- | ---: | ---: |',
        ...imported.derived.map(
          ([kind, documents]) => `| ${kind} | ${count(documents)} | ${(documents / answers).toFixed(2)} |`,
        ),
        '',
        `That is ${derivedPerAnswer.toFixed(1)} documents beside each answer. Each is written once: a new contact is`,
        "inserted with its snapshots by the one batch holding its answers, in the commit that inserts them; a detractor answer's recovery",
        `link (its next answer, which the recovery rate counts) is part of the answer document (${count(imported.linked)} answers carry one); and the`,
        'report counts of up to 100,000 rows are summed in memory and each counts document is written once (the batches',
        'keep what each answer adds in their own documents meanwhile, for the sweep to finish them if the import dies).',
        '',
      ].join('\n');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
