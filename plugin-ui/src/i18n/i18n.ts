// One i18next instance per mounted view (a page may show two panels in different languages),
// with every translation bundled: it is ready synchronously, so the first render is translated.
import { createInstance, type i18n } from 'i18next';

import enCommon from './locales/en/common.json';
import enPanel from './locales/en/panel.json';
import enReport from './locales/en/report.json';
import enSales from './locales/en/sales.json';
import zhCommon from './locales/zh-CN/common.json';
import zhPanel from './locales/zh-CN/panel.json';
import zhReport from './locales/zh-CN/report.json';
import zhSales from './locales/zh-CN/sales.json';
import type { Locale } from './locale';

/** Namespaces: `common` (formatting words), `panel` (the ticket panel), `sales`, `report`. */
export const RESOURCES = {
  en: { common: enCommon, panel: enPanel, sales: enSales, report: enReport },
  'zh-CN': { common: zhCommon, panel: zhPanel, sales: zhSales, report: zhReport },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // English is the reference: a key missing there does not type-check.
    resources: (typeof RESOURCES)['en'];
  }
}

/** A ready i18next instance for `locale`; a key missing in Chinese falls back to English. */
export function createNpsDeskI18n(locale: Locale): i18n {
  const instance = createInstance();
  // Bundled resources and `initAsync: false`: init has finished when it returns.
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: RESOURCES,
    ns: Object.keys(RESOURCES.en),
    defaultNS: 'common',
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return instance;
}
