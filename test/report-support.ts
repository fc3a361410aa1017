// Helpers of the report tests: a seeded data set and figures computed from raw responses
// independently of the report module (no luxon, no aggregates: Intl calendar parts only).
import { Types } from 'mongoose';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { REPORT_MODELS } from '../api/src/modules/report/report.model';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { seededRandom } from './support/seeded-random';

const PLANS = ['free', 'pro', 'enterprise', null];
const REGIONS = ['emea', 'amer', 'apac', null];
const CHANNELS = ['email', 'in-app', 'chat', null];
const CAMPAIGNS = ['quarterly', 'onboarding', null];
const AGENTS = ['ag-1', 'ag-2', 'ag-3', 'ag-4', 'ag-5', 'ag-6', null];
const TEAMS = ['tier-1', 'tier-2', 'billing', null];
const TAGS = ['bug', 'billing', 'feature', 'vip', 'slow'];

export interface GeneratedData {
  responses: ResponseDoc[];
  contactIds: Types.ObjectId[];
}

/**
 * A data set of `count` responses of `contacts` contacts between `from` and `to` (UTC
 * instants): mostly NPS, some CSAT and CES, across every segment dimension, with a share
 * of answers placed within minutes of a local midnight of the zones the tests use.
 */
export function generateResponses(
  workspaceId: string,
  count: number,
  options: { seed: number; contacts: number; from: Date; to: Date },
): GeneratedData {
  const random = seededRandom(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const contactIds = Array.from({ length: options.contacts }, () => new Types.ObjectId());
  const span = options.to.getTime() - options.from.getTime();
  // Offsets of local midnight from UTC midnight in the zones under test (minutes).
  const midnightOffsets = [0, 330, 345, 765, -240, -300, 630, 660];
  const responses: ResponseDoc[] = [];
  for (let index = 0; index < count; index += 1) {
    let at = options.from.getTime() + Math.floor(random() * span);
    if (random() < 0.25) {
      const dayStart = Math.floor(at / 86_400_000) * 86_400_000;
      const offset = pick(midnightOffsets);
      at = dayStart - offset * 60_000 + Math.floor((random() - 0.5) * 20 * 60_000);
      at = Math.min(Math.max(at, options.from.getTime()), options.to.getTime() - 1);
    }
    const kind = random();
    const metric = kind < 0.8 ? 'NPS' : kind < 0.92 ? 'CSAT' : 'CES';
    const scaleMax = metric === 'NPS' ? 10 : metric === 'CSAT' ? pick([3, 5, 7, 10]) : pick([5, 7]);
    const score =
      metric === 'NPS'
        ? Math.min(10, Math.floor(random() * 11 + (random() < 0.4 ? 3 : 0)))
        : 1 + Math.floor(random() * scaleMax);
    const tagCount = Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    responses.push({
      _id: new Types.ObjectId(),
      workspaceId,
      contactId: pick(contactIds),
      metric,
      score,
      scaleMax,
      category: metric === 'NPS' ? (score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR') : null,
      comment: random() < 0.3 ? `comment ${index}` : null,
      channel: pick(CHANNELS),
      campaign: pick(CAMPAIGNS),
      ticketId: random() < 0.5 ? `T-${index}` : null,
      agentId: pick(AGENTS),
      team: pick(TEAMS),
      plan: pick(PLANS),
      region: pick(REGIONS),
      tags,
      answeredAt: new Date(at),
      receivedAt: new Date(at),
      source: 'generated',
      sourceId: `g-${options.seed}-${index}`,
      pending: [],
    });
  }
  return { responses, contactIds };
}

/** Stores generated responses straight into the database (aggregates then come from a rebuild). */
export async function insertRaw(responses: ResponseDoc[]): Promise<void> {
  for (let index = 0; index < responses.length; index += 1000) {
    await ResponseModel.collection.insertMany(responses.slice(index, index + 1000) as never[]);
  }
}

/** Empties contacts, responses and every report aggregate. */
export async function clearAll(): Promise<void> {
  await Promise.all([
    ContactModel.deleteMany({}).exec(),
    ResponseModel.deleteMany({}).exec(),
    ...REPORT_MODELS.map((model) => model.collection.deleteMany({})),
  ]);
}

/** Everything stored, report aggregates included, for "nothing was written" checks. */
export async function everythingStored(): Promise<string> {
  const parts = await Promise.all([
    ContactModel.find().sort({ _id: 1 }).lean().exec(),
    ResponseModel.find().sort({ _id: 1 }).lean().exec(),
    ...REPORT_MODELS.map((model) => model.collection.find().sort({ _id: 1 }).toArray()),
  ]);
  return JSON.stringify(parts);
}

// ---------------------------------------------------------------------------------------
// Independent reference figures

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Local calendar date (`YYYY-MM-DD`) of an instant in a zone, by Intl. */
export function localDate(at: Date, timeZone: string): string {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    partsFormatters.set(timeZone, format);
  }
  return format.format(at);
}

/** The calendar period a local date falls in, named by the date it starts on. */
export function periodOf(date: string, granularity: 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (granularity === 'DAY') return date;
  if (granularity === 'MONTH') return `${date.slice(0, 7)}-01`;
  if (granularity === 'QUARTER') return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const utc = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (utc.getUTCDay() + 6) % 7;
  return new Date(utc.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export interface ReferenceFigure {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  marginOfError: number | null;
}

/** NPS and its Wald margin straight from the formulas in ../docs/product.md. */
export function referenceFigure(scores: number[]): ReferenceFigure {
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  const n = scores.length;
  const passives = n - promoters - detractors;
  if (n === 0) return { responses: 0, promoters, passives, detractors, nps: null, marginOfError: null };
  const p = promoters / n;
  const d = detractors / n;
  return {
    responses: n,
    promoters,
    passives,
    detractors,
    nps: (p - d) * 100,
    marginOfError: 1.96 * Math.sqrt(Math.max(0, (p + d - (p - d) ** 2) / n)) * 100,
  };
}

/** Responses whose local answered date lies in [from, to] (inclusive local dates). */
export function inLocalRange(responses: ResponseDoc[], from: string, to: string, timeZone: string): ResponseDoc[] {
  return responses.filter((response) => {
    const date = localDate(response.answeredAt, timeZone);
    return date >= from && date <= to;
  });
}

/** Detractor answers in `subset` and whether the contact's next NPS answer (in `all`) is higher. */
export function referenceRecovery(all: ResponseDoc[], subset: ResponseDoc[]) {
  const byContact = new Map<string, ResponseDoc[]>();
  for (const response of all) {
    if (response.metric !== 'NPS') continue;
    const key = response.contactId.toHexString();
    byContact.set(key, [...(byContact.get(key) ?? []), response]);
  }
  for (const answers of byContact.values()) {
    answers.sort(
      (a, b) =>
        a.answeredAt.getTime() - b.answeredAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()),
    );
  }
  let detractors = 0;
  let answeredAgain = 0;
  let recovered = 0;
  for (const response of subset) {
    if (response.metric !== 'NPS' || response.score > 6) continue;
    detractors += 1;
    const answers = byContact.get(response.contactId.toHexString()) ?? [];
    const next = answers[answers.findIndex((answer) => answer._id.equals(response._id)) + 1];
    if (!next) continue;
    answeredAgain += 1;
    if (next.score > response.score && next.score >= 7) recovered += 1;
  }
  return { detractors, answeredAgain, recovered, recoveryRate: detractors === 0 ? null : recovered / detractors };
}
