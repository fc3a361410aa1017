/** The languages NPS Desk writes its default texts in: the default playbook's titles and scripts. */
export const LOCALES = Object.freeze(['en', 'zh-CN'] as const);
export type Locale = (typeof LOCALES)[number];

/** For callers that state no language, such as alerts and WebSocket subscriptions. */
export const DEFAULT_LOCALE: Locale = 'en';
