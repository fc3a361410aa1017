// The languages the panel, the sales view and the report speak, and how a host's language tag
// picks one of them.

export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Traditional Chinese regions: their readers are not served Simplified Chinese unasked. */
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The supported locale for a BCP 47 tag, whatever its case or separator (`zh-CN`, Zendesk's
 * `zh-cn`, `zh_CN`, `zh-Hans-CN`, `zh-SG`, `zh`): Simplified Chinese tags give `zh-CN`;
 * anything else, a missing or garbled tag included, gives English.
 */
export function resolveLocale(requested: string | null | undefined): Locale {
  const [language, ...subtags] = (requested ?? '').trim().toLowerCase().split(/[-_]/);
  if (language !== 'zh') return 'en';
  const script = subtags.find((subtag) => subtag.length === 4);
  if (script) return script === 'hans' ? 'zh-CN' : 'en';
  const region = subtags.find((subtag) => subtag.length === 2);
  return region && TRADITIONAL_CHINESE_REGIONS.has(region) ? 'en' : 'zh-CN';
}

/** The language of a plain page: its `<html lang>`, else the browser's. */
export function pageLocale(): string | undefined {
  return globalThis.document?.documentElement.lang || globalThis.navigator?.language;
}

/** The language a view speaks: the one the host asked for, else the page's. */
export function viewLocale(locale: string | undefined): Locale {
  return resolveLocale(locale || pageLocale());
}

/** The `Intl` locale each locale formats with: English keeps day-month order, which no reader misreads. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

/**
 * The language of the prose the API writes (survey blocker messages, error messages, sales
 * reasons): shown as is in this locale; other locales show the client's own text for its code.
 */
export const API_PROSE_LOCALE: Locale = 'en';
