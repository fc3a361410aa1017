import { Types } from 'mongoose';
import { ContactModel, emailKeyOf, externalIdKeyOf } from '../api/src/modules/contact/contact.model';
import { computeAggregates, replaceAggregates, type ResponseSource } from '../api/src/modules/report/report.rebuild';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import type { RecordResponseInput } from '../api/src/modules/response/response.service';
import { seededRandom } from '../test/support/seeded-random';
import { timed } from './support';

// Seeded synthetic responses for the benchmarks: a year of answers across plans, regions,
// channels, campaigns, tags, agents and teams, mostly NPS, some CSAT and CES; and the quick
// way to store them with their report aggregates.

export const BENCH_FROM = Date.parse('2025-07-01T00:00:00.000Z');
export const BENCH_TO = Date.parse('2026-07-01T00:00:00.000Z');

const PLANS = ['free', 'starter', 'pro', 'enterprise'];
const REGIONS = ['emea', 'amer', 'apac', 'latam', null];
const CHANNELS = ['email', 'in-app', 'chat', 'sms'];
const CAMPAIGNS = ['quarterly', 'onboarding', 'post-ticket'];
const TAGS = ['bug', 'billing', 'feature', 'vip', 'slow', 'refund'];
const AGENTS = Array.from({ length: 20 }, (_, index) => `agent-${index + 1}`);
const TEAMS = ['tier-1', 'tier-2', 'billing', 'success'];

export interface BenchContact {
  _id: Types.ObjectId;
  externalId: string;
  email: string;
  name: string;
}

export function benchContacts(count: number): BenchContact[] {
  return Array.from({ length: count }, (_, index) => ({
    _id: new Types.ObjectId(),
    externalId: `c-${index}`,
    email: `contact${index}@example.com`,
    name: `Contact ${index}`,
  }));
}

/** Responses number `from` to `to` - 1 of the seeded sequence (the same for every run). */
export function* benchResponses(
  workspaceId: string,
  contacts: BenchContact[],
  from: number,
  to: number,
): Generator<ResponseDoc> {
  for (let index = from; index < to; index += 1) {
    const random = seededRandom(index * 2654435761);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    const kind = random();
    const metric = kind < 0.85 ? 'NPS' : kind < 0.95 ? 'CSAT' : 'CES';
    const scaleMax = metric === 'NPS' ? 10 : metric === 'CSAT' ? 5 : 7;
    const score =
      metric === 'NPS' ? Math.min(10, Math.floor(random() * 8 + random() * 4)) : 1 + Math.floor(random() * scaleMax);
    const at = BENCH_FROM + Math.floor(random() * (BENCH_TO - BENCH_FROM));
    const contact = pick(contacts);
    yield {
      _id: new Types.ObjectId(`6a${index.toString(16).padStart(22, '0')}`),
      workspaceId,
      contactId: contact._id,
      metric,
      score,
      scaleMax,
      category: metric === 'NPS' ? (score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR') : null,
      comment: random() < 0.3 ? `Comment number ${index}, with "quotes" and a comma` : null,
      channel: pick(CHANNELS),
      campaign: pick(CAMPAIGNS),
      ticketId: `T-${index}`,
      agentId: pick(AGENTS),
      team: pick(TEAMS),
      plan: pick(PLANS),
      region: pick(REGIONS),
      tags: random() < 0.5 ? [pick(TAGS)] : [],
      answeredAt: new Date(at),
      receivedAt: new Date(at),
      source: 'bench',
      sourceId: `b-${index}`,
      pending: [],
    };
  }
}

/** The same answers as the input of `recordResponse` and of the `responseRecord` mutation. */
export function benchAnswers(responses: Iterable<ResponseDoc>, contacts: BenchContact[]): RecordResponseInput[] {
  const externalIds = new Map(contacts.map((contact) => [contact._id.toHexString(), contact.externalId]));
  return [...responses].map((response) => ({
    contact: { externalId: externalIds.get(response.contactId.toHexString()) },
    metric: response.metric,
    score: response.score,
    scaleMax: response.scaleMax,
    comment: response.comment,
    channel: response.channel,
    campaign: response.campaign,
    ticketId: response.ticketId,
    agentId: response.agentId,
    team: response.team,
    tags: response.tags,
    answeredAt: response.answeredAt,
    source: response.source,
    sourceId: response.sourceId,
  }));
}

export async function insertBenchContacts(workspaceId: string, contacts: BenchContact[]): Promise<void> {
  await ContactModel.insertMany(
    contacts.map((contact) => ({
      ...contact,
      workspaceId,
      externalIdKey: externalIdKeyOf(contact._id, contact.externalId),
      emailKey: emailKeyOf(contact._id, contact.email),
    })),
  );
}

/**
 * Stores responses `from` to `to` - 1 with `insertMany`, then replaces the workspace's report
 * aggregates with the rebuild's, computed from the generated responses 0 to `to` - 1 as they
 * were inserted: the rebuild's own computation and writes, without reading the responses back.
 */
export async function storeBenchResponses(
  workspaceId: string,
  contacts: BenchContact[],
  from: number,
  to: number,
): Promise<{ aggregatesMs: number; aggregateDocuments: number }> {
  const BATCH = 10_000;
  for (let start = from; start < to; start += BATCH) {
    const batch = [...benchResponses(workspaceId, contacts, start, Math.min(to, start + BATCH))];
    await ResponseModel.collection.insertMany(batch as never[], { ordered: false });
  }
  const generated: ResponseSource = {
    count: async () => to,
    async *rows(npsOnly) {
      for (const response of benchResponses(workspaceId, contacts, 0, to)) {
        if (!npsOnly || response.metric === 'NPS') yield response;
      }
    },
  };
  const { ms, value } = await timed(async () =>
    replaceAggregates(workspaceId, await computeAggregates(workspaceId, undefined, generated)),
  );
  return { aggregatesMs: ms, aggregateDocuments: value.documents };
}
