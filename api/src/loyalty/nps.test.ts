import { InvalidScoreError } from './category';
import {
  countCategories,
  differSignificantly,
  LOW_SAMPLE_THRESHOLD,
  npsFigure,
  Z_95,
  type CategoryCounts,
  type NpsFigure,
} from './nps';

const counts = (promoters: number, passives: number, detractors: number): CategoryCounts => ({
  promoters,
  passives,
  detractors,
});

describe('constants', () => {
  test('a low sample is fewer than 30 responses; 95% uses z = 1.96', () => {
    expect(LOW_SAMPLE_THRESHOLD).toBe(30);
    expect(Z_95).toBe(1.96);
  });
});

describe('countCategories', () => {
  test('an empty set counts nothing', () => {
    expect(countCategories([])).toEqual(counts(0, 0, 0));
  });

  test.each<[number, CategoryCounts]>([
    [0, counts(0, 0, 1)],
    [1, counts(0, 0, 1)],
    [2, counts(0, 0, 1)],
    [3, counts(0, 0, 1)],
    [4, counts(0, 0, 1)],
    [5, counts(0, 0, 1)],
    [6, counts(0, 0, 1)],
    [7, counts(0, 1, 0)],
    [8, counts(0, 1, 0)],
    [9, counts(1, 0, 0)],
    [10, counts(1, 0, 0)],
  ])('a single %i is counted as %o', (score, expected) => {
    expect(countCategories([score])).toEqual(expected);
  });

  test('6 and 7 fall on either side of the detractor/passive boundary', () => {
    expect(countCategories([6, 7])).toEqual(counts(0, 1, 1));
  });

  test('8 and 9 fall on either side of the passive/promoter boundary', () => {
    expect(countCategories([8, 9])).toEqual(counts(1, 1, 0));
  });

  test('0 and 10, the ends of the scale, are a detractor and a promoter', () => {
    expect(countCategories([0, 10])).toEqual(counts(1, 0, 1));
  });

  test('counts every score of 0-10 once: 2 promoters, 2 passives, 7 detractors', () => {
    expect(countCategories([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual(counts(2, 2, 7));
  });

  test('reads any iterable, such as a generator', () => {
    function* scores() {
      yield 10;
      yield 9;
      yield 3;
    }
    expect(countCategories(scores())).toEqual(counts(2, 0, 1));
  });

  test.each<[string, number[], string]>([
    ['a fraction', [9, 7.5], 'got 7.5'],
    ['a negative score', [-1], 'got -1'],
    ['a score above 10', [10, 11], 'got 11'],
    ['NaN', [Number.NaN], 'got NaN'],
  ])('throws InvalidScoreError on %s', (_case, scores, got) => {
    expect(() => countCategories(scores)).toThrow(InvalidScoreError);
    expect(() => countCategories(scores)).toThrow(got);
  });
});

describe('npsFigure on the worked example (1000 responses, 600 promoters, 200 detractors)', () => {
  const figure = npsFigure(counts(600, 200, 200));

  test('NPS is exactly 60 - 20 = 40', () => {
    expect(figure.nps).toBe(40);
  });

  test('keeps the counts and their total', () => {
    expect(figure).toMatchObject({ responses: 1000, promoters: 600, passives: 200, detractors: 200 });
  });

  test('margin of error by hand: var = (0.8 - 0.16) / 1000 = 0.00064, 1.96 * 0.0252982 * 100 = 4.958451', () => {
    expect(figure.marginOfError).toBeCloseTo(4.958451, 6);
  });

  test('adjusted-Wald by hand: 400 / 1003 = 39.880359 points, margin 4.951256', () => {
    // n' = 1003, p' = 600.75 / 1003, d' = 200.75 / 1003.
    expect(figure.adjustedNps).toBeCloseTo(39.880359, 6);
    expect(figure.adjustedMarginOfError).toBeCloseTo(4.951256, 6);
  });

  test('is not a low sample', () => {
    expect(figure.lowSample).toBe(false);
  });
});

describe('npsFigure at the extremes', () => {
  test('all promoters: NPS 100, Wald margin 0, adjusted-Wald margin above 0', () => {
    const figure = npsFigure(counts(10, 0, 0));
    expect(figure.nps).toBe(100);
    expect(figure.marginOfError).toBe(0);
    // n' = 13, p' = 10.75 / 13, d' = 0.75 / 13.
    expect(figure.adjustedNps).toBeCloseTo(76.923077, 6);
    expect(figure.adjustedMarginOfError).toBeCloseTo(29.420066, 5);
  });

  test('all detractors: NPS -100, Wald margin 0, adjusted NPS pulled towards 0', () => {
    const figure = npsFigure(counts(0, 0, 10));
    expect(figure.nps).toBe(-100);
    expect(figure.marginOfError).toBe(0);
    expect(figure.adjustedNps).toBeCloseTo(-76.923077, 6);
    expect(figure.adjustedMarginOfError).toBeCloseTo(29.420066, 5);
  });

  test('all passives: NPS 0 and Wald margin 0', () => {
    const figure = npsFigure(counts(0, 10, 0));
    expect(figure.nps).toBe(0);
    expect(figure.marginOfError).toBe(0);
    expect(figure.adjustedNps).toBe(0);
    expect(figure.adjustedMarginOfError).toBeGreaterThan(0);
  });

  test('one promoter and one detractor: NPS 0, margin 1.96 * sqrt(0.5) * 100, not clamped to 100', () => {
    const figure = npsFigure(counts(1, 0, 1));
    expect(figure.nps).toBe(0);
    expect(figure.marginOfError).toBeCloseTo(138.592929, 5);
  });

  test("a single promoter: n' = 4, adjusted NPS 25 with margin 73.5", () => {
    const figure = npsFigure(counts(1, 0, 0));
    expect(figure.adjustedNps).toBeCloseTo(25, 10);
    expect(figure.adjustedMarginOfError).toBeCloseTo(73.5, 10);
  });

  test('figures are unrounded floats', () => {
    expect(npsFigure(counts(1, 1, 1)).nps).toBeCloseTo(0, 10);
    expect(npsFigure(counts(2, 0, 1)).nps).toBeCloseTo(100 / 3, 10);
    expect(Number.isInteger(npsFigure(counts(2, 0, 1)).nps)).toBe(false);
  });
});

describe('npsFigure on an empty set', () => {
  test('has zero counts, null figures and is a low sample', () => {
    expect(npsFigure(counts(0, 0, 0))).toEqual<NpsFigure>({
      responses: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
      marginOfError: null,
      adjustedNps: null,
      adjustedMarginOfError: null,
      lowSample: true,
    });
  });
});

describe('npsFigure low sample flag', () => {
  test.each<[number, boolean]>([
    [1, true],
    [29, true],
    [30, false],
    [31, false],
  ])('%i responses: lowSample %s', (responses, lowSample) => {
    expect(npsFigure(counts(responses, 0, 0)).lowSample).toBe(lowSample);
  });
});

describe('npsFigure input checks', () => {
  test.each<[string, CategoryCounts, string]>([
    ['negative promoters', counts(-1, 0, 0), 'promoters must be a whole number from 0, got -1'],
    ['fractional passives', counts(0, 1.5, 0), 'passives must be a whole number from 0, got 1.5'],
    ['NaN detractors', counts(0, 0, Number.NaN), 'detractors must be a whole number from 0, got NaN'],
  ])('throws RangeError on %s', (_case, input, message) => {
    expect(() => npsFigure(input)).toThrow(RangeError);
    expect(() => npsFigure(input)).toThrow(message);
  });
});

describe('differSignificantly', () => {
  const figure = (
    nps: number,
    marginOfError: number,
    adjustedNps = nps,
    adjustedMarginOfError = marginOfError,
  ): NpsFigure => ({
    responses: 100,
    promoters: 0,
    passives: 0,
    detractors: 0,
    nps,
    marginOfError,
    adjustedNps,
    adjustedMarginOfError,
    lowSample: false,
  });

  test('two large periods far apart differ, in either order', () => {
    const good = npsFigure(counts(600, 200, 200)); // 40 ± 5.0
    const bad = npsFigure(counts(300, 300, 400)); // -10 ± 5.1
    expect(differSignificantly(good, bad)).toBe(true);
    expect(differSignificantly(bad, good)).toBe(true);
  });

  test('two periods whose intervals overlap do not differ', () => {
    const a = npsFigure(counts(600, 200, 200)); // 40 ± 5.0
    const b = npsFigure(counts(580, 210, 210)); // 37 ± 5.0
    expect(differSignificantly(a, b)).toBe(false);
    expect(differSignificantly(b, a)).toBe(false);
  });

  test('a period does not differ from itself', () => {
    const a = npsFigure(counts(600, 200, 200));
    expect(differSignificantly(a, a)).toBe(false);
  });

  test('intervals that only touch overlap: [5, 15] and [-5, 5]', () => {
    expect(differSignificantly(figure(10, 5), figure(0, 5))).toBe(false);
  });

  test('intervals just apart differ: [5, 15] and [-4.9, 4.9]', () => {
    expect(differSignificantly(figure(10, 5), figure(0, 4.9))).toBe(true);
  });

  test('an empty period never differs', () => {
    const empty = npsFigure(counts(0, 0, 0));
    const full = npsFigure(counts(600, 200, 200));
    expect(differSignificantly(empty, full)).toBe(false);
    expect(differSignificantly(full, empty)).toBe(false);
    expect(differSignificantly(empty, empty)).toBe(false);
  });

  test('a figure with responses but no margin (hand-built) does not differ', () => {
    expect(differSignificantly({ ...figure(50, 1), marginOfError: null }, figure(-50, 1))).toBe(false);
  });

  test('a single 10 and a single 8 do not differ, though their Wald intervals (width 0) are apart', () => {
    const one10 = npsFigure(counts(1, 0, 0));
    const one8 = npsFigure(counts(0, 1, 0));
    expect(one10.marginOfError).toBe(0);
    expect(one8.marginOfError).toBe(0);
    expect(differSignificantly(one10, one8)).toBe(false);
  });

  test('ten 10s and ten 0s differ: both kinds of interval are apart', () => {
    expect(differSignificantly(npsFigure(counts(10, 0, 0)), npsFigure(counts(0, 0, 10)))).toBe(true);
  });

  test('apart adjusted intervals are not enough when the Wald intervals overlap', () => {
    expect(differSignificantly(figure(10, 6, 10, 1), figure(0, 6, 0, 1))).toBe(false);
  });
});
