// How the views write dates, times, durations and numbers: in the view's locale (through
// `Intl`, with the words from the `common` namespace), in the agent's time zone.
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';

import { resolveLocale, type Locale } from './i18n/locale';
import { createIntlFormats } from './intl-formats';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface Formatters {
  locale: Locale;
  /** "12 Nov 2026", "2026年11月12日" */
  formatDate(isoDateTime: string): string;
  /** "12 Nov 2026, 14:30", "2026年11月12日 14:30" */
  formatDateTime(isoDateTime: string): string;
  /**
   * "in 47 hours", "in 3 days", "5 minutes ago": hours up to two days, because a 48 h
   * recovery deadline reads better as hours than as "in 2 days".
   */
  formatRelativeTime(isoDateTime: string, nowMs: number): string;
  /** "just now", "5 minutes ago", "3 days ago": a past instant (one slightly ahead of this clock counts as now). */
  formatTimeAgo(isoDateTime: string, nowMs: number): string;
  /** "40 min", "5 h", "3 d": hours up to two days, as for `formatRelativeTime`. */
  formatShortDuration(durationMs: number): string;
  /** "due in 5 h", "overdue by 2 d", or "no deadline", with whether the due time has passed. */
  describeDueTime(dueAt: string | null, nowMs: number): { text: string; overdue: boolean };
  /** "1,234" */
  formatNumber(value: number): string;
}

/** The formatters of an i18next instance's language. */
export function createFormatters(i18n: i18n): Formatters {
  const locale = resolveLocale(i18n.language);
  const { dateFormat, dateTimeFormat, relativeTimeFormat, numberFormat } = createIntlFormats(locale);
  const t = i18n.getFixedT(locale, 'common');

  function formatRelativeTime(isoDateTime: string, nowMs: number): string {
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

  function formatShortDuration(durationMs: number): string {
    const distanceMs = Math.abs(durationMs);
    if (distanceMs < HOUR_MS) return t('duration.minutes', { count: Math.max(1, Math.round(distanceMs / MINUTE_MS)) });
    if (distanceMs < 2 * DAY_MS) return t('duration.hours', { count: Math.round(distanceMs / HOUR_MS) });
    return t('duration.days', { count: Math.round(distanceMs / DAY_MS) });
  }

  return {
    locale,
    formatDate: (isoDateTime) => dateFormat.format(new Date(isoDateTime)),
    formatDateTime: (isoDateTime) => dateTimeFormat.format(new Date(isoDateTime)),
    formatRelativeTime,
    formatTimeAgo(isoDateTime, nowMs) {
      if (new Date(isoDateTime).getTime() > nowMs - MINUTE_MS) return t('time.justNow');
      return formatRelativeTime(isoDateTime, nowMs);
    },
    formatShortDuration,
    describeDueTime(dueAt, nowMs) {
      if (!dueAt) return { text: t('due.none'), overdue: false };
      const differenceMs = new Date(dueAt).getTime() - nowMs;
      const duration = formatShortDuration(differenceMs);
      if (differenceMs < 0) return { text: t('due.overdue', { duration }), overdue: true };
      return { text: t('due.in', { duration }), overdue: false };
    },
    formatNumber: (value) => numberFormat.format(value),
  };
}

/** Made once per i18next instance and shared by every component: the first Intl formatters of a page take tens of ms. */
const formattersByInstance = new WeakMap<i18n, Formatters>();

/** The formatters of an i18next instance's language, made on first use. */
export function formattersOf(i18n: i18n): Formatters {
  let formatters = formattersByInstance.get(i18n);
  if (!formatters) {
    formatters = createFormatters(i18n);
    formattersByInstance.set(i18n, formatters);
  }
  return formatters;
}

/** The formatters of the view's locale (set by `NpsDeskProvider`). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersOf(i18n);
}
