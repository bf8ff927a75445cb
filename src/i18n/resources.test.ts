import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resources, namespaces } from './resources.ts';
import { langs, sourceLang } from './locales.ts';
import { checkParity, formatIssues } from '../lib/i18n-parity.ts';
import { useT } from './index.ts';

describe('the site\'s string files', () => {
  it('exist for every language and namespace on disk', () => {
    for (const lang of langs) {
      const files = readdirSync(new URL(`./locales/${lang}/`, import.meta.url)).filter((f) => f.endsWith('.json')).sort();
      expect(files, lang).toEqual(namespaces.map((ns) => `${ns}.json`));
    }
  });

  it('have the same keys and placeholders in every language (plural-aware)', () => {
    const issues = checkParity(resources, sourceLang);
    expect(issues, formatIssues(issues)).toEqual([]);
  });

  it('resolve through i18next with the right plural form', () => {
    expect(useT('tr')('search.results', { count: 1 })).toBe('1 sonuç');
    expect(useT('ko')('search.results', { count: 3 })).toBe('검색 결과 3건');
    expect(useT('id')('search.results', { count: 2 })).toBe('2 hasil');
  });
});
