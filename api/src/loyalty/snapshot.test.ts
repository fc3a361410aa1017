import { InvalidScoreError } from './category';
import { EMPTY_SNAPSHOT, snapshotFromLatest, type NpsAnswer } from './snapshot';

const MAY_1 = new Date('2025-05-01T10:00:00.000Z');
const MAY_8 = new Date('2025-05-08T10:00:00.000Z');

const answer = (score: number, answeredAt: Date, comment?: string | null): NpsAnswer => ({
  score,
  answeredAt,
  comment,
});

describe('EMPTY_SNAPSHOT', () => {
  test('has no category, scores or dates, no movement and no responses', () => {
    expect(EMPTY_SNAPSHOT).toEqual({
      category: null,
      latestScore: null,
      latestComment: null,
      answeredAt: null,
      previousCategory: null,
      previousScore: null,
      movement: 'NONE',
      responseCount: 0,
    });
  });

  test('is frozen so a caller cannot change it for everyone', () => {
    expect(Object.isFrozen(EMPTY_SNAPSHOT)).toBe(true);
  });
});

describe('snapshotFromLatest without answers', () => {
  test('is the empty snapshot', () => {
    expect(snapshotFromLatest(null, null, 0)).toEqual(EMPTY_SNAPSHOT);
  });

  test('returns a fresh object, not the frozen constant', () => {
    const snapshot = snapshotFromLatest(null, null, 0);
    expect(snapshot).not.toBe(EMPTY_SNAPSHOT);
    expect(Object.isFrozen(snapshot)).toBe(false);
  });

  test('throws when a previous answer comes without a latest one', () => {
    expect(() => snapshotFromLatest(null, answer(9, MAY_1), 1)).toThrow(
      'previous NPS answer was given without a latest one',
    );
  });
});

describe('snapshotFromLatest with one answer', () => {
  test('takes category, score, comment and date from it, with no movement', () => {
    expect(snapshotFromLatest(answer(9, MAY_1, 'Great support'), null, 1)).toEqual({
      category: 'PROMOTER',
      latestScore: 9,
      latestComment: 'Great support',
      answeredAt: MAY_1,
      previousCategory: null,
      previousScore: null,
      movement: 'NONE',
      responseCount: 1,
    });
  });

  test.each([
    [0, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('score %i gives category %s', (score, category) => {
    expect(snapshotFromLatest(answer(score, MAY_1), null, 1).category).toBe(category);
  });

  test("copies the date, so changing the caller's Date later does not change the snapshot", () => {
    const answeredAt = new Date(MAY_1);
    const snapshot = snapshotFromLatest(answer(9, answeredAt), null, 1);
    answeredAt.setUTCFullYear(2000);
    expect(snapshot.answeredAt).toEqual(MAY_1);
  });

  test('throws InvalidScoreError on an invalid latest score', () => {
    expect(() => snapshotFromLatest(answer(7.5, MAY_1), null, 1)).toThrow(InvalidScoreError);
  });

  test.each<[string, unknown]>([
    ['an invalid date', new Date('not a date')],
    ['a string', '2025-05-01'],
  ])('throws on a latest answeredAt that is %s', (_case, answeredAt) => {
    expect(() => snapshotFromLatest({ score: 9, answeredAt: answeredAt as Date }, null, 1)).toThrow(
      'The latest NPS answer has no valid answeredAt date',
    );
  });
});

describe('snapshotFromLatest comments', () => {
  test.each<[string, string | null | undefined, string | null]>([
    ['no comment field', undefined, null],
    ['a null comment', null, null],
    ['an empty comment', '', null],
    ['a whitespace-only comment', ' \n\t ', null],
    ['a padded comment, trimmed', '  Slow replies  ', 'Slow replies'],
  ])('%s gives %p', (_case, comment, expected) => {
    expect(snapshotFromLatest(answer(3, MAY_1, comment), null, 1).latestComment).toBe(expected);
  });

  test("uses the latest answer's comment, not the previous one's", () => {
    const snapshot = snapshotFromLatest(answer(3, MAY_8), answer(9, MAY_1, 'Love it'), 2);
    expect(snapshot.latestComment).toBeNull();
  });
});

describe('snapshotFromLatest with two answers', () => {
  test('a promoter then a detractor is a FALL with both scores kept', () => {
    expect(snapshotFromLatest(answer(3, MAY_8, 'Broken again'), answer(9, MAY_1), 2)).toEqual({
      category: 'DETRACTOR',
      latestScore: 3,
      latestComment: 'Broken again',
      answeredAt: MAY_8,
      previousCategory: 'PROMOTER',
      previousScore: 9,
      movement: 'FALL',
      responseCount: 2,
    });
  });

  test.each([
    [4, 7, 'DETRACTOR', 'PASSIVE', 'RISE'],
    [8, 10, 'PASSIVE', 'PROMOTER', 'RISE'],
    [7, 8, 'PASSIVE', 'PASSIVE', 'STEADY'],
    [0, 6, 'DETRACTOR', 'DETRACTOR', 'STEADY'],
    [10, 8, 'PROMOTER', 'PASSIVE', 'FALL'],
    [7, 6, 'PASSIVE', 'DETRACTOR', 'FALL'],
  ])('%i then %i: %s then %s is %s', (previousScore, latestScore, previousCategory, category, movement) => {
    const snapshot = snapshotFromLatest(answer(latestScore, MAY_8), answer(previousScore, MAY_1), 2);
    expect(snapshot).toMatchObject({ category, previousCategory, previousScore, latestScore, movement });
  });

  test('accepts two answers given at the same instant', () => {
    expect(snapshotFromLatest(answer(9, MAY_1), answer(3, MAY_1), 2).movement).toBe('RISE');
  });

  test('throws when the previous answer is later than the latest one (arguments swapped)', () => {
    expect(() => snapshotFromLatest(answer(9, MAY_1), answer(3, MAY_8), 2)).toThrow('arguments swapped?');
  });

  test('throws InvalidScoreError on an invalid previous score', () => {
    expect(() => snapshotFromLatest(answer(9, MAY_8), answer(11, MAY_1), 2)).toThrow(InvalidScoreError);
  });

  test('throws on a previous answer without a valid date', () => {
    expect(() => snapshotFromLatest(answer(9, MAY_8), answer(3, new Date(Number.NaN)), 2)).toThrow(
      'The previous NPS answer has no valid answeredAt date',
    );
  });
});

describe('snapshotFromLatest response count', () => {
  test('keeps a count larger than the answers given: only the two latest are passed', () => {
    expect(snapshotFromLatest(answer(9, MAY_8), answer(8, MAY_1), 17).responseCount).toBe(17);
  });

  test.each<[string, NpsAnswer | null, NpsAnswer | null, number, number]>([
    ['one answer counted as 0', answer(9, MAY_8), null, 0, 1],
    ['two answers counted as 0', answer(9, MAY_8), answer(8, MAY_1), 0, 2],
    ['two answers counted as 1', answer(9, MAY_8), answer(8, MAY_1), 1, 2],
  ])('raises a lagging count to the answers given: %s', (_case, latest, previous, count, expected) => {
    expect(snapshotFromLatest(latest, previous, count).responseCount).toBe(expected);
  });

  test('keeps the count of a contact whose answers were not found (a race); the next refresh fixes it', () => {
    expect(snapshotFromLatest(null, null, 3)).toEqual({ ...EMPTY_SNAPSHOT, responseCount: 3 });
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError on count %p', (count) => {
    expect(() => snapshotFromLatest(answer(9, MAY_1), null, count)).toThrow(RangeError);
  });
});
