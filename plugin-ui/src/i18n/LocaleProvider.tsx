import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import { createNpsDeskI18n } from './i18n';
import { pageLocale, resolveLocale, type Locale } from './locale';

export interface LocaleProviderProps {
  /** A BCP 47 tag (`zh-CN`, `en-US`, …); without one, the page's language. */
  locale?: string | undefined;
  children: ReactNode;
}

/** Gives the views below it their own i18next instance in the resolved locale. */
export function LocaleProvider({ locale, children }: LocaleProviderProps) {
  const resolved = resolveLocale(locale || pageLocale());
  const i18n = useMemo(() => createNpsDeskI18n(resolved), [resolved]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** The locale the view renders in, e.g. for its root's `lang` attribute. */
export function useLocale(): Locale {
  return resolveLocale(useTranslation().i18n.language);
}
