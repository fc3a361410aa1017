import type express from 'express';
import { DEFAULT_LOCALE, type Locale } from '../loyalty';

/** The locale a language tag asks for, if NPS Desk speaks it: any Simplified Chinese reads zh-CN. */
function localeOfTag(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (['zh', 'zh-cn', 'zh-sg', 'zh-hans'].includes(lower) || lower.startsWith('zh-hans-')) return 'zh-CN';
  return null;
}

/**
 * The request's locale from its Accept-Language header: the caller's most preferred language
 * NPS Desk speaks (Express's negotiator orders the tags by quality), else English.
 */
export function requestLocale(request: express.Request): Locale {
  for (const tag of request.acceptsLanguages()) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * Marks an answer as depending on Accept-Language, so that a shared cache never hands one
 * caller's language to another. Appends to the Vary already set (CORS's `Origin`).
 */
export const varyByLanguage: express.RequestHandler = (_req, res, next) => {
  res.vary('Accept-Language');
  next();
};
