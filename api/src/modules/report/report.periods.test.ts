import { offGridBoundary, reportRange } from './report.periods';
import { countBetween, edgeDays } from './report.tally';
import { slotField } from './report.keys';

describe('reportRange', () => {
  test('months in a half-hour zone start at local midnight', () => {
    const range = reportRange('2026-01-15', '2026-03-10', 'MONTH', 'Asia/Kolkata');
    expect(range.periods.map((period) => [period.periodStart, period.start.toISOString(), period.partial])).toEqual([
      ['2026-01-01', '2026-01-14T18:30:00.000Z', true],
      ['2026-02-01', '2026-01-31T18:30:00.000Z', false],
      ['2026-03-01', '2026-02-28T18:30:00.000Z', true],
    ]);
    expect(range.end.toISOString()).toBe('2026-03-10T18:30:00.000Z');
    expect(offGridBoundary(range)).toBeNull();
  });

  test('quarters and ISO weeks', () => {
    expect(reportRange('2026-02-01', '2026-12-31', 'QUARTER', 'UTC').periods.map((p) => p.periodStart)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
    expect(reportRange('2026-11-01', '2026-11-10', 'WEEK', 'UTC').periods.map((p) => p.periodStart)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
    ]);
  });

  test('a local mean time offset is off the quarter-hour grid', () => {
    expect(offGridBoundary(reportRange('1890-01-01', '1890-01-02', 'DAY', 'Europe/Amsterdam'))).not.toBeNull();
  });
});

describe('counting between boundaries', () => {
  test('whole days from day counts, cut days slot by slot', () => {
    const series = {
      days: new Map([
        ['2026-01-01', { n9: 10 }],
        ['2026-01-02', { n9: 20 }],
      ]),
      slots: new Map([['2026-01-01', { [slotField(73)]: { n9: 3 }, [slotField(74)]: { n9: 7 } }]]),
    };
    // [2026-01-01T18:30Z, 2026-01-03T00:00Z): slots 74.. of the first day, the whole second.
    expect(countBetween(series, new Date('2026-01-01T18:30:00Z'), new Date('2026-01-03T00:00:00Z'))).toEqual({
      n9: 27,
    });
    expect(countBetween(series, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T18:30:00Z'))).toEqual({ n9: 3 });
    expect(edgeDays([new Date('2026-01-01T18:30:00Z'), new Date('2026-01-03T00:00:00Z')])).toEqual(['2026-01-01']);
  });
});
