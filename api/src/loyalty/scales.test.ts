import { InvalidScoreError } from './category';
import {
  ALLOWED_SCALES,
  DEFAULT_SCALE_MAX,
  isNegativeCsat,
  isPositiveCsat,
  isSurveyMetric,
  scoreProblem,
  SURVEY_METRICS,
  type SurveyMetric,
} from './scales';

describe('scale tables', () => {
  test('allow NPS 10, CSAT 3/5/7/10 and CES 5/7', () => {
    expect(ALLOWED_SCALES).toEqual({ NPS: [10], CSAT: [3, 5, 7, 10], CES: [5, 7] });
  });

  test('default to NPS 10, CSAT 5 and CES 7', () => {
    expect(DEFAULT_SCALE_MAX).toEqual({ NPS: 10, CSAT: 5, CES: 7 });
  });

  test.each(SURVEY_METRICS)('the %s default is one of its allowed scales', (metric) => {
    expect(ALLOWED_SCALES[metric]).toContain(DEFAULT_SCALE_MAX[metric]);
  });

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(ALLOWED_SCALES)).toBe(true);
    expect(Object.isFrozen(ALLOWED_SCALES.CSAT)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SCALE_MAX)).toBe(true);
  });
});

describe('isSurveyMetric', () => {
  test.each(['NPS', 'CSAT', 'CES'])('accepts %s', (metric) => {
    expect(isSurveyMetric(metric)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['lower case', 'nps'],
    ['an unknown metric', 'CES2'],
    ['null', null],
    ['a number', 1],
  ])('rejects %s', (_case, value) => {
    expect(isSurveyMetric(value)).toBe(false);
  });
});

describe('scoreProblem for NPS', () => {
  test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('accepts %i on the default scale', (score) => {
    expect(scoreProblem('NPS', score)).toBeNull();
  });

  test.each<[string, number | null | undefined]>([
    ['omitted', undefined],
    ['null', null],
    ['10', 10],
  ])('accepts scaleMax %s', (_case, scaleMax) => {
    expect(scoreProblem('NPS', 7, scaleMax)).toBeNull();
  });

  test.each<[unknown, string]>([
    [7.5, '7.5'],
    [-1, '-1'],
    [11, '11'],
    [Number.NaN, 'NaN'],
    ['7', '"7"'],
    [null, 'null'],
  ])('rejects score %p, naming the field and 0 to 10', (score, shown) => {
    expect(scoreProblem('NPS', score)).toBe(`NPS score must be an integer from 0 to 10, got ${shown}`);
  });

  test.each([5, 7, 11, 0, 9.5])('rejects scaleMax %p: NPS is always out of 10', (scaleMax) => {
    expect(scoreProblem('NPS', 7, scaleMax)).toBe(`NPS scaleMax must be 10 or omitted, got ${scaleMax}`);
  });

  test('reports the scale before the score when both are wrong', () => {
    expect(scoreProblem('NPS', 42, 5)).toMatch(/^NPS scaleMax/);
  });
});

describe('scoreProblem for CSAT and CES', () => {
  const scales: [SurveyMetric, number][] = [
    ['CSAT', 3],
    ['CSAT', 5],
    ['CSAT', 7],
    ['CSAT', 10],
    ['CES', 5],
    ['CES', 7],
  ];

  test.each(scales)('%s on a 1-%i scale accepts every integer from 1 to the maximum', (metric, scaleMax) => {
    for (let score = 1; score <= scaleMax; score += 1) {
      expect(scoreProblem(metric, score, scaleMax)).toBeNull();
    }
  });

  test.each(scales)('%s on a 1-%i scale rejects 0: these scales start at 1', (metric, scaleMax) => {
    expect(scoreProblem(metric, 0, scaleMax)).toBe(`${metric} score must be an integer from 1 to ${scaleMax}, got 0`);
  });

  test.each(scales)('%s on a 1-%i scale rejects one above the maximum', (metric, scaleMax) => {
    expect(scoreProblem(metric, scaleMax + 1, scaleMax)).toBe(
      `${metric} score must be an integer from 1 to ${scaleMax}, got ${scaleMax + 1}`,
    );
  });

  test.each(scales)('%s on a 1-%i scale rejects a fraction', (metric, scaleMax) => {
    expect(scoreProblem(metric, 2.5, scaleMax)).toMatch(/got 2\.5$/);
  });

  test.each<[SurveyMetric, number | null | undefined, number, number]>([
    ['CSAT', undefined, 5, 6],
    ['CSAT', null, 5, 6],
    ['CES', undefined, 7, 8],
    ['CES', null, 7, 8],
  ])('%s with scaleMax %p uses the default 1-%i scale', (metric, scaleMax, max, above) => {
    expect(scoreProblem(metric, max, scaleMax)).toBeNull();
    expect(scoreProblem(metric, above, scaleMax)).toBe(
      `${metric} score must be an integer from 1 to ${max}, got ${above}`,
    );
  });

  test.each<[SurveyMetric, unknown, string]>([
    ['CSAT', 4, 'CSAT scaleMax must be 3, 5, 7 or 10, got 4'],
    ['CSAT', 0, 'CSAT scaleMax must be 3, 5, 7 or 10, got 0'],
    ['CSAT', 5.5, 'CSAT scaleMax must be 3, 5, 7 or 10, got 5.5'],
    ['CSAT', Number.NaN, 'CSAT scaleMax must be 3, 5, 7 or 10, got NaN'],
    ['CES', 3, 'CES scaleMax must be 5 or 7, got 3'],
    ['CES', 10, 'CES scaleMax must be 5 or 7, got 10'],
  ])('%s rejects scaleMax %p, listing the allowed scales', (metric, scaleMax, message) => {
    expect(scoreProblem(metric, 1, scaleMax as number)).toBe(message);
  });

  test('rejects a numeric string score', () => {
    expect(scoreProblem('CSAT', '3', 5)).toBe('CSAT score must be an integer from 1 to 5, got "3"');
  });
});

describe('scoreProblem with an unknown metric', () => {
  test('names the metric field and the allowed metrics instead of throwing', () => {
    expect(scoreProblem('NPS2' as SurveyMetric, 5)).toBe('metric must be one of NPS, CSAT, CES, got "NPS2"');
  });
});

type Box = 'negative' | 'neutral' | 'positive';

describe('CSAT top-two-box and bottom-two-box', () => {
  test.each<[number, number, Box]>([
    // 3-point scale: one box at each end.
    [3, 1, 'negative'],
    [3, 2, 'neutral'],
    [3, 3, 'positive'],
    [5, 1, 'negative'],
    [5, 2, 'negative'],
    [5, 3, 'neutral'],
    [5, 4, 'positive'],
    [5, 5, 'positive'],
    [7, 1, 'negative'],
    [7, 2, 'negative'],
    [7, 3, 'neutral'],
    [7, 4, 'neutral'],
    [7, 5, 'neutral'],
    [7, 6, 'positive'],
    [7, 7, 'positive'],
    [10, 1, 'negative'],
    [10, 2, 'negative'],
    [10, 3, 'neutral'],
    [10, 5, 'neutral'],
    [10, 8, 'neutral'],
    [10, 9, 'positive'],
    [10, 10, 'positive'],
  ])('on a 1-%i scale, %i is %s', (scaleMax, score, box) => {
    expect(isNegativeCsat(score, scaleMax)).toBe(box === 'negative');
    expect(isPositiveCsat(score, scaleMax)).toBe(box === 'positive');
  });

  test.each<[string, number, number, string]>([
    ['a score of 0', 0, 5, 'CSAT score must be an integer from 1 to 5, got 0'],
    ['a score above the scale', 6, 5, 'CSAT score must be an integer from 1 to 5, got 6'],
    ['a fraction', 1.5, 5, 'CSAT score must be an integer from 1 to 5, got 1.5'],
    ['a scale CSAT does not use', 2, 4, 'CSAT scaleMax must be 3, 5, 7 or 10, got 4'],
  ])('both throw InvalidScoreError on %s', (_case, score, scaleMax, message) => {
    for (const check of [isNegativeCsat, isPositiveCsat]) {
      expect(() => check(score, scaleMax)).toThrow(InvalidScoreError);
      expect(() => check(score, scaleMax)).toThrow(message);
    }
  });
});
