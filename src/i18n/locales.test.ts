import { describe, expect, it } from 'vitest';
import { formatDate, isLang, langs, locales, sourceLang } from './locales.ts';

describe('the locale registry', () => {
  it('lists ko, tr and id in that order', () => expect(langs).toEqual(['ko', 'tr', 'id']));

  it('gives every language a valid BCP-47 tag, currency and direction', () => {
    for (const lang of langs) {
      const info = locales[lang];
      expect(Intl.getCanonicalLocales(info.tag)[0]).toBe(info.tag);
      expect(info.tag.startsWith(lang)).toBe(true);
      expect(() => new Intl.NumberFormat(info.tag, { style: 'currency', currency: info.currency })).not.toThrow();
      expect(info.dir).toBe('ltr');
      expect(info.ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
  });

  it('has the reference language among the languages', () => expect(langs).toContain(sourceLang));

  it('recognises its languages only', () => {
    expect(isLang('tr')).toBe(true);
    expect(isLang('en')).toBe(false);
    expect(isLang('constructor')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('formats dates the way each language writes them', () => {
    const date = new Date(Date.UTC(2026, 10, 22));
    expect(formatDate(date, 'ko')).toBe('2026년 11월 22일');
    expect(formatDate(date, 'tr')).toBe('22 Kasım 2026');
    expect(formatDate(date, 'id')).toBe('22 November 2026');
  });
});
