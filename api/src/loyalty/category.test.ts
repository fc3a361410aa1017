import {
  CATEGORY_RANK,
  categoryOfScore,
  InvalidScoreError,
  isValidNpsScore,
  LOYALTY_CATEGORIES,
  NPS_MAX,
  NPS_MIN,
  type LoyaltyCategory,
} from './category';

describe('NPS scale bounds', () => {
  test('run from 0 to 10', () => {
    expect([NPS_MIN, NPS_MAX]).toEqual([0, 10]);
  });
});

describe('categoryOfScore', () => {
  test.each<[number, LoyaltyCategory]>([
    [0, 'DETRACTOR'],
    [1, 'DETRACTOR'],
    [2, 'DETRACTOR'],
    [3, 'DETRACTOR'],
    [4, 'DETRACTOR'],
    [5, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('score %i is a %s', (score, category) => {
    expect(categoryOfScore(score)).toBe(category);
  });

  test('6 is the highest detractor score and 7 the lowest passive', () => {
    expect([categoryOfScore(6), categoryOfScore(7)]).toEqual(['DETRACTOR', 'PASSIVE']);
  });

  test('8 is the highest passive score and 9 the lowest promoter', () => {
    expect([categoryOfScore(8), categoryOfScore(9)]).toEqual(['PASSIVE', 'PROMOTER']);
  });

  test('negative zero counts as 0', () => {
    expect(categoryOfScore(-0)).toBe('DETRACTOR');
  });

  test.each<[string, unknown, string]>([
    ['a fraction', 7.5, 'got 7.5'],
    ['a fraction near a boundary', 8.999, 'got 8.999'],
    ['a score below 0', -1, 'got -1'],
    ['a score above 10', 11, 'got 11'],
    ['NaN', Number.NaN, 'got NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'got Infinity'],
    ['a numeric string', '7', 'got "7"'],
    ['null', null, 'got null'],
    ['undefined', undefined, 'got undefined'],
  ])('throws InvalidScoreError on %s', (_case, score, got) => {
    const call = () => categoryOfScore(score as number);
    expect(call).toThrow(InvalidScoreError);
    expect(call).toThrow(`NPS score must be an integer from 0 to 10, ${got}`);
  });

  test('the error carries the rejected score and its own name', () => {
    let caught: unknown;
    try {
      categoryOfScore(12);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toBeInstanceOf(InvalidScoreError);
    expect((caught as InvalidScoreError).name).toBe('InvalidScoreError');
    expect((caught as InvalidScoreError).score).toBe(12);
  });
});

describe('InvalidScoreError', () => {
  test('takes a custom message for other metrics', () => {
    const error = new InvalidScoreError(6, 'CSAT score must be an integer from 1 to 5, got 6');
    expect(error.message).toBe('CSAT score must be an integer from 1 to 5, got 6');
    expect(error.score).toBe(6);
  });
});

describe('isValidNpsScore', () => {
  test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('accepts %i', (score) => {
    expect(isValidNpsScore(score)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['7.5', 7.5],
    ['0.5', 0.5],
    ['9.999', 9.999],
    ['-1', -1],
    ['11', 11],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ["the string '7'", '7'],
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['the bigint 7n', 7n],
    ['an array [7]', [7]],
    ['a Number object', Object(7)],
  ])('rejects %s', (_case, score) => {
    expect(isValidNpsScore(score)).toBe(false);
  });
});

describe('CATEGORY_RANK', () => {
  test('orders detractor 0 < passive 1 < promoter 2', () => {
    expect(CATEGORY_RANK).toEqual({ DETRACTOR: 0, PASSIVE: 1, PROMOTER: 2 });
  });

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(CATEGORY_RANK)).toBe(true);
  });
});

describe('LOYALTY_CATEGORIES', () => {
  test('lists every category once, worst first, so its index is the rank', () => {
    expect(LOYALTY_CATEGORIES).toEqual(['DETRACTOR', 'PASSIVE', 'PROMOTER']);
    LOYALTY_CATEGORIES.forEach((category, index) => expect(CATEGORY_RANK[category]).toBe(index));
  });
});
