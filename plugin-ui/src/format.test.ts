import { formattersOf } from './test-fixtures';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

const english = formattersOf('en');
const chinese = formattersOf('zh-CN');

describe('describeDueTime', () => {
  it.each<[string, string | null, string, string, boolean]>([
    ['no deadline', null, 'no deadline', '无截止时间', false],
    ['in 40 minutes', at(40 * MINUTE), 'due in 40 min', '40 分钟后到期', false],
    ['in 5 hours', at(5 * HOUR), 'due in 5 h', '5 小时后到期', false],
    ['in 47 hours (hours up to two days)', at(47 * HOUR), 'due in 47 h', '47 小时后到期', false],
    ['in 3 days', at(3 * DAY), 'due in 3 d', '3 天后到期', false],
    ['a few seconds ago', at(-10_000), 'overdue by 1 min', '已逾期 1 分钟', true],
    ['2 hours ago', at(-2 * HOUR), 'overdue by 2 h', '已逾期 2 小时', true],
    ['2 days ago', at(-2 * DAY), 'overdue by 2 d', '已逾期 2 天', true],
  ])('successful-due-time-%s-in-both-languages', (_case, dueAt, englishText, chineseText, overdue) => {
    expect(english.describeDueTime(dueAt, NOW)).toEqual({ text: englishText, overdue });
    expect(chinese.describeDueTime(dueAt, NOW)).toEqual({ text: chineseText, overdue });
  });
});

describe('formatShortDuration', () => {
  it('successful-never-says-0', () => {
    expect(english.formatShortDuration(0)).toBe('1 min');
  });
});

describe('formatTimeAgo', () => {
  it.each<[string, string, string, string]>([
    ['now', at(0), 'just now', '刚刚'],
    ['a bit ahead of this clock', at(30_000), 'just now', '刚刚'],
    ['5 minutes ago', at(-5 * MINUTE), '5 minutes ago', '5分钟前'],
    ['3 days ago', at(-3 * DAY), '3 days ago', '3天前'],
  ])('successful-time-ago-%s-in-both-languages', (_case, iso, englishText, chineseText) => {
    expect(english.formatTimeAgo(iso, NOW)).toBe(englishText);
    expect(chinese.formatTimeAgo(iso, NOW)).toBe(chineseText);
  });
});

describe('dates and numbers', () => {
  // Noon UTC: the same calendar day in every time zone the tests may run in.
  const NOON = '2026-11-12T12:00:00.000Z';

  it('successful-english-dates-read-day-month-year', () => {
    expect(english.formatDate(NOON)).toBe('12 Nov 2026');
    expect(english.formatDateTime(NOON)).toMatch(/^12 Nov 2026, \d{2}:\d{2}$/);
  });

  it('successful-chinese-dates-read-year-month-day', () => {
    expect(chinese.formatDate(NOON)).toBe('2026年11月12日');
    expect(chinese.formatDateTime(NOON)).toMatch(/^2026年11月12日 \d{2}:\d{2}$/);
  });

  it('successful-relative-times-follow-the-locale', () => {
    expect(english.formatRelativeTime(at(47 * HOUR), NOW)).toBe('in 47 hours');
    expect(chinese.formatRelativeTime(at(47 * HOUR), NOW)).toBe('47小时后');
    expect(chinese.formatRelativeTime(at(-3 * DAY), NOW)).toBe('3天前');
  });

  it('successful-numbers-group-thousands', () => {
    expect(english.formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(chinese.formatNumber(1234567.5)).toBe('1,234,567.5');
  });
});
