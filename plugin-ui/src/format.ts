// Every visible text of the panel is English, so dates and durations are formatted in
// English too (day-month order, which no reader can misread), in the agent's time zone.
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const relativeTimeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "12 Nov 2026" */
export function formatDate(isoDateTime: string): string {
  return dateFormat.format(new Date(isoDateTime));
}

/** "12 Nov 2026, 14:30" */
export function formatDateTime(isoDateTime: string): string {
  return dateTimeFormat.format(new Date(isoDateTime));
}

/**
 * "in 47 hours", "in 3 days", "5 minutes ago": hours up to two days, because a 48 h
 * recovery deadline reads better as hours than as "in 2 days".
 */
export function formatRelativeTime(isoDateTime: string, nowMs: number): string {
  const differenceMs = new Date(isoDateTime).getTime() - nowMs;
  const distanceMs = Math.abs(differenceMs);
  if (distanceMs < HOUR_MS) {
    return relativeTimeFormat.format(Math.round(differenceMs / MINUTE_MS), 'minute');
  }
  if (distanceMs < 2 * DAY_MS) {
    return relativeTimeFormat.format(Math.round(differenceMs / HOUR_MS), 'hour');
  }
  return relativeTimeFormat.format(Math.round(differenceMs / DAY_MS), 'day');
}

/** "1 response", "3 responses" */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
