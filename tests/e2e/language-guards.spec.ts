/**
 * Language guards over the built pages (dist/, after `npm run build`): the
 * forms a native editor rejected (content/terminology/{lang}.yaml, `banned`)
 * must not come back, and every preferred term must still be in use. Reads
 * files only; no browser. The logic and its deliberately broken fixture are
 * unit-tested in src/lib/terminology.test.ts; the fixture is checked here too,
 * so this spec is seen to fail on a bad page.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langs } from '../../src/i18n/locales.ts';
import { bannedFormViolations, parseTerminology, readerText, unusedTerms, type Page } from '../../src/lib/terminology.ts';

const dist = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A built file as the path a reader would visit: dist/ko/guides/x/index.html → /ko/guides/x/. */
const urlPath = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;

function builtPages(lang: string): Page[] {
  return htmlFiles(join(dist, lang)).map((file) => ({ path: urlPath(file), text: readerText(readFileSync(file, 'utf8')) }));
}

for (const lang of langs) {
  test.describe(`${lang} terminology`, () => {
    const terminology = parseTerminology(readFileSync(`content/terminology/${lang}.yaml`, 'utf8'));
    const pages = builtPages(lang);

    test('the built pages are there to check', () => {
      expect(pages.length).toBeGreaterThanOrEqual(8);
      expect(pages.map((p) => p.path)).toContain(`/${lang}/`);
    });

    test('no banned form on any page', () => {
      expect(bannedFormViolations(lang, pages, terminology)).toEqual([]);
    });

    test('every preferred term is in use', () => {
      expect(unusedTerms(lang, pages, terminology)).toEqual([]);
    });
  });
}

test('the guard fails on the deliberately broken page', () => {
  const ko = parseTerminology(readFileSync('content/terminology/ko.yaml', 'utf8'));
  const broken = [{ path: '/ko/broken/', text: readerText(readFileSync('tests/fixtures/terminology/broken-page.html', 'utf8')) }];
  const messages = bannedFormViolations('ko', broken, ko);
  expect(messages.length).toBeGreaterThanOrEqual(4);
  expect(messages.join('\n')).toContain('“두통거리” found 1× (allowed 0); write “골칫거리” instead. Pages: /ko/broken/ (1×)');
});
