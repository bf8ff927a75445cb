import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { createT } from './templates.ts';
import { resources } from '../../i18n/resources.ts';
import { nameFormatters } from './names.ts';
import { langs } from '../../i18n/locales.ts';

describe('createT()', () => {
  const t = createT({ a: { hi: 'Hello {{name}}', hi_warm: 'Hi {{name}}', only: '{{x, up}}!' } }, 'en', { up: (v) => String(v).toUpperCase() });
  it('picks the tone variant and falls back to the base key', () => {
    expect(t('a.hi', { name: 'A', context: 'warm' })).toBe('Hi A');
    expect(t('a.hi', { name: 'A', context: 'formal' })).toBe('Hello A');
  });
  it('applies formatters and leaves missing values visible', () => {
    expect(t('a.only', { x: 'b' })).toBe('B!');
    expect(t('a.only', {})).toBe('{{x, up}}!');
    expect(t('a.missing')).toBe('a.missing');
  });
  it.each(langs)('gives what i18next gives for every %s template', (lang) => {
    const ours = createT(resources[lang]['script'], lang, nameFormatters());
    const i18n = i18next.createInstance({ lng: lang, resources: { [lang]: { script: resources[lang]['script'] ?? {} } }, ns: ['script'], defaultNS: 'script', initAsync: false, interpolation: { escapeValue: false } });
    void i18n.init();
    for (const [name, fn] of Object.entries(nameFormatters())) i18n.services.formatter?.add(name, fn);
    const theirs = i18n.getFixedT(lang, 'script') as unknown as (key: string, options: Record<string, unknown>) => string;
    const vars = { me: '정유나 Elif', business: 'Studio Ö', greet: 'Pak Budi', you: 'Bapak', letter: 'X', date: '15 Şubat', name: 'Mavi Ajans', list: 'A veya B', listAnd: 'A와 B', refund: '140만 원', refundW: '18.000 TL', done: 'yüzde 60', doneW: '%60', feeW: '45.000 TL', endDate: '31 Ocak', endDateW: '31 Ocak 2027', filesByW: '4 Aralık 2026', refundByW: '4 Aralık 2026', orgSpoken: 'İpek Tekstil' };
    const keys = [...JSON.stringify(resources[lang]['script']).matchAll(/"([\w-]+)":"/g)].length;
    expect(keys).toBeGreaterThan(50);
    const walk = (obj: unknown, prefix: string): string[] =>
      obj && typeof obj === 'object' ? Object.entries(obj).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
    for (const key of walk(resources[lang]['script'], '')) {
      const base = key.replace(/_(formal|warm)$/, '');
      for (const context of ['formal', 'warm']) expect(ours(base, { ...vars, context }), key).toBe(theirs(base, { ...vars, context }));
    }
  });
});
