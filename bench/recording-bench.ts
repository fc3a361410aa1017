import { secretBox } from '../api/src/auth/secret-box';
import type { AuthenticatedViewer } from '../api/src/auth/viewer';
import { loadConfig } from '../api/src/config';
import { countResponseInReports } from '../api/src/modules/report/report.counts';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { recordResponse, type RecordResponseInput } from '../api/src/modules/response/response.service';
import { addWebhookSecret, endpointPath } from '../api/src/modules/webhook/webhook.service';
import { ensureWorkspace } from '../api/src/modules/workspace/workspace.service';
import { newStandardSecret, standardHeaders } from '../test/support/webhooks';
import { FERRETDB } from './baseline-ferretdb';
import { benchAnswers, benchContacts, benchResponses, insertBenchContacts, storeBenchResponses } from './report-data';
import { count, inDatabase, ms, percentile, postGraphQL, ratio, startApi, timed, verdict } from './support';
import type { BenchContext, BenchModule } from './types';

// The recording path: its cost against a plain insert, how it grows with the answers already
// stored, and 8 senders at once over HTTP, through GraphQL and through signed webhooks.

const WORKSPACE = 'bench';
const INGEST_SAMPLE = 200;
const STORED_LEVELS = [200, 10_000];
const STORED_GOAL_RATIO = 1.5;
/** Stored answers per contact at every level (a quarterly survey for a year), so that what
 * grows between levels is the workspace, not each contact's own history. */
const STORED_PER_CONTACT = 4;
const RECORDED_SAMPLE = 200;
const SENDERS = 8;
const ANSWERS_PER_SENDER = 100;
// Answers recorded on top of the stored ones come from further along the seeded sequence,
// so their sourceIds never meet the stored ones (nor each other's).
const SAMPLE_FROM = 1_000_000;
const SENDERS_FROM = 2_000_000;
const HOOK_SENDERS_FROM = 3_000_000;

const RECORD_MUTATION = /* GraphQL */ `
  mutation BenchResponseRecord($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      duplicate
      response {
        id
      }
      contact {
        id
        loyalty {
          category
          responseCount
        }
      }
    }
  }
`;

async function benchViewer(): Promise<AuthenticatedViewer> {
  const workspace = await ensureWorkspace(WORKSPACE, 'Bench');
  return { kind: 'authenticated', userId: 'bench', role: 'admin', workspaceId: WORKSPACE, workspace };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function ingestBench(context: BenchContext): Promise<string> {
  const sample = Math.max(50, Math.round(INGEST_SAMPLE * Math.sqrt(context.scale)));
  const contacts = benchContacts(200);
  const docs = [...benchResponses(WORKSPACE, contacts, 0, sample)];
  const answers = benchAnswers(docs, contacts);

  // Plain inserts of the same documents, one by one, in a database of their own.
  const plain = await inDatabase(context.uri, 'bench_ingest_plain', () =>
    timed(async () => {
      for (const doc of docs) await ResponseModel.collection.insertOne({ ...doc } as never);
    }),
  );

  // The real recording path: validation, contact find-or-create, dedup, insert, loyalty
  // snapshot, report aggregates and recovery links.
  const recorded = await inDatabase(context.uri, 'bench_ingest_recorded', async () => {
    const viewer = await benchViewer();
    return timed(async () => {
      for (const answer of answers) await recordResponse(viewer, answer);
    });
  });

  // The aggregate maintenance alone, for the same documents already stored.
  const aggregatesOnly = await inDatabase(context.uri, 'bench_ingest_aggregates', async () => {
    await ResponseModel.collection.insertMany(docs.map((doc) => ({ ...doc })) as never[]);
    return timed(async () => {
      for (const doc of docs) await countResponseInReports(doc);
    });
  });

  const rate = (elapsedMs: number) => (sample / elapsedMs) * 1000;
  context.log(`ingest: plain ${rate(plain.ms).toFixed(0)}/s, recorded ${rate(recorded.ms).toFixed(0)}/s`);
  const row = (path: string, elapsedMs: number, baseline: { perSecond: number; ms: number }) =>
    `| ${path} | ${rate(elapsedMs).toFixed(0)} | ${ms(elapsedMs / sample)} | ${baseline.perSecond} | ${ms(baseline.ms)} |`;
  return [
    '### Ingest throughput',
    '',
    `${count(sample)} responses of 200 contacts, written one at a time (sequentially) into an empty database each.`,
    '',
    `| write path | responses/s | ms per response | ${FERRETDB.label}: responses/s | ms per response |`,
    '| --- | ---: | ---: | ---: | ---: |',
    row('plain `insertOne` of the same documents', plain.ms, FERRETDB.ingest.plain),
    row('`recordResponse` (the real path, aggregates maintained)', recorded.ms, FERRETDB.ingest.recorded),
    row(
      'of which: aggregate maintenance alone (`countResponseInReports`)',
      aggregatesOnly.ms,
      FERRETDB.ingest.aggregatesOnly,
    ),
    '',
    `Maintained ingest runs at ${((plain.ms / recorded.ms) * 100).toFixed(1)}% of the plain-insert rate ` +
      `(${FERRETDB.label}: ${((FERRETDB.ingest.plain.ms / FERRETDB.ingest.recorded.ms) * 100).toFixed(1)}%); ` +
      `the aggregates take ${((aggregatesOnly.ms / recorded.ms) * 100).toFixed(0)}% of the recording path's time ` +
      `(${FERRETDB.label}: ${((FERRETDB.ingest.aggregatesOnly.ms / FERRETDB.ingest.recorded.ms) * 100).toFixed(0)}%).`,
    '',
  ].join('\n');
}

interface SendersResult {
  answers: number;
  seconds: number;
  latencies: number[];
  errors: number;
  firstError?: string;
  /** What `verifyAggregates` found afterwards. */
  verified: { responses: number; differences: number };
}

/** Sends one answer; what went wrong, if anything. */
type Send = (answer: RecordResponseInput) => Promise<string | undefined>;

/**
 * `answersBySender.length` loops at once, each sending its answers one after another, then a
 * check that the aggregates still match the stored responses.
 */
async function sendConcurrently(
  answersBySender: RecordResponseInput[][],
  send: Send,
  path: string,
  log: (message: string) => void,
): Promise<SendersResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = Date.now();
  await Promise.all(
    answersBySender.map(async (answers) => {
      for (const answer of answers) {
        const { ms: elapsed, value: failure } = await timed(async () => {
          try {
            return await send(answer);
          } catch (error) {
            return String(error);
          }
        });
        if (failure === undefined) {
          latencies.push(elapsed);
        } else {
          errors += 1;
          firstError ??= failure.slice(0, 300);
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const answers = latencies.length + errors;
  log(
    `recording: ${answersBySender.length} senders (${path}): ${(answers / seconds).toFixed(0)} answers/s, ${errors} errors`,
  );
  if (firstError) log(`recording: first sender error (${path}): ${firstError}`);
  const summary = await verifyAggregates(WORKSPACE);
  const verified = { responses: summary.responses, differences: summary.differences.length };
  return { answers, seconds, latencies, errors, firstError, verified };
}

/** The senders over HTTP: through the `responseRecord` mutation, then as Standard Webhooks deliveries. */
async function sendOverHttp(
  viewer: AuthenticatedViewer,
  graphqlAnswers: RecordResponseInput[][],
  webhookAnswers: RecordResponseInput[][],
  log: (message: string) => void,
): Promise<{ graphql: SendersResult; webhooks: SendersResult }> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false' });
  const api = await startApi(config);
  try {
    const url = `${api.baseUrl}/graphql`;
    const token = api.tokenFor(WORKSPACE, 'agent');
    const graphql = await sendConcurrently(
      graphqlAnswers,
      async (answer) => {
        const { status, body } = await postGraphQL(url, token, RECORD_MUTATION, { input: answer });
        return status === 200 && !body.errors ? undefined : `HTTP ${status}: ${JSON.stringify(body.errors)}`;
      },
      'GraphQL',
      log,
    );

    // A secret as the sender makes it, pasted in as an admin would.
    const secret = newStandardSecret();
    await addWebhookSecret(viewer, secretBox(config.secretsKey), { provider: 'STANDARD', label: 'bench', secret });
    const hookUrl = `${api.baseUrl}${endpointPath(WORKSPACE, 'STANDARD')}`;
    const webhooks = await sendConcurrently(
      webhookAnswers,
      async (answer) => {
        const body = JSON.stringify(answer);
        const response = await fetch(hookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...standardHeaders(secret, body) },
          body,
        });
        const answered = await response.text();
        return response.ok ? undefined : `HTTP ${response.status}: ${answered}`;
      },
      'webhooks',
      log,
    );
    return { graphql, webhooks };
  } finally {
    await api.stop();
  }
}

async function storedBench(context: BenchContext): Promise<string> {
  const sample = Math.max(50, Math.round(RECORDED_SAMPLE * Math.sqrt(context.scale)));
  const perSender = Math.max(20, Math.round(ANSWERS_PER_SENDER * Math.sqrt(context.scale)));
  const levels: {
    stored: number;
    latencies: number[];
    senders?: { graphql: SendersResult; webhooks: SendersResult };
  }[] = [];
  for (const stored of STORED_LEVELS) {
    const contacts = benchContacts(Math.max(1, Math.round(stored / STORED_PER_CONTACT)));
    const answers = benchAnswers(benchResponses(WORKSPACE, contacts, SAMPLE_FROM, SAMPLE_FROM + sample), contacts);
    const answersBySender = (first: number) =>
      Array.from({ length: SENDERS }, (_, sender) => {
        const from = first + sender * perSender;
        return benchAnswers(benchResponses(WORKSPACE, contacts, from, from + perSender), contacts);
      });
    const level = await inDatabase(context.uri, 'bench_recording', async () => {
      const viewer = await benchViewer();
      await insertBenchContacts(WORKSPACE, contacts);
      context.log(`recording: storing ${count(stored)} answers`);
      await storeBenchResponses(WORKSPACE, contacts, 0, stored);
      const latencies: number[] = [];
      for (const answer of answers) latencies.push((await timed(() => recordResponse(viewer, answer))).ms);
      context.log(`recording: ${count(stored)} stored: median ${ms(percentile(latencies, 50))} ms`);
      // The senders write into the largest workspace only.
      const senders =
        stored === STORED_LEVELS.at(-1)
          ? await sendOverHttp(viewer, answersBySender(SENDERS_FROM), answersBySender(HOOK_SENDERS_FROM), context.log)
          : undefined;
      return { stored, latencies, senders };
    });
    levels.push(level);
  }

  const first = levels[0]!;
  const last = levels.at(-1)!;
  const medianRatio = percentile(last.latencies, 50) / percentile(first.latencies, 50);
  const p95Ratio = percentile(last.latencies, 95) / percentile(first.latencies, 95);
  const [ferretAtFirst, ferretAtMore] = FERRETDB.recordingWithStored;
  const lines = [
    '### Recording with answers already stored',
    '',
    `${count(sample)} answers recorded one at a time with \`recordResponse\` into a workspace already holding`,
    `${STORED_LEVELS.map(count).join(' and then ')} answers, ${STORED_PER_CONTACT} per contact (a quarterly survey for a year, so`,
    "what grows is the workspace, not a contact's own history), the new answers spread over the same contacts",
    '(a fresh database each: stored with `insertMany`, their aggregates written by the rebuild code). Latency per answer.',
    '',
    '| answers stored | measured on | median (ms) | p95 (ms) | mean (ms) |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...[
      ...levels.map(({ stored, latencies }) => ({
        stored,
        cells: `this run | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(mean(latencies))}`,
      })),
      ...FERRETDB.recordingWithStored.map((baseline) => ({
        stored: baseline.stored,
        cells: `${FERRETDB.label} (${baseline.source}) | – | – | ${ms(baseline.ms)}`,
      })),
    ]
      .sort((a, b) => a.stored - b.stored)
      .map(({ stored, cells }) => `| ${count(stored)} | ${cells} |`),
    '',
    `With ${count(last.stored)} answers stored against ${count(first.stored)}, an answer took ${ratio(medianRatio)} ` +
      `as long at the median (goal: at most ${ratio(STORED_GOAL_RATIO)}, ${verdict(medianRatio <= STORED_GOAL_RATIO)}) ` +
      `and ${ratio(p95Ratio)} at p95; on ${FERRETDB.label}, ${count(ferretAtMore!.stored)} against ` +
      `${count(ferretAtFirst!.stored)} took ${ratio(ferretAtMore!.ms / ferretAtFirst!.ms)}.`,
    '',
  ];
  const { senders } = last;
  if (senders) {
    const row = (path: string, result: SendersResult) =>
      `| ${path} | ${SENDERS} | ${count(result.answers)} | ${(result.answers / result.seconds).toFixed(0)} | ` +
      `${ms(percentile(result.latencies, 50))} | ${ms(percentile(result.latencies, 95))} | ` +
      `${ms(percentile(result.latencies, 100))} | ${result.errors} |`;
    lines.push(
      `### ${SENDERS} senders at once over HTTP`,
      '',
      `${SENDERS} loops, each sending ${count(perSender)} new answers one after another, into the workspace of`,
      `${count(last.stored)} answers above (the API in the same process as the senders): first through the`,
      '`responseRecord` mutation (express + Apollo Server + JWT), then as Standard Webhooks deliveries to',
      `\`POST ${endpointPath(WORKSPACE, 'STANDARD')}\` (signature checked against the workspace's secret, body`,
      'checked, the same recording pipeline). Latency per answer, from request to response.',
      '',
      '| path | senders | answers | answers/s | p50 (ms) | p95 (ms) | max (ms) | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('GraphQL `responseRecord`', senders.graphql),
      row('signed webhook', senders.webhooks),
      '',
      `Called directly one at a time (the mean above), \`recordResponse\` ran at ${(1000 / mean(last.latencies)).toFixed(0)} answers/s; ` +
        `on ${FERRETDB.label} (the issue), an answer took ${FERRETDB.eightSendersSecondsPerAnswer} s with 8 senders at once.`,
    );
    for (const [path, result] of [
      ['GraphQL', senders.graphql],
      ['webhooks', senders.webhooks],
    ] as const) {
      if (result.firstError) lines.push(`First error (${path}): \`${result.firstError}\`.`);
    }
    lines.push(
      `Afterwards \`verifyAggregates\` compared the aggregates with the ${count(senders.webhooks.verified.responses)} stored ` +
        `responses: ${senders.graphql.verified.differences} differences after the GraphQL senders, ` +
        `${senders.webhooks.verified.differences} after the webhook senders.`,
      '',
    );
  }
  return lines.join('\n');
}

export const recordingBench: BenchModule = {
  name: 'recording',
  async run(context) {
    return ['## Recording answers', '', await ingestBench(context), await storedBench(context)].join('\n');
  },
};
