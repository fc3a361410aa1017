// How report figures read. The API sends unrounded floats; the page rounds NPS and its
// margins to whole points (a ±12 interval makes decimals false precision) for display only.
import type { ReportGranularity } from '../gql/graphql';

const npsFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const averageFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en');

/** "+38", "-12", "0"; "—" without responses. */
export function formatNps(nps: number | null): string {
  if (nps === null) return '—';
  // Math.round(-0.4) is -0, which must read as 0 like any other zero.
  const rounded = Math.round(nps) || 0;
  return npsFormat.format(rounded);
}

/** "±12"; "" without responses. */
export function formatMargin(margin: number | null): string {
  if (margin === null) return '';
  return `±${Math.round(margin)}`;
}

/** "30%" of a share from 0 to 1. */
export function formatShare(share: number): string {
  return percentFormat.format(share);
}

/** "30%" of `part` in `whole`; "—" when the whole is empty. */
export function formatPercentOf(part: number, whole: number): string {
  return whole === 0 ? '—' : percentFormat.format(part / whole);
}

/** "4.2" */
export function formatAverage(average: number): string {
  return averageFormat.format(average);
}

/** "1,234" */
export function formatNumber(count: number): string {
  return countFormat.format(count);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateParts(localDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = localDate.split('-').map(Number);
  return { year, month, day };
}

/** "2 Mar 2026" of a local calendar date `YYYY-MM-DD` (no time zone arithmetic: it is a date). */
export function formatLocalDate(localDate: string): string {
  const { year, month, day } = dateParts(localDate);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The period a bucket starting on `periodStart` covers: "Mar 2026", "Q1 2026", "Week of 2 Mar 2026", "2 Mar 2026". */
export function formatPeriod(periodStart: string, granularity: ReportGranularity): string {
  const { year, month } = dateParts(periodStart);
  switch (granularity) {
    case 'QUARTER':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'MONTH':
      return `${MONTHS[month - 1]} ${year}`;
    case 'WEEK':
      return `Week of ${formatLocalDate(periodStart)}`;
    case 'DAY':
      return formatLocalDate(periodStart);
  }
}

/** A short axis label: "Mar 26", "Q1 26", "2 Mar". */
export function formatPeriodShort(periodStart: string, granularity: ReportGranularity): string {
  const { year, month, day } = dateParts(periodStart);
  const shortYear = String(year).slice(-2);
  switch (granularity) {
    case 'QUARTER':
      return `Q${Math.floor((month - 1) / 3) + 1} ${shortYear}`;
    case 'MONTH':
      return `${MONTHS[month - 1]} ${shortYear}`;
    case 'WEEK':
    case 'DAY':
      return `${day} ${MONTHS[month - 1]}`;
  }
}

/** "1 response", "40 responses" */
export function formatResponses(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'response' : 'responses'}`;
}
