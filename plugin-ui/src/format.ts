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

/** "40 min", "5 h", "3 d": hours up to two days, as for `formatRelativeTime`. */
export function formatShortDuration(durationMs: number): string {
  const distanceMs = Math.abs(durationMs);
  if (distanceMs < HOUR_MS) return `${Math.max(1, Math.round(distanceMs / MINUTE_MS))} min`;
  if (distanceMs < 2 * DAY_MS) return `${Math.round(distanceMs / HOUR_MS)} h`;
  return `${Math.round(distanceMs / DAY_MS)} d`;
}

/** "due in 5 h", "overdue by 2 d", or "no deadline", with whether the due time has passed. */
export function describeDueTime(dueAt: string | null, nowMs: number): { text: string; overdue: boolean } {
  if (!dueAt) return { text: 'no deadline', overdue: false };
  const differenceMs = new Date(dueAt).getTime() - nowMs;
  if (differenceMs < 0) return { text: `overdue by ${formatShortDuration(differenceMs)}`, overdue: true };
  return { text: `due in ${formatShortDuration(differenceMs)}`, overdue: false };
}

/** "just now", "5 minutes ago", "3 days ago": a past instant (one slightly ahead of this clock counts as now). */
export function formatTimeAgo(isoDateTime: string, nowMs: number): string {
  if (new Date(isoDateTime).getTime() > nowMs - MINUTE_MS) return 'just now';
  return formatRelativeTime(isoDateTime, nowMs);
}
