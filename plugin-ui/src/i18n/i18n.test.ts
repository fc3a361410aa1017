import { createNpsDeskI18n, RESOURCES } from './i18n';

/** Every key of a resource tree, plural forms (`_one`, `_other`) counted as their base key. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('translations', () => {
  it.each(Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[])(
    'successful-%s-has-the-same-texts-in-both-languages',
    (namespace) => {
      const english = new Set(keysOf(RESOURCES.en[namespace]));
      const chinese = new Set(keysOf(RESOURCES['zh-CN'][namespace]));
      expect([...chinese].filter((key) => !english.has(key))).toEqual([]);
      expect([...english].filter((key) => !chinese.has(key))).toEqual([]);
    },
  );

  it('successful-an-instance-is-ready-at-once-in-its-language', () => {
    const chinese = createNpsDeskI18n('zh-CN');
    expect(chinese.isInitialized).toBe(true);
    expect(chinese.t('panel:category.DETRACTOR')).toBe('贬损者');
    expect(createNpsDeskI18n('en').t('panel:category.DETRACTOR')).toBe('Detractor');
  });
});
