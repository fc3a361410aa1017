import type { Types } from 'mongoose';
import { snapshotFromLatest, type LoyaltyCategory, type SurveyMetric } from '../../loyalty';
import {
  CSAT_SNAPSHOT_SIZE,
  type ContactDoc,
  type CsatSnapshotDoc,
  type LoyaltySnapshotDoc,
} from '../contact/contact.model';
import {
  addCounts,
  compareAnswerOrder,
  counterKeyOf,
  recoveryCounts,
  withoutZeros,
  type Counts,
  type SegmentSource,
} from '../report/report.keys';
import type { RecoveryLink } from '../report/report.model';
import type { ResponseDoc } from '../response/response.model';
import type { AnswerCounts, BatchChanges, ContactChange, LinkChange } from './recording.batch.model';

// What the recording pipeline would leave after recording a batch's answers one by one in
// answer order, computed in memory (no I/O here): the contacts' snapshots, the recovery
// links the answers move and what each answer adds to the report counts (placed and summed
// per counts document by the batch's counts group). Keys and counters come from
// report.keys.ts, snapshots from the loyalty core, as on the write path.
//
// A contact's snapshots are built on the stored ones when every new answer comes after the
// answers they were computed from (the usual case: an export read in time order); otherwise
// the contact's stored answers are read and the snapshots recomputed from all of them.

/** A stored answer, as much of it as snapshots and links need. */
export type StoredAnswer = Pick<
  ResponseDoc,
  '_id' | 'contactId' | 'metric' | 'score' | 'scaleMax' | 'category' | 'comment' | 'answeredAt'
>;

/** A contact's snapshots as stored before the batch. */
export type ContactBefore = Pick<ContactDoc, '_id' | 'loyalty' | 'csat'>;

/** One NPS answer of a contact in answer order, for its recovery link. */
export interface OrderedNpsAnswer {
  _id: Types.ObjectId;
  time: number;
  hex: string;
  score: number;
  category: LoyaltyCategory;
  comment: string | null;
  answeredAt: Date;
  /** Stored by the batch. */
  fresh: boolean;
}

const ofMetric = (metric: SurveyMetric) => (answer: StoredAnswer) => answer.metric === metric;

function ordered(answer: StoredAnswer, fresh: boolean): OrderedNpsAnswer {
  return {
    _id: answer._id,
    time: answer.answeredAt.getTime(),
    hex: answer._id.toHexString(),
    score: answer.score,
    category: answer.category ?? 'DETRACTOR',
    comment: answer.comment,
    answeredAt: answer.answeredAt,
    fresh,
  };
}

/**
 * Whether the contact's stored answers must be read: some new answer does not come after
 * the answers its stored snapshots were computed from (or those snapshots are incomplete).
 */
export function needsStoredAnswers(before: ContactBefore, fresh: StoredAnswer[]): boolean {
  const nps = fresh.filter(ofMetric('NPS'));
  if (nps.length > 0) {
    if (!before.loyalty) return true;
    const { responseCount, latestResponseId, answeredAt } = before.loyalty;
    if (responseCount > 0) {
      if (!latestResponseId || !answeredAt || before.loyalty.latestScore === null || !before.loyalty.category)
        return true;
      const latest = { time: answeredAt.getTime(), hex: latestResponseId.toHexString() };
      if (nps.some((answer) => compareAnswerOrder(ordered(answer, true), latest) <= 0)) return true;
    }
  }
  const csat = fresh.filter(ofMetric('CSAT'));
  if (csat.length > 0) {
    if (!before.csat) return true;
    if (before.csat.count > 0) {
      // The snapshot keeps no ids: an answer at the same instant as the newest needs them.
      const newest = before.csat.recent[0]?.answeredAt.getTime();
      if (newest === undefined || csat.some((answer) => answer.answeredAt.getTime() <= newest)) return true;
    }
  }
  return false;
}

export interface ContactOutcome {
  change: ContactChange;
  /** The recovery links the new answers move. */
  moves: LinkMove[];
}

/**
 * A contact's snapshots after its new answers, and the links they move: built on the
 * stored snapshots when `stored` is null (see `needsStoredAnswers`), else from `stored`,
 * every stored answer of the contact (the new ones included).
 */
export function contactOutcome(
  before: ContactBefore,
  fresh: StoredAnswer[],
  stored: StoredAnswer[] | null,
): ContactOutcome {
  const freshIds = new Set(fresh.map((answer) => answer._id.toHexString()));
  const freshNps = fresh.filter(ofMetric('NPS'));
  const freshCsat = fresh.filter(ofMetric('CSAT'));
  const byOrder = (a: OrderedNpsAnswer, b: OrderedNpsAnswer) => compareAnswerOrder(a, b);

  let nps: OrderedNpsAnswer[];
  let npsCount: number;
  if (stored) {
    nps = stored.filter(ofMetric('NPS')).map((answer) => ordered(answer, freshIds.has(answer._id.toHexString())));
    npsCount = nps.length;
  } else {
    nps = freshNps.map((answer) => ordered(answer, true));
    // The stored latest answer, as its snapshot describes it: the one a new answer follows.
    const { responseCount, latestResponseId, latestScore, latestComment, answeredAt, category } = before.loyalty;
    if (responseCount > 0 && latestResponseId && answeredAt && latestScore !== null && category) {
      nps.push({
        _id: latestResponseId,
        time: answeredAt.getTime(),
        hex: latestResponseId.toHexString(),
        score: latestScore,
        category,
        comment: latestComment,
        answeredAt,
        fresh: false,
      });
    }
    npsCount = responseCount + freshNps.length;
  }
  nps.sort(byOrder);

  let loyalty: LoyaltySnapshotDoc | null = null;
  if (freshNps.length > 0) {
    const [latest, previous] = [nps.at(-1)!, nps.at(-2) ?? null];
    loyalty = { ...snapshotFromLatest(latest, previous, npsCount), latestResponseId: latest._id };
  }

  let csat: CsatSnapshotDoc | null = null;
  if (freshCsat.length > 0) {
    const newestFirst = (answers: StoredAnswer[]) =>
      answers
        .map((answer) => ({ answer, order: ordered(answer, false) }))
        .sort((a, b) => byOrder(b.order, a.order))
        .map(({ answer: { score, scaleMax, answeredAt } }) => ({ score, scaleMax, answeredAt }));
    const all = stored ? stored.filter(ofMetric('CSAT')) : null;
    csat = all
      ? { count: all.length, recent: newestFirst(all).slice(0, CSAT_SNAPSHOT_SIZE) }
      : {
          count: before.csat.count + freshCsat.length,
          recent: [...newestFirst(freshCsat), ...before.csat.recent].slice(0, CSAT_SNAPSHOT_SIZE),
        };
  }

  const lastAnsweredAt: ContactChange['lastAnsweredAt'] = {};
  for (const { metric, answeredAt } of fresh) {
    const known = lastAnsweredAt[metric];
    if (!known || known < answeredAt) lastAnsweredAt[metric] = answeredAt;
  }
  return { change: { _id: before._id, loyalty, csat, lastAnsweredAt }, moves: linkMovesOf(nps) };
}

/** A detractor answer whose recovery link the batch sets, and its next NPS answer. */
export interface LinkMove {
  answer: OrderedNpsAnswer;
  next: OrderedNpsAnswer | null;
}

/**
 * The links a contact's new answers move, as their recording steps would: each new
 * detractor answer's own, and that of the stored detractor answer just before a new answer.
 */
export function linkMovesOf(nps: OrderedNpsAnswer[]): LinkMove[] {
  const moves = new Map<number, LinkMove>();
  const move = (index: number) => {
    const answer = nps[index];
    if (answer?.category === 'DETRACTOR') moves.set(index, { answer, next: nps[index + 1] ?? null });
  };
  nps.forEach((answer, index) => {
    if (!answer.fresh) return;
    move(index);
    if (index > 0 && !nps[index - 1]!.fresh) move(index - 1);
  });
  return [...moves.values()];
}

/** Where a stored detractor answer counts: its segments and time. */
export type PlacedAnswer = SegmentSource & { answeredAt: Date };

export interface ChangeSetInput {
  /** The answers the batch stored. */
  fresh: ResponseDoc[];
  contacts: ContactOutcome[];
  /** The stored links of the stored answers among the moves, by answer id (hex; absent: none yet). */
  storedLinks: Map<string, RecoveryLink>;
}

/**
 * The batch's change set: what every new answer and every moved link adds to the report
 * counts (one entry per answer), the moved links, the snapshots.
 */
export function changeSetOf({ fresh, contacts, storedLinks }: ChangeSetInput): BatchChanges {
  const counts = new Map<string, AnswerCounts>();
  const count = (responseId: Types.ObjectId, hex: string, change: Counts) => {
    const entry = counts.get(hex);
    if (entry) addCounts(entry.counts, change);
    else counts.set(hex, { responseId, counts: { ...change } });
  };
  for (const answer of fresh) count(answer._id, answer._id.toHexString(), { [counterKeyOf(answer)]: 1 });

  const links: LinkChange[] = [];
  for (const { moves } of contacts) {
    for (const { answer, next } of moves) {
      const before = answer.fresh ? undefined : storedLinks.get(answer.hex);
      const nextResponseId = next?._id ?? null;
      if (before && (before.nextResponseId?.toHexString() ?? null) === (nextResponseId?.toHexString() ?? null))
        continue;
      count(
        answer._id,
        answer.hex,
        addCounts(
          recoveryCounts({ hasNext: next !== null, nextCategory: next?.category ?? null }),
          before ? recoveryCounts({ hasNext: before.nextResponseId !== null, nextCategory: before.nextCategory }) : {},
          -1,
        ),
      );
      links.push({ responseId: answer._id, nextResponseId, nextCategory: next?.category ?? null });
    }
  }
  return {
    counts: [...counts.values()]
      .map((entry) => ({ ...entry, counts: withoutZeros(entry.counts) }))
      .filter((entry) => Object.keys(entry.counts).length > 0),
    links,
    contacts: contacts.map(({ change }) => change),
  };
}
