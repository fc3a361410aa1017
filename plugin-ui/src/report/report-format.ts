// How report figures read, in the viewer's language. The API sends unrounded floats; the page
// rounds NPS and its margins to whole points (a ±12 interval makes decimals false precision)
// for display only.
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { createFormatters } from '../format';
import type { ReportGranularity } from '../gql/graphql';
import { INTL_LOCALE } from '../i18n/locale';

function dateParts(localDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = localDate.split('-').map(Number);
  return { year, month, day };
}

/** Midnight UTC of a local calendar date, formatted in UTC: no time zone arithmetic, it is a date. */
function utcDate(localDate: string): Date {
  const { year, month, day } = dateParts(localDate);
  return new Date(Date.UTC(year, month - 1, day));
}

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Every way the report page writes a figure or a date, for one language. */
export interface ReportFormat {
  /** "+38", "-12", "0"; "—" without responses. */
  nps(nps: number | null): string;
  /** "±12"; "" without responses. */
  margin(margin: number | null): string;
  /** "30%" of a share from 0 to 1. */
  share(share: number): string;
  /** "30%" of `part` in `whole`; "—" when the whole is empty. */
  percentOf(part: number, whole: number): string;
  /** "4.2" */
  average(average: number): string;
  /** "1,234" */
  number(count: number): string;
  /** "2 Mar 2026", "2026年3月2日" of a local calendar date `YYYY-MM-DD`. */
  localDate(localDate: string): string;
  /** The period a bucket starting on `periodStart` covers: "Mar 2026", "Q1 2026", "Week of 2 Mar 2026", "2 Mar 2026". */
  period(periodStart: string, granularity: ReportGranularity): string;
  /** A short axis label: "Mar 26", "Q1 26", "2 Mar". */
  periodShort(periodStart: string, granularity: ReportGranularity): string;
  /** "1 response", "1,234 responses" */
  responses(count: number): string;
  /** "1 answer", "40 answers" */
  answers(count: number): string;
  /** "40 min", "30.5 h", "3.5 d": a duration in the unit a person reads best. */
  hours(hours: number | null): string;
}

/** The report's formats in an i18next instance's language, built on the views' shared formatters. */
export function createReportFormat(i18nInstance: i18n): ReportFormat {
  const { locale: viewLocale, formatNumber } = createFormatters(i18nInstance);
  const t = i18nInstance.getFixedT(viewLocale, 'report');
  const common = i18nInstance.getFixedT(viewLocale, 'common');
  const locale = INTL_LOCALE[viewLocale];
  const npsFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const averageFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
  const monthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  const shortMonthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: '2-digit', month: 'short' });
  const dayMonthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });

  const format: ReportFormat = {
    nps(nps) {
      if (nps === null) return '—';
      // Math.round(-0.4) is -0, which must read as 0 like any other zero.
      return npsFormat.format(Math.round(nps) || 0);
    },
    margin(margin) {
      return margin === null ? '' : `±${formatNumber(Math.round(margin))}`;
    },
    share(share) {
      return percentFormat.format(share);
    },
    percentOf(part, whole) {
      return whole === 0 ? '—' : percentFormat.format(part / whole);
    },
    average(average) {
      return averageFormat.format(average);
    },
    number: formatNumber,
    localDate(localDate) {
      return dateFormat.format(utcDate(localDate));
    },
    period(periodStart, granularity) {
      const { year, month } = dateParts(periodStart);
      switch (granularity) {
        case 'QUARTER':
          return t('format.quarter', { quarter: quarterOf(month), year });
        case 'MONTH':
          return monthFormat.format(utcDate(periodStart));
        case 'WEEK':
          return t('format.weekOf', { date: format.localDate(periodStart) });
        case 'DAY':
          return format.localDate(periodStart);
      }
    },
    periodShort(periodStart, granularity) {
      const { year, month } = dateParts(periodStart);
      switch (granularity) {
        case 'QUARTER':
          return t('format.quarterShort', { quarter: quarterOf(month), year: String(year).slice(-2) });
        case 'MONTH':
          return shortMonthFormat.format(utcDate(periodStart));
        case 'WEEK':
        case 'DAY':
          return dayMonthFormat.format(utcDate(periodStart));
      }
    },
    responses(count) {
      return t('format.responses', { count, number: format.number(count) });
    },
    answers(count) {
      return t('format.answers', { count, number: format.number(count) });
    },
    hours(hours) {
      if (hours === null) return '—';
      // Tenths, unlike the panel's whole units: a median of 1.5 days should not read as 2.
      if (hours < 1) return common('duration.minutes', { count: Math.round(hours * 60) });
      if (hours < 48) return common('duration.hours', { count: Math.round(hours * 10) / 10 });
      return common('duration.days', { count: Math.round((hours / 24) * 10) / 10 });
    },
  };
  return format;
}

/** The report's formats in the language of the view it is rendered in. */
export function useReportFormat(): ReportFormat {
  const { i18n: i18nInstance } = useTranslation();
  return useMemo(() => createReportFormat(i18nInstance), [i18nInstance]);
}
