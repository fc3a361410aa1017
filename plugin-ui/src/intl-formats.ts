// The Intl formatters the panel writes dates, times and numbers with (format.ts), on their own:
// nps-desk-preload.js makes them once ahead of the panel, without React or i18next.
import { INTL_LOCALE, type Locale } from './i18n/locale';

export function createIntlFormats(locale: Locale) {
  const intlLocale = INTL_LOCALE[locale];
  return {
    dateFormat: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium' }),
    dateTimeFormat: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' }),
    relativeTimeFormat: new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' }),
    numberFormat: new Intl.NumberFormat(intlLocale),
  };
}
