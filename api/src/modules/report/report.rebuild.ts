import { Types } from 'mongoose';
import type { LoyaltyCategory, SurveyMetric } from '../../loyalty';
import { ResponseModel, type ResponseDoc } from '../response/response.model';
import {
  addCounts,
  compareAnswerOrder,
  counterKeyOf,
  recoveryCounts,
  SEGMENT_SOURCE_FIELDS,
  type Counts,
  type SegmentSource,
} from './report.keys';
import {
  DayCountsModel,
  MonthCountsModel,
  REPORT_MODELS,
  type DayCountsDoc,
  type MonthCountsDoc,
  type RecoveryLink,
} from './report.model';
import { flatCounts, ReportCountsSum } from './report.sum';

// Rebuilding and verifying the report aggregates from the raw responses. Both compute the
// aggregates exactly as the write path would have left them, streaming the responses with
// a cursor (two passes: the contacts' NPS answer order first, then every response).

/** What a long run reports as it goes (the CLI draws progress bars with it). */
export interface ProgressSink {
  start(phase: string, total: number): void;
  advance(count: number): void;
  stop(): void;
}

const SILENT: ProgressSink = { start: () => undefined, advance: () => undefined, stop: () => undefined };

export interface ComputedAggregates {
  months: Map<string, MonthCountsDoc>;
  days: Map<string, DayCountsDoc>;
  /** The recovery links of the detractor answers that have a next answer, by answer id (hex). */
  links: Map<string, RecoveryLink>;
  responses: number;
}

/** The fields of a response the aggregates are computed from. */
export interface ResponseRow extends SegmentSource {
  _id: Types.ObjectId;
  contactId: Types.ObjectId;
  metric: SurveyMetric;
  score: number;
  scaleMax: number;
  category: LoyaltyCategory | null;
  answeredAt: Date;
}

/** Where the responses come from: the database (the CLI), or a stream of them (the benchmark). */
export interface ResponseSource {
  count(npsOnly: boolean): Promise<number>;
  rows(npsOnly: boolean): AsyncIterable<ResponseRow>;
}

const ROW_FIELDS = {
  contactId: 1,
  metric: 1,
  score: 1,
  scaleMax: 1,
  category: 1,
  answeredAt: 1,
  ...SEGMENT_SOURCE_FIELDS,
} as const;

/** The workspace's stored responses, streamed by a cursor. */
export function storedResponses(workspaceId: string): ResponseSource {
  const filter = (npsOnly: boolean) => (npsOnly ? { workspaceId, metric: 'NPS' as const } : { workspaceId });
  return {
    count: (npsOnly) => ResponseModel.countDocuments(filter(npsOnly)).exec(),
    rows: (npsOnly) =>
      ResponseModel.find(filter(npsOnly))
        .select(npsOnly ? { contactId: 1, answeredAt: 1, category: 1 } : ROW_FIELDS)
        .lean<ResponseRow[]>()
        .cursor({ batchSize: BATCH_SIZE }) as AsyncIterable<ResponseRow>,
  };
}

const BATCH_SIZE = 2000;

/** The next NPS answer of every detractor answer, from the contacts' answers in order. */
async function computeLinks(source: ResponseSource, progress: ProgressSink): Promise<Map<string, RecoveryLink>> {
  progress.start('recovery links', await source.count(true));
  const byContact = new Map<string, { time: number; id: Types.ObjectId; hex: string; category: LoyaltyCategory }[]>();
  let seen = 0;
  for await (const row of source.rows(true)) {
    const key = row.contactId.toHexString();
    let answers = byContact.get(key);
    if (!answers) byContact.set(key, (answers = []));
    answers.push({
      time: row.answeredAt.getTime(),
      id: row._id,
      hex: row._id.toHexString(),
      category: row.category ?? 'DETRACTOR',
    });
    if (++seen % BATCH_SIZE === 0) progress.advance(BATCH_SIZE);
  }
  progress.advance(seen % BATCH_SIZE);
  progress.stop();

  const links = new Map<string, RecoveryLink>();
  for (const answers of byContact.values()) {
    answers.sort(compareAnswerOrder);
    answers.forEach((answer, index) => {
      const next = answers[index + 1];
      if (answer.category !== 'DETRACTOR' || !next) return;
      links.set(answer.hex, { nextResponseId: next.id, nextCategory: next.category });
    });
  }
  return links;
}

/** The aggregates the write path would hold for the workspace's raw responses. */
export async function computeAggregates(
  workspaceId: string,
  progress: ProgressSink = SILENT,
  source: ResponseSource = storedResponses(workspaceId),
): Promise<ComputedAggregates> {
  const links = await computeLinks(source, progress);
  const sum = new ReportCountsSum(workspaceId);

  progress.start('counts', await source.count(false));
  let responses = 0;
  for await (const row of source.rows(false)) {
    const counts: Counts = { [counterKeyOf(row)]: 1 };
    const link = links.get(row._id.toHexString());
    if (link) {
      addCounts(counts, recoveryCounts({ hasNext: link.nextResponseId !== null, nextCategory: link.nextCategory }));
    }
    sum.add(row, row.answeredAt, counts);
    if (++responses % BATCH_SIZE === 0) progress.advance(BATCH_SIZE);
  }
  progress.advance(responses % BATCH_SIZE);
  progress.stop();
  return { months: sum.months, days: sum.days, links, responses };
}

async function insertInBatches(
  collection: { insertMany(docs: never[], options: { ordered: boolean }): Promise<unknown> },
  docs: object[],
  progress: ProgressSink,
): Promise<void> {
  for (let index = 0; index < docs.length; index += BATCH_SIZE) {
    const batch = docs.slice(index, index + BATCH_SIZE);
    await collection.insertMany(batch as never[], { ordered: false });
    progress.advance(batch.length);
  }
}

export interface RebuildSummary {
  responses: number;
  documents: number;
}

/**
 * Replaces the workspace's aggregates with ones computed from the raw responses. Run it
 * while no responses are being recorded for the workspace (answers recorded during the run
 * may be missed or counted twice): then `verifyAggregates` to confirm.
 */
export async function rebuildAggregates(
  workspaceId: string,
  progress: ProgressSink = SILENT,
  source: ResponseSource = storedResponses(workspaceId),
): Promise<RebuildSummary> {
  const computed = await computeAggregates(workspaceId, progress, source);
  return replaceAggregates(workspaceId, computed, progress);
}

/** Replaces the workspace's stored aggregates with computed ones. */
export async function replaceAggregates(
  workspaceId: string,
  computed: ComputedAggregates,
  progress: ProgressSink = SILENT,
): Promise<RebuildSummary> {
  const documents = computed.months.size + computed.days.size + computed.links.size;
  await Promise.all([
    ...REPORT_MODELS.map((model) => model.collection.deleteMany({ workspaceId })),
    ResponseModel.collection.updateMany(
      { workspaceId, recoveryLink: { $exists: true } },
      { $unset: { recoveryLink: '' } },
    ),
  ]);
  progress.start('writing', documents);
  await insertInBatches(MonthCountsModel.collection, [...computed.months.values()], progress);
  await insertInBatches(DayCountsModel.collection, [...computed.days.values()], progress);
  const links = [...computed.links];
  for (let index = 0; index < links.length; index += BATCH_SIZE) {
    const batch = links.slice(index, index + BATCH_SIZE);
    await ResponseModel.collection.bulkWrite(
      batch.map(([hex, recoveryLink]) => ({
        updateOne: { filter: { _id: new Types.ObjectId(hex) }, update: { $set: { recoveryLink } } },
      })),
      { ordered: false },
    );
    progress.advance(batch.length);
  }
  progress.stop();
  return { responses: computed.responses, documents };
}

function describeDifference(id: string, stored: Counts, expected: Counts): string | null {
  const keys = [...new Set([...Object.keys(stored), ...Object.keys(expected)])].sort();
  const wrong = keys.filter((key) => (stored[key] ?? 0) !== (expected[key] ?? 0));
  if (wrong.length === 0) return null;
  const shown = wrong
    .slice(0, 5)
    .map((key) => `${key}: stored ${stored[key] ?? 0}, expected ${expected[key] ?? 0}`)
    .join('; ');
  return `${id}: ${shown}${wrong.length > 5 ? `; and ${wrong.length - 5} more` : ''}`;
}

export interface VerifySummary {
  responses: number;
  documentsChecked: number;
  differences: string[];
}

/** Compares the stored aggregates with ones computed from the raw responses. */
export async function verifyAggregates(workspaceId: string, progress: ProgressSink = SILENT): Promise<VerifySummary> {
  const computed = await computeAggregates(workspaceId, progress);
  const differences: string[] = [];
  let documentsChecked = 0;

  const compare = async <T extends { _id: string }>(
    stored: AsyncIterable<T>,
    expected: Map<string, T>,
    countsOf: (doc: T | undefined) => Counts,
  ) => {
    const seen = new Set<string>();
    for await (const doc of stored) {
      seen.add(doc._id);
      documentsChecked += 1;
      progress.advance(1);
      const difference = describeDifference(doc._id, countsOf(doc), countsOf(expected.get(doc._id)));
      if (difference) differences.push(difference);
    }
    for (const [id, doc] of expected) {
      if (seen.has(id)) continue;
      const difference = describeDifference(id, {}, countsOf(doc));
      if (difference) differences.push(difference.replace(':', ': missing;'));
    }
  };

  progress.start('comparing', computed.months.size + computed.days.size + computed.links.size);
  const scope = { workspaceId };
  await compare(
    MonthCountsModel.find(scope).lean<MonthCountsDoc[]>().cursor({ batchSize: 500 }) as AsyncIterable<MonthCountsDoc>,
    computed.months,
    (doc) => flatCounts(doc?.days),
  );
  await compare(
    DayCountsModel.find(scope).lean<DayCountsDoc[]>().cursor({ batchSize: 500 }) as AsyncIterable<DayCountsDoc>,
    computed.days,
    (doc) => flatCounts(doc?.slots),
  );
  type LinkOfAnswer = RecoveryLink & { _id: string };
  async function* storedLinks(): AsyncIterable<LinkOfAnswer> {
    const answers = ResponseModel.find({ workspaceId, recoveryLink: { $exists: true } })
      .select({ recoveryLink: 1 })
      .lean<Pick<ResponseDoc, '_id' | 'recoveryLink'>[]>()
      .cursor({ batchSize: 500 });
    for await (const { _id, recoveryLink } of answers as AsyncIterable<Pick<ResponseDoc, '_id' | 'recoveryLink'>>) {
      yield { _id: `recovery link of ${_id.toHexString()}`, ...recoveryLink! };
    }
  }
  await compare(
    storedLinks(),
    new Map([...computed.links].map(([hex, link]) => [`recovery link of ${hex}`, { _id: hex, ...link }])),
    // A link without a next answer counts nothing, as no link.
    (doc) => (doc?.nextResponseId ? { [`next ${doc.nextResponseId.toHexString()}`]: 1 } : {}),
  );
  progress.stop();
  return { responses: computed.responses, documentsChecked, differences };
}
