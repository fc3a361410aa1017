import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    'zh',
    'zh-CN',
    'zh-cn',
    'ZH-CN',
    'zh_CN',
    'zh-Hans',
    'zh-hans',
    'zh-Hans-CN',
    'zh-SG',
    'zh-Hans-SG',
    ' zh-CN ',
  ])('successful-simplified-chinese-tag-%p-gives-zh-CN', (tag) => {
    expect(resolveLocale(tag)).toBe('zh-CN');
  });

  it.each([
    'en',
    'en-US',
    'en-GB',
    'fr',
    'de-DE',
    'zh-TW',
    'zh-HK',
    'zh-Hant',
    'zh-Hant-TW',
    'zhx',
    'zho',
    '',
    '   ',
    '*',
    '-',
    'not a tag',
  ])('successful-other-tag-%p-gives-english', (tag) => {
    expect(resolveLocale(tag)).toBe('en');
  });

  it('successful-missing-tag-gives-english', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(null)).toBe('en');
  });
});
