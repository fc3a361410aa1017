import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import type { AuthenticatedViewer } from '../api/src/auth/viewer';
import { snapshotFromLatest, type SurveyMetric } from '../api/src/loyalty';
import { ContactModel, type ContactDoc } from '../api/src/modules/contact/contact.model';
import { eraseContact, sweepContactErasures } from '../api/src/modules/data-rights/data-rights.service';
import { importFile } from '../api/src/modules/import/import.service';
import type { BatchStep } from '../api/src/modules/recording/recording.batch';
import { ImportBatchModel, type ImportBatchState } from '../api/src/modules/recording/recording.batch.model';
import { ContactLeaseModel } from '../api/src/modules/recording/recording.lease';
import { sweepPendingRecordings } from '../api/src/modules/recording/recording.pipeline';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { recordResponse, type RecordResponseInput } from '../api/src/modules/response/response.service';
import { WorkspaceModel, type WorkspaceDoc } from '../api/src/modules/workspace/workspace.model';
import type { NpsReportInput, ReportSegmentDimension } from './__generated__/graphql';
import { FULL_REPORT } from './report-operations';
import { clearAll, everythingStored } from './report-support';
import { seededRandom } from './support/seeded-random';
import { startTestServer, type TestServer } from './support/test-server';

// `npm run import`: our CSV layout and Delighted's exports, rejected rows, running a file
// again, an import killed half-way or stopped with Ctrl-C and run again, a crash at each step
// of a batch healed by the sweep, and snapshots and reports equal to recording the same
// answers one by one.

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
let server: TestServer;
let directory: string;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'oneby', 'erasing'] });
  directory = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-import-'));
});
afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearAll();
  await Promise.all([ImportBatchModel.deleteMany({}).exec(), ContactLeaseModel.deleteMany({}).exec()]);
});

function file(name: string, text: string): string {
  const target = path.join(directory, name);
  writeFileSync(target, text);
  rmSync(`${target}.rejected.csv`, { force: true });
  return target;
}

function cliArgs(target: string, format: string, extra: string[] = []): string[] {
  return [
    '--import',
    'tsx',
    path.join(ROOT, 'api/src/cli/import.ts'),
    '--workspace',
    'acme',
    '--format',
    format,
    ...extra,
    target,
  ];
}

const cliEnv = () => ({
  ...process.env,
  MONGODB_URI: process.env.NPS_TEST_MONGODB_URI,
  MONGODB_DB_NAME: mongoose.connection.name,
});

function runImport(target: string, format: string, extra: string[] = []) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, cliArgs(target, format, extra), { cwd: ROOT, env: cliEnv() }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Starts the CLI, sends `signal` once `batches` batches are done (their counts may be left to their group), and resolves with its exit. */
function interruptImport(target: string, batches: number, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, cliArgs(target, 'csv', ['--batch-size', '100']), { cwd: ROOT, env: cliEnv() });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal })),
  );
  return (async () => {
    for (;;) {
      const done = await ImportBatchModel.countDocuments({ workspaceId: 'acme', state: { $in: ['counting', 'done'] } });
      if (done >= batches) break;
      if (child.exitCode !== null) throw new Error('the import ended before it could be interrupted');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill(signal);
    return { ...(await exited), stdout: () => stdout };
  })();
}

function viewerOf(workspaceId: string, workspace: WorkspaceDoc): AuthenticatedViewer {
  return { kind: 'authenticated', userId: 'test-importer', role: 'admin', workspaceId, workspace };
}

/** Every contact's snapshots recomputed from its stored answers, as the pipeline computes them. */
async function expectSnapshotsToMatchAnswers(workspaceId: string): Promise<void> {
  const [contacts, responses] = await Promise.all([
    ContactModel.find({ workspaceId }).lean<ContactDoc[]>().exec(),
    ResponseModel.find({ workspaceId }).lean<ResponseDoc[]>().exec(),
  ]);
  const order = (a: ResponseDoc, b: ResponseDoc) =>
    a.answeredAt.getTime() - b.answeredAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString());
  for (const contact of contacts) {
    const own = responses.filter((response) => response.contactId.equals(contact._id)).sort(order);
    const nps = own.filter((response) => response.metric === 'NPS');
    const csat = own.filter((response) => response.metric === 'CSAT').reverse();
    const [latest, previous] = [nps.at(-1) ?? null, nps.at(-2) ?? null];
    expect({ id: contact.externalId ?? contact.email, loyalty: contact.loyalty }).toEqual({
      id: contact.externalId ?? contact.email,
      loyalty: { ...snapshotFromLatest(latest, previous, nps.length), latestResponseId: latest?._id ?? null },
    });
    expect(contact.csat).toEqual({
      count: csat.length,
      recent: csat.slice(0, 3).map(({ score, scaleMax, answeredAt }) => ({ score, scaleMax, answeredAt })),
    });
    for (const metric of ['NPS', 'CSAT', 'CES'] as SurveyMetric[]) {
      const last = own.filter((response) => response.metric === metric).at(-1)?.answeredAt ?? null;
      expect(contact.surveys?.[metric]?.lastAnsweredAt ?? null).toEqual(last);
    }
  }
}

async function expectEverythingFinished(workspaceId: string): Promise<void> {
  expect(await ImportBatchModel.countDocuments({ workspaceId, state: { $ne: 'done' } })).toBe(0);
  expect(await ResponseModel.countDocuments({ workspaceId, pending: { $ne: [] } })).toBe(0);
  expect((await verifyAggregates(workspaceId)).differences).toEqual([]);
  await expectSnapshotsToMatchAnswers(workspaceId);
}

const HEADER = 'externalId,email,name,metric,score,scaleMax,comment,channel,tags,answeredAt,source,sourceId';

/** `count` answers of `contacts` contacts in our CSV layout, at shuffled times in 2026. */
function generatedCsv(count: number, contacts: number, seed: number): string {
  const random = seededRandom(seed);
  const lines = [HEADER];
  for (let index = 0; index < count; index += 1) {
    const metric = random() < 0.75 ? 'NPS' : random() < 0.7 ? 'CSAT' : 'CES';
    const score = metric === 'NPS' ? Math.floor(random() * 11) : 1 + Math.floor(random() * (metric === 'CSAT' ? 5 : 7));
    // Distinct minutes: no two answers of a contact at the same instant.
    const at = new Date(Date.UTC(2025, 0, 1) + ((index * 7919) % 500_000) * 60_000).toISOString();
    const channel = ['email', 'chat', ''][Math.floor(random() * 3)];
    const tags = random() < 0.3 ? 'vip;bug' : '';
    lines.push(
      `c-${Math.floor(random() * contacts)},,,${metric},${score},,,${channel},${tags},${at},gen,${seed}-${index}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('our CSV layout', () => {
  const csv = [
    'externalId,email,name,metric,score,scaleMax,comment,tags,answeredAt,source,sourceId',
    'zd-1,ada@example.com,Ada,NPS,9,,"Quick, kind",vip;billing,2026-03-02T10:00:00Z,csv,1',
    'zd-1,,,NPS,11,,,,2026-03-03T10:00:00Z,csv,2',
    ',,,NPS,8,,,,2026-03-03T10:00:00Z,csv,3',
    'zd-2,bob@example.com,Bob,CSAT,4,5,,,2026-03-04T10:00:00Z,csv,4',
    'zd-3,,,NPS,2,,,,03/04/2026,csv,5',
    'zd-3,,,NPS,abc,,,,2026-03-05T10:00:00Z,csv,6',
    'zd-2,,,CES,6,,,,2026-03-06T10:00:00Z,csv,7',
    'zd-4,,,NPS,3,,,,2099-01-01T00:00:00Z,csv,8',
    'zd-1,,,NPS,4,,,,2026-03-07T10:00:00Z,,9',
    'zd-5,,,NPS,4,,,2026-03-07T10:00:00Z,csv,10',
  ].join('\n');

  test('successful-bad-rows-go-to-the-rejected-rows-file-and-the-good-rows-are-stored', async () => {
    const target = file('answers.csv', csv);
    const result = await runImport(target, 'csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('rows read:       10');
    expect(result.stdout).toContain('stored:          3');
    expect(result.stdout).toContain(`rejected:        7 (see ${target}.rejected.csv)`);
    expect(readFileSync(`${target}.rejected.csv`, 'utf8')).toBe(
      [
        'row,column,reason',
        '3,score,"NPS score must be an integer from 0 to 10, got 11"',
        '4,externalId,give externalId or email to identify the contact',
        '6,answeredAt,is not an ISO 8601 date-time with a time zone (2026-03-01T10:00:00Z): 03/04/2026',
        '7,score,"is not a number: ""abc"""',
        '9,answeredAt,must not be in the future',
        '10,source,is required',
        '11,,has 10 cells where the header has 11',
        '',
      ].join('\n'),
    );
    const stored = await ResponseModel.find({ workspaceId: 'acme' }).sort({ sourceId: 1 }).lean<ResponseDoc[]>().exec();
    expect(stored.map(({ sourceId, metric, score, scaleMax }) => [sourceId, metric, score, scaleMax])).toEqual([
      ['1', 'NPS', 9, 10],
      ['4', 'CSAT', 4, 5],
      ['7', 'CES', 6, 7],
    ]);
    expect(stored[0]).toMatchObject({ comment: 'Quick, kind', tags: ['vip', 'billing'], source: 'csv', pending: [] });
    const ada = await ContactModel.findOne({ workspaceId: 'acme', externalId: 'zd-1' }).lean<ContactDoc>().exec();
    expect(ada).toMatchObject({
      email: 'ada@example.com',
      name: 'Ada',
      loyalty: { category: 'PROMOTER', responseCount: 1 },
    });
    await expectEverythingFinished('acme');
  });

  test('successful-a-row-is-named-by-its-first-line-past-quoted-cells-over-lines-and-empty-lines', async () => {
    const target = file(
      'spanning.csv',
      [
        'externalId,metric,score,comment,answeredAt,source,sourceId',
        'zd-1,NPS,9,"Fast,\r\nfriendly\nand kind",2026-03-01T10:00:00Z,csv,1',
        '',
        'zd-2,NPS,11,,2026-03-02T10:00:00Z,csv,2',
        'zd-3,NPS,6,"one\nmore",2026-03-02T10:00:00Z,csv,3',
        'zd-4,NPS,12,,2026-03-02T10:00:00Z,csv,4',
      ].join('\r\n'),
    );
    const summary = await importFile({ workspaceId: 'acme', file: target, format: 'csv', batchSize: 10 });
    expect(summary).toMatchObject({ rowsRead: 4, stored: 2, rejected: 2 });
    // Lines: header 1, zd-1 2-4, empty 5, zd-2 6, zd-3 7-8, zd-4 9.
    expect(readFileSync(`${target}.rejected.csv`, 'utf8').trim().split('\n')).toEqual([
      'row,column,reason',
      '6,score,"NPS score must be an integer from 0 to 10, got 11"',
      '9,score,"NPS score must be an integer from 0 to 10, got 12"',
    ]);
    const stored = await ResponseModel.find({ workspaceId: 'acme' }).sort({ sourceId: 1 }).lean<ResponseDoc[]>().exec();
    expect(stored.map(({ comment }) => comment)).toEqual(['Fast,\r\nfriendly\nand kind', 'one\nmore']);
  });

  test('successful-the-same-file-again-adds-nothing', async () => {
    const target = file('twice.csv', generatedCsv(300, 40, 7));
    expect((await runImport(target, 'csv', ['--batch-size', '50'])).code).toBe(0);
    const first = await everythingStored();
    const again = await runImport(target, 'csv', ['--batch-size', '50']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('stored:          0');
    expect(again.stdout).toContain('already present: 300');
    expect(await everythingStored()).toBe(first);
    await expectEverythingFinished('acme');
  });

  test('failing-an-unknown-column-stops-the-import-before-anything-is-stored', async () => {
    const target = file('typo.csv', 'externalId,scor,source,sourceId\nzd-1,9,csv,1\n');
    const result = await runImport(target, 'csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown column "scor"');
    expect(await ResponseModel.countDocuments({ workspaceId: 'acme' })).toBe(0);
  });
});

describe('Delighted exports', () => {
  // 2026-01-01T10:00:00Z and the days after, in Unix seconds as Delighted's API gives them.
  const day = (n: number) => 1767261600 + n * 86_400;
  const responses = [
    {
      id: '101',
      person: { id: '9', email: 'kim@example.com', name: 'Kim Lee' },
      survey_type: 'nps',
      score: 3,
      comment: 'Slow answers',
      created_at: day(0),
      person_properties: { Plan: 'pro', 'Delighted Source': 'Email', 'Customer ID': 'zd-77' },
      tags: ['billing'],
      notes: [{ id: '1', text: 'called back' }],
    },
    {
      id: '102',
      person: { id: '9', email: 'kim@example.com', name: 'Kim Lee' },
      survey_type: 'nps',
      score: 10,
      comment: null,
      created_at: day(1),
      person_properties: { Plan: 'pro' },
      tags: [],
      notes: [],
    },
    {
      id: '103',
      person: { id: '10', email: 'sam@example.com' },
      survey_type: 'csat',
      score: 5,
      created_at: day(2),
      person_properties: { Region: 'emea' },
      tags: [],
      notes: [],
    },
    {
      id: '104',
      person: { id: '11', email: 'lee@example.com' },
      survey_type: 'ces',
      score: 6,
      created_at: day(3),
      person_properties: {},
      tags: [],
      notes: [],
    },
    {
      id: '105',
      person: { id: '12', email: 'eve@example.com' },
      survey_type: 'enps',
      score: 9,
      created_at: day(4),
      person_properties: {},
      tags: [],
      notes: [],
    },
    {
      id: '106',
      person: { id: '13', email: '' },
      survey_type: 'nps',
      score: 7,
      created_at: day(4),
      person_properties: {},
      tags: [],
      notes: [],
    },
    {
      id: '107',
      person: { id: '14', email: 'max@example.com' },
      survey_type: 'nps',
      score: 8,
      created_at: 'yesterday',
      person_properties: {},
      tags: [],
      notes: [],
    },
    {
      id: '108',
      person: { id: '15', email: 'ann@example.com' },
      survey_type: 'nps',
      score: 11,
      created_at: day(5),
      person_properties: {},
      tags: [],
      notes: [],
    },
  ];
  const csvExport = [
    'Response ID,Date,Score,Comment,Survey type,Email,Name,Tags,Notes,Plan,Delighted Source,Customer ID,Region',
    `101,${day(0)},3,Slow answers,nps,kim@example.com,Kim Lee,billing,called back,pro,Email,zd-77,`,
    `102,2026-01-02 10:00:00 UTC,10,,nps,kim@example.com,Kim Lee,,,pro,,,`,
    `103,${day(2)},5,,csat,sam@example.com,,,,,,,emea`,
    `104,2026-01-04T10:00:00Z,6,,ces,lee@example.com,,,,,,,`,
    `105,${day(4)},9,,enps,eve@example.com,,,,,,,`,
    `106,${day(4)},7,,nps,,,,,,,,`,
    `107,yesterday,8,,nps,max@example.com,,,,,,,`,
    `108,${day(5)},11,,nps,ann@example.com,,,,,,,`,
  ].join('\n');

  test.each([
    ['a JSON array', 'delighted.json', JSON.stringify(responses, null, 2), 1, 'json'],
    [
      'one object a line',
      'delighted.ndjson',
      responses.map((response) => JSON.stringify(response)).join('\n'),
      1,
      'json',
    ],
    ['its CSV export', 'delighted.csv', csvExport, 2, 'csv'],
  ])('successful-%s-is-imported-with-its-mapping', async (_name, name, content, firstRow, kind) => {
    const target = file(name, content);
    const summary = await importFile({ workspaceId: 'acme', file: target, format: 'delighted', batchSize: 3 });
    expect(summary).toMatchObject({ rowsRead: 8, stored: 4, alreadyPresent: 0, rejected: 4 });
    const column = (json: string, csv: string) => (kind === 'json' ? json : csv);
    expect(readFileSync(`${target}.rejected.csv`, 'utf8').trim().split('\n')).toEqual([
      'row,column,reason',
      `${firstRow + 4},${column('survey_type', 'Survey type')},"survey type ""enps"" is not imported (nps, csat or ces only)"`,
      `${firstRow + 5},${column('person.email', 'Email')},give externalId or email to identify the contact`,
      `${firstRow + 6},${column('created_at', 'Date')},"is not a Unix time in seconds: ""yesterday"""`,
      `${firstRow + 7},${column('score', 'Score')},"NPS score must be an integer from 0 to 10, got 11"`,
    ]);

    const stored = await ResponseModel.find({ workspaceId: 'acme' }).sort({ sourceId: 1 }).lean<ResponseDoc[]>().exec();
    expect(
      stored.map(({ source, sourceId, metric, score, scaleMax, answeredAt, channel, plan, region, tags }) => ({
        source,
        sourceId,
        metric,
        score,
        scaleMax,
        answeredAt: answeredAt.toISOString(),
        channel,
        plan,
        region,
        tags,
      })),
    ).toEqual([
      {
        source: 'delighted',
        sourceId: '101',
        metric: 'NPS',
        score: 3,
        scaleMax: 10,
        answeredAt: '2026-01-01T10:00:00.000Z',
        channel: 'Email',
        plan: 'pro',
        region: null,
        tags: ['billing'],
      },
      {
        source: 'delighted',
        sourceId: '102',
        metric: 'NPS',
        score: 10,
        scaleMax: 10,
        answeredAt: '2026-01-02T10:00:00.000Z',
        channel: null,
        plan: 'pro',
        region: null,
        tags: [],
      },
      {
        source: 'delighted',
        sourceId: '103',
        metric: 'CSAT',
        score: 5,
        scaleMax: 5,
        answeredAt: '2026-01-03T10:00:00.000Z',
        channel: null,
        plan: null,
        region: 'emea',
        tags: [],
      },
      {
        source: 'delighted',
        sourceId: '104',
        metric: 'CES',
        score: 6,
        scaleMax: 7,
        answeredAt: '2026-01-04T10:00:00.000Z',
        channel: null,
        plan: null,
        region: null,
        tags: [],
      },
    ]);
    expect(stored[0]?.comment).toBe('Slow answers');
    // Both of Kim's answers went to one contact, found by email, with the helpdesk id of the first.
    const kim = await ContactModel.findOne({ workspaceId: 'acme', email: 'kim@example.com' }).lean<ContactDoc>().exec();
    expect(kim).toMatchObject({
      externalId: 'zd-77',
      name: 'Kim Lee',
      loyalty: { category: 'PROMOTER', previousCategory: 'DETRACTOR', movement: 'RISE', responseCount: 2 },
    });
    await expectEverythingFinished('acme');
  });

  test('failing-a-line-that-is-not-json-is-rejected-and-the-others-go-in', async () => {
    const target = file(
      'broken.ndjson',
      `${JSON.stringify(responses[0])}\n\n{"id": "102",\n${JSON.stringify(responses[2])}\n`,
    );
    const summary = await importFile({ workspaceId: 'acme', file: target, format: 'delighted', batchSize: 10 });
    expect(summary).toMatchObject({ rowsRead: 3, stored: 2, rejected: 1 });
    expect(readFileSync(`${target}.rejected.csv`, 'utf8')).toMatch(/^row,column,reason\n3,,is not valid JSON: /);
  });
});

describe('an interrupted import run again stores every row exactly once', () => {
  test('successful-killed-half-way-and-run-again', async () => {
    const target = file('killed.csv', generatedCsv(2000, 150, 11));
    const killed = await interruptImport(target, 4, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(await ResponseModel.countDocuments({ workspaceId: 'acme' })).toBeLessThan(2000);

    // The run again waits for the dead process's leases to expire, finishes its batch, then imports the rest.
    const again = await runImport(target, 'csv', ['--batch-size', '100']);
    expect(again.code).toBe(0);
    expect(await ResponseModel.countDocuments({ workspaceId: 'acme' })).toBe(2000);
    expect((await ResponseModel.distinct('sourceId', { workspaceId: 'acme' })).length).toBe(2000);
    await expectEverythingFinished('acme');
  });

  test('successful-ctrl-c-stops-after-the-current-batch', async () => {
    const target = file('stopped.csv', generatedCsv(3000, 150, 12));
    const stopped = await interruptImport(target, 2, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stdout()).toContain('Stopped before the end of the file');
    const storedThen = await ResponseModel.countDocuments({ workspaceId: 'acme' });
    expect(storedThen).toBeLessThan(3000);
    // Batches hold whole contacts: a contact stored then has all of its answers of the file.
    const inFile = new Map<string, number>();
    for (const line of readFileSync(target, 'utf8').trim().split('\n').slice(1)) {
      const externalId = line.split(',')[0]!;
      inFile.set(externalId, (inFile.get(externalId) ?? 0) + 1);
    }
    const storedByContact = await ResponseModel.aggregate<{ _id: Types.ObjectId; answers: number }>([
      { $match: { workspaceId: 'acme' } },
      { $group: { _id: '$contactId', answers: { $sum: 1 } } },
    ]);
    const externalIds = new Map(
      (await ContactModel.find({ workspaceId: 'acme' }).lean<ContactDoc[]>().exec()).map((contact) => [
        contact._id.toHexString(),
        contact.externalId!,
      ]),
    );
    expect(storedByContact.length).toBeGreaterThan(0);
    for (const { _id, answers } of storedByContact) {
      expect(answers).toBe(inFile.get(externalIds.get(_id.toHexString())!));
    }
    await expectEverythingFinished('acme');

    expect((await runImport(target, 'csv', ['--batch-size', '100'])).code).toBe(0);
    expect(await ResponseModel.countDocuments({ workspaceId: 'acme' })).toBe(3000);
    await expectEverythingFinished('acme');
  });
});

// With transactions (the default where the server has them) a batch is written in one commit
// that leaves its counts to its group (`counting`): a crash after its writes but before that
// commit leaves nothing of it (the batch before it is left `counting`); the group's counts are
// written in one more commit, which marks its batches done. Without (a standalone mongod), it
// goes through tagged steps, and so do the group's counts (`countsApplied`, then done).
const CRASHES: [transactions: boolean, crashStep: BatchStep, left: ImportBatchState][] = [
  [true, 'applied', 'counting'],
  [true, 'grouped', 'counting'],
  [false, 'inserted', 'inserting'],
  [false, 'stored', 'stored'],
  [false, 'applied', 'counting'],
  [false, 'grouped', 'countsApplied'],
];

describe.each(CRASHES)(
  'transactions %s: a process dies right after a batch is %s',
  (transactions, crashStep, leftState) => {
    test('the sweep finishes what the batch left; a live answer waits for an unfinished batch of its contact; the file again adds the rest', async () => {
      const target = file(`crash-${transactions}-${crashStep}.csv`, generatedCsv(90, 12, 21));
      let reached = 0;
      const crash = async (step: BatchStep) => {
        if (step !== crashStep) return;
        reached += 1;
        // A batch's steps: in the second batch (batches go through each step in order, a batch
        // being applied while the next is inserted); the group's: once, after the batches.
        if (step === 'grouped' || reached === 2) throw new Error(`simulated crash after ${step}`);
      };
      await expect(
        importFile({
          workspaceId: 'acme',
          file: target,
          format: 'csv',
          batchSize: 30,
          batch: { afterStep: crash, transactions },
        }),
      ).rejects.toThrow('simulated crash');
      const left = await ImportBatchModel.findOne({ workspaceId: 'acme', state: leftState }).lean().exec();
      expect(left).not.toBeNull();
      const unfinished = leftState === 'inserting' || leftState === 'stored';

      // A contact of the unfinished batch (or, once a batch left only its counts, any) answers live meanwhile.
      const workspace = await WorkspaceModel.findById('acme').lean<WorkspaceDoc>().exec();
      const contact = await (
        unfinished ? ContactModel.findById(left!.contactIds[0]) : ContactModel.findOne({ workspaceId: 'acme' })
      )
        .lean<ContactDoc>()
        .exec();
      const live: RecordResponseInput = {
        contact: { externalId: contact!.externalId },
        metric: 'NPS',
        score: 1,
        answeredAt: new Date('2026-06-30T12:00:00Z'),
        source: 'live',
        sourceId: `live-${transactions}-${crashStep}`,
      };
      const recorded = await recordResponse(viewerOf('acme', workspace!), live);
      if (unfinished) {
        // The pipeline leaves the contact alone until the batch is finished.
        expect((await ResponseModel.findById(recorded.response._id).lean<ResponseDoc>().exec())?.pending).not.toEqual(
          [],
        );
      }

      const swept = await sweepPendingRecordings();
      expect(swept.unfinished).toBe(0);
      await expectEverythingFinished('acme');
      // The report counts every stored answer, also where the sweep wrote the counts.
      const input: NpsReportInput = { from: '2025-01-01', to: '2026-12-31', granularity: 'MONTH' };
      const report = await server.execute(FULL_REPORT, { input, first: 1 }, { as: 'admin', workspaceId: 'acme' });
      expect(report.errors).toBeUndefined();
      expect(report.data!.npsReport.overall.responses).toBe(
        await ResponseModel.countDocuments({ workspaceId: 'acme', metric: 'NPS' }),
      );

      await importFile({ workspaceId: 'acme', file: target, format: 'csv', batchSize: 30 });
      expect(await ResponseModel.countDocuments({ workspaceId: 'acme', source: 'gen' })).toBe(90);
      await expectEverythingFinished('acme');
    });
  },
);

test('successful-a-batch-whose-commit-the-server-refuses-goes-in-by-steps', async () => {
  const target = file('refused.csv', generatedCsv(120, 20, 41));
  let refusals = 0;
  const summary = await importFile({
    workspaceId: 'acme',
    file: target,
    format: 'csv',
    batchSize: 30,
    batch: {
      // The server refuses the second batch's commit once (as when another writer stored one
      // of its contacts meanwhile): nothing of it is written, and it goes in by steps.
      afterStep: (step) => {
        if (step === 'applied' && ++refusals === 2) {
          throw new mongoose.mongo.MongoServerError({ message: 'simulated refusal', code: 112 });
        }
      },
    },
  });
  expect(refusals).toBeGreaterThan(2);
  expect(summary.stored).toBe(120);
  expect(await ResponseModel.countDocuments({ workspaceId: 'acme', source: 'gen' })).toBe(120);
  await expectEverythingFinished('acme');
});

test('successful-answers-recorded-live-during-an-import-are-stored-once-and-everything-adds-up', async () => {
  const csv = generatedCsv(600, 60, 51);
  const rows = csv.trim().split('\n').slice(1);
  const target = file('concurrent.csv', csv);
  const workspace = await WorkspaceModel.findById('acme').lean<WorkspaceDoc>().exec();
  const viewer = viewerOf('acme', workspace!);
  let importing = true;
  const imported = importFile({ workspaceId: 'acme', file: target, format: 'csv', batchSize: 40 }).finally(() => {
    importing = false;
  });
  // Meanwhile the API records answers of the file's contacts: new ones, and rows of the file
  // delivered by a webhook too (same source and id). Contacts the import takes as new are then
  // stored already, so its commits are refused and its batches look them up.
  let live = 0;
  for (let index = 0; importing || index < 20; index += 1) {
    const [externalId, , , metric, score, , , , , answeredAt, source, sourceId] =
      rows[(index * 37) % rows.length]!.split(',');
    const input: RecordResponseInput =
      index % 2 === 0
        ? {
            contact: { externalId },
            metric: 'NPS',
            score: index % 11,
            answeredAt: new Date(Date.UTC(2026, 5, 1, 0, index)),
            source: 'live',
            sourceId: `live-${index}`,
          }
        : {
            contact: { externalId },
            metric,
            score: Number(score),
            answeredAt: new Date(answeredAt!),
            source,
            sourceId,
          };
    await recordResponse(viewer, input);
    if (index % 2 === 0) live += 1;
  }
  const summary = await imported;
  expect(summary.stored + summary.alreadyPresent).toBe(600);
  expect(summary.alreadyPresent).toBeGreaterThan(0);
  await sweepPendingRecordings();
  expect(await ResponseModel.countDocuments({ workspaceId: 'acme', source: 'gen' })).toBe(600);
  expect(await ResponseModel.countDocuments({ workspaceId: 'acme', source: 'live' })).toBe(live);
  expect(await ContactModel.countDocuments({ workspaceId: 'acme' })).toBe(
    new Set(rows.map((row) => row.split(',')[0])).size,
  );
  await expectEverythingFinished('acme');
});

test('successful-an-erasure-waits-for-the-counts-a-dead-import-left-and-the-reports-stay-exact', async () => {
  // A workspace of its own: its dead import and erasure leave the other tests' workspace alone.
  const target = file('erase.csv', generatedCsv(90, 12, 61));
  // The import dies before its counts group writes the counts: its batches are `counting`.
  const crash = (step: BatchStep) => {
    if (step === 'grouped') throw new Error('simulated crash after the batches');
  };
  await expect(
    importFile({ workspaceId: 'erasing', file: target, format: 'csv', batchSize: 30, batch: { afterStep: crash } }),
  ).rejects.toThrow('simulated crash');
  expect(await ImportBatchModel.countDocuments({ workspaceId: 'erasing', state: 'counting' })).toBeGreaterThan(0);

  const contact = await ContactModel.findOne({ workspaceId: 'erasing', externalId: 'c-3' }).lean<ContactDoc>().exec();
  const answers = await ResponseModel.countDocuments({ workspaceId: 'erasing', contactId: contact!._id });
  expect(answers).toBeGreaterThan(0);
  const workspace = await WorkspaceModel.findById('erasing').lean<WorkspaceDoc>().exec();
  const waiting = await eraseContact(viewerOf('erasing', workspace!), { id: contact!._id.toHexString() });
  // Its answers' counts are not written yet: taking them out now would count them out twice.
  expect(waiting.pending.length).toBeGreaterThan(0);
  expect(await ResponseModel.countDocuments({ workspaceId: 'erasing', contactId: contact!._id })).toBe(answers);

  await sweepPendingRecordings();
  await sweepContactErasures();
  expect(await ResponseModel.countDocuments({ workspaceId: 'erasing', contactId: contact!._id })).toBe(0);
  expect(await ContactModel.exists({ _id: contact!._id })).toBeNull();
  expect(await ResponseModel.countDocuments({ workspaceId: 'erasing' })).toBe(90 - answers);
  await expectEverythingFinished('erasing');
});

describe('the batched path leaves what recording the answers one by one leaves', () => {
  test('successful-snapshots-links-and-reports-equal-one-by-one-in-answer-order', async () => {
    const lines = generatedCsv(400, 30, 31).trim().split('\n');
    const [header, ...rows] = lines as [string, ...string[]];
    // Some answers are there before the import, in both workspaces.
    const earlier = rows.filter((_, index) => index % 6 === 0);
    const imported = rows.filter((_, index) => index % 6 !== 0);
    const inputOf = (line: string): RecordResponseInput => {
      const [externalId, , , metric, score, , , channel, tags, answeredAt, source, sourceId] = line.split(',');
      return {
        contact: { externalId },
        metric,
        score: Number(score),
        channel: channel || null,
        tags: tags ? tags.split(';') : [],
        answeredAt: new Date(answeredAt!),
        source,
        sourceId,
      };
    };
    const byTime = (a: RecordResponseInput, b: RecordResponseInput) =>
      (a.answeredAt as Date).getTime() - (b.answeredAt as Date).getTime();
    const workspaces = await WorkspaceModel.find().lean<WorkspaceDoc[]>().exec();
    const viewers = Object.fromEntries(
      workspaces.map((workspace) => [workspace._id, viewerOf(workspace._id, workspace)]),
    );
    for (const workspaceId of ['acme', 'oneby']) {
      for (const input of earlier.map(inputOf).sort(byTime)) await recordResponse(viewers[workspaceId]!, input);
    }

    // The file in its own (shuffled) order, in small batches: answers arrive late and early.
    const target = file('equal.csv', [header, ...imported].join('\n'));
    const summary = await importFile({ workspaceId: 'acme', file: target, format: 'csv', batchSize: 25 });
    expect(summary.stored).toBe(imported.length);
    for (const input of imported.map(inputOf).sort(byTime)) await recordResponse(viewers.oneby!, input);

    const contactsOf = async (workspaceId: string) => {
      const sourceIds = new Map(
        (await ResponseModel.find({ workspaceId }).lean<ResponseDoc[]>().exec()).map((response) => [
          response._id.toHexString(),
          response.sourceId,
        ]),
      );
      const contacts = await ContactModel.find({ workspaceId }).sort({ externalId: 1 }).lean<ContactDoc[]>().exec();
      return contacts.map(({ externalId, loyalty, csat, surveys }) => ({
        externalId,
        loyalty: { ...loyalty, latestResponseId: sourceIds.get(loyalty.latestResponseId?.toHexString() ?? '') },
        csat,
        lastAnsweredAt: (['NPS', 'CSAT', 'CES'] as const).map((metric) => surveys?.[metric]?.lastAnsweredAt ?? null),
      }));
    };
    expect(await contactsOf('acme')).toEqual(await contactsOf('oneby'));

    const reportOf = async (workspaceId: string, segmentBy: ReportSegmentDimension) => {
      const input: NpsReportInput = { from: '2025-01-01', to: '2025-12-31', granularity: 'MONTH', segmentBy };
      const result = await server.execute(FULL_REPORT, { input, first: 100 }, { as: 'admin', workspaceId });
      expect(result.errors).toBeUndefined();
      const { id: _id, segments, ...report } = result.data!.npsReport;
      return { ...report, segments: segments?.edges.map(({ node: { id: _segment, ...node } }) => node) };
    };
    for (const segmentBy of ['CHANNEL', 'TAG'] as const) {
      expect(await reportOf('acme', segmentBy)).toEqual(await reportOf('oneby', segmentBy));
    }
    const acme = await reportOf('acme', 'CHANNEL');
    expect(acme.closedLoop!.detractorRecovery.answeredAgain).toBeGreaterThan(0);
    await expectEverythingFinished('acme');
    await expectEverythingFinished('oneby');
  });
});

test('a contact created by the import looks like one created by recording an answer', async () => {
  const workspace = await WorkspaceModel.findById('oneby').lean<WorkspaceDoc>().exec();
  await recordResponse(viewerOf('oneby', workspace!), {
    contact: { externalId: 'same', email: 'same@example.com', name: 'Same', company: 'Co' },
    metric: 'CSAT',
    score: 4,
    answeredAt: new Date('2026-02-01T00:00:00Z'),
    source: 's',
    sourceId: '1',
  });
  await importFile({
    workspaceId: 'acme',
    file: file(
      'one.csv',
      'externalId,email,name,company,metric,score,answeredAt,source,sourceId\nsame,same@example.com,Same,Co,CSAT,4,2026-02-01T00:00:00Z,s,1\n',
    ),
    format: 'csv',
    batchSize: 10,
  });
  const shape = async (workspaceId: string) => {
    const {
      _id,
      workspaceId: _workspace,
      createdAt,
      updatedAt,
      externalIdKey,
      emailKey,
      ...rest
    } = (await ContactModel.findOne({
      workspaceId,
    })
      .lean<ContactDoc>()
      .exec())!;
    expect(createdAt).toBeInstanceOf(Date);
    expect(updatedAt).toBeInstanceOf(Date);
    expect([externalIdKey, emailKey]).toEqual(['id:same', 'email:same@example.com']);
    expect(Types.ObjectId.isValid(_id)).toBe(true);
    return rest;
  };
  expect(await shape('acme')).toEqual(await shape('oneby'));
});
