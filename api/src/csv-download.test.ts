import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { safeCsvCell, safeCsvOptions } from './csv-download';

// The one CSV-injection rule every CSV download applies to every text cell (OWASP "CSV
// Injection"): a formula trigger at the start of the cell, or at the start of anything a
// spreadsheet could split off as a cell of its own, makes the cell text.

describe('safeCsvCell', () => {
  test.each([
    ['=1+1'],
    ['+1+1'],
    ['-1+1'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=HYPERLINK("http://evil.example","click")'],
    ['  =1+1'],
    // Not at the first character: after a separator or a quote a spreadsheet may start a cell.
    ["Great;=cmd|' /C calc'!A0"],
    ['Fine, =1+1'],
    ['ok,@SUM(1)'],
    ['tab\t-2+3'],
    ['pipe|+1'],
    ['line\n=1+1'],
    ['quoted "=1+1"'],
    ["single '@x"],
  ])('%j is neutralised: apostrophe in front, quoted', (text) => {
    expect(safeCsvCell(text)).toEqual({ value: `'${text}`, quoted: true });
  });

  test.each([
    ['Great help'],
    ['Commas, "quotes" and\na new line'],
    ['Zoë "Zed", Jr.'],
    ['well - not bad'],
    ['a@b.example'],
    ['1+1'],
    ['2026-01-01T00:00:00.000Z'],
    [''],
    ['Émojis 🎉'],
  ])('%j is left alone', (text) => {
    expect(safeCsvCell(text)).toEqual({ value: text, quoted: false });
  });

  test.each([['-12'], ['+3'], ['-0.5'], ['.5'], ['1e3'], ['-2.5E-3']])(
    'a cell that is exactly a decimal number (%j) stays a readable number',
    (text) => {
      expect(safeCsvCell(text)).toEqual({ value: text, quoted: false });
    },
  );

  test.each([['-12+1'], ['-1 point for the wait'], ['+1-555-0100'], ['-12,=1']])(
    '%j looks like a number but is not exactly one: neutralised',
    (text) => {
      expect(safeCsvCell(text).quoted).toBe(true);
    },
  );
});

describe('safeCsvOptions (the writer every download uses)', () => {
  const write = (rows: Record<string, unknown>[]) => stringify(rows, safeCsvOptions(['text', 'number']));

  test('a neutralised cell is quoted with its quotes doubled, and parses back to the apostrophe form', () => {
    const csv = write([{ text: '=HYPERLINK("http://x","y")', number: -12 }]);
    expect(csv).toBe('text,number\n"\'=HYPERLINK(""http://x"",""y"")",-12\n');
    expect(parse(csv, { columns: true })).toEqual([{ text: '\'=HYPERLINK("http://x","y")', number: '-12' }]);
  });

  test('plain text, numbers and empty cells pass unchanged', () => {
    expect(
      write([
        { text: 'Great help', number: 9 },
        { text: null, number: null },
      ]),
    ).toBe('text,number\nGreat help,9\n,\n');
  });

  test('header cells go through the same rule (every cell does)', () => {
    expect(stringify([], safeCsvOptions(['-a', 'b']))).toBe('"\'-a",b\n');
  });
});
