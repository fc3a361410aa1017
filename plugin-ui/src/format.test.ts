import { describeDueTime, formatShortDuration, formatTimeAgo } from './format';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('describeDueTime', () => {
  it.each<[string, string | null, string, boolean]>([
    ['no deadline', null, 'no deadline', false],
    ['in 40 minutes', at(40 * MINUTE), 'due in 40 min', false],
    ['in 5 hours', at(5 * HOUR), 'due in 5 h', false],
    ['in 47 hours (hours up to two days)', at(47 * HOUR), 'due in 47 h', false],
    ['in 3 days', at(3 * DAY), 'due in 3 d', false],
    ['a few seconds ago', at(-10_000), 'overdue by 1 min', true],
    ['2 hours ago', at(-2 * HOUR), 'overdue by 2 h', true],
    ['2 days ago', at(-2 * DAY), 'overdue by 2 d', true],
  ])('%s', (_case, dueAt, text, overdue) => {
    expect(describeDueTime(dueAt, NOW)).toEqual({ text, overdue });
  });
});

describe('formatShortDuration', () => {
  it('never says 0', () => {
    expect(formatShortDuration(0)).toBe('1 min');
  });
});

describe('formatTimeAgo', () => {
  it.each<[string, string, string]>([
    ['now', at(0), 'just now'],
    ['a bit ahead of this clock', at(30_000), 'just now'],
    ['5 minutes ago', at(-5 * MINUTE), '5 minutes ago'],
    ['3 days ago', at(-3 * DAY), '3 days ago'],
  ])('%s', (_case, iso, text) => {
    expect(formatTimeAgo(iso, NOW)).toBe(text);
  });
});
