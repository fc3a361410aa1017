import { categoryOfScore, type LoyaltyCategory } from './category';
import { movementBetween, type LoyaltyMovement } from './movement';

/** One NPS answer, as the snapshot needs it (a stored response fits this shape). */
export interface NpsAnswer {
  score: number;
  answeredAt: Date;
  comment?: string | null;
}

/** A contact's current loyalty: the category of their latest NPS answer and how it moved. */
export interface LoyaltySnapshot {
  category: LoyaltyCategory | null;
  latestScore: number | null;
  latestComment: string | null;
  answeredAt: Date | null;
  previousCategory: LoyaltyCategory | null;
  previousScore: number | null;
  movement: LoyaltyMovement;
  responseCount: number;
}

/** A contact who has not answered NPS yet. Frozen: it is shared, so nobody may mutate it. */
export const EMPTY_SNAPSHOT: LoyaltySnapshot = Object.freeze({
  category: null,
  latestScore: null,
  latestComment: null,
  answeredAt: null,
  previousCategory: null,
  previousScore: null,
  movement: 'NONE',
  responseCount: 0,
});

function timeOf(answer: NpsAnswer, which: string): number {
  const time = answer.answeredAt instanceof Date ? answer.answeredAt.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new TypeError(`The ${which} NPS answer has no valid answeredAt date`);
  return time;
}

function commentOf(answer: NpsAnswer): string | null {
  const comment = answer.comment?.trim();
  return comment ? comment : null;
}

/**
 * The snapshot from a contact's two latest NPS answers (latest by answeredAt) and their
 * number of NPS answers. The count is raised to the number of answers given: it is read
 * apart from the answers, so a response arriving in between can make it lag by one.
 * Throws InvalidScoreError on a bad score, and on arguments that cannot be right
 * (a previous answer without a latest one, or answers in the wrong order).
 */
export function snapshotFromLatest(
  latest: NpsAnswer | null,
  previous: NpsAnswer | null,
  responseCount: number,
): LoyaltySnapshot {
  if (!Number.isInteger(responseCount) || responseCount < 0) {
    throw new RangeError(`responseCount must be a whole number from 0, got ${responseCount}`);
  }
  if (latest === null) {
    if (previous !== null) throw new TypeError('A previous NPS answer was given without a latest one');
    return { ...EMPTY_SNAPSHOT, responseCount };
  }
  const latestTime = timeOf(latest, 'latest');
  const category = categoryOfScore(latest.score);
  let previousCategory: LoyaltyCategory | null = null;
  if (previous !== null) {
    if (timeOf(previous, 'previous') > latestTime) {
      throw new RangeError('The previous NPS answer was answered after the latest one: arguments swapped?');
    }
    previousCategory = categoryOfScore(previous.score);
  }
  return {
    category,
    latestScore: latest.score,
    latestComment: commentOf(latest),
    // A copy: the snapshot must not change when the caller's Date object does.
    answeredAt: new Date(latestTime),
    previousCategory,
    previousScore: previous === null ? null : previous.score,
    movement: movementBetween(previousCategory, category),
    responseCount: Math.max(responseCount, previous === null ? 1 : 2),
  };
}
