import { Types } from 'mongoose';
import type { ResponseDoc } from '../api/src/modules/response/response.model';

// Seeded synthetic responses for the report benchmarks: a year of answers across plans,
// regions, channels, campaigns, tags, agents and teams, mostly NPS, some CSAT and CES.

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
    };
  }
}
