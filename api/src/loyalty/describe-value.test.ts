import { describeValue } from './describe-value';

describe('describeValue', () => {
  test.each<[string, unknown, string]>([
    ['a fraction as written', 7.5, '7.5'],
    ['a negative number', -1, '-1'],
    ['negative zero with its sign', -0, '-0'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a numeric string in quotes', '7', '"7"'],
    ['an empty string in quotes', '', '""'],
    ['a bigint with its suffix', 7n, '7n'],
    ['true', true, 'true'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a symbol without its description', Symbol('secret'), 'a symbol'],
    ['a function without its source', () => 1, 'a function'],
    ['a date', new Date(0), 'a date'],
    ['an array without its items', [7], 'an array'],
    ['an object without its fields', { score: 7 }, 'an object'],
  ])('describes %s', (_case, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test('cuts a long string to 40 characters and marks the cut', () => {
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
  });

  test('keeps a 40-character string whole', () => {
    expect(describeValue('y'.repeat(40))).toBe(`"${'y'.repeat(40)}"`);
  });
});
