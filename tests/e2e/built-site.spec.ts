/**
 * Checks of the built files themselves (dist/), after `npm run build`:
 * - html-validate with the committed `.htmlvalidate.json` (html-validate:recommended;
 *   the rules turned off or tuned, and why, are in the README): 0 errors on every page;
 * - every element id is clean: NFC, no combining marks (the Turkish `i` + U+0307
 *   heading ids), and heading ids lower case in the page's language;
 * - `dist/_headers` gives every page a Content-Security-Policy header equal to the
 *   page's own `<meta>` policy plus `frame-ancestors 'none'`, sets no header name
 *   twice for one path, fits the hosts' limits, and the server sends exactly it.
 * No browser: these read files (and, for the last one, HTTP headers).
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { cspDirectives, headersForPath, hostLimitProblems, metaCsp, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { DIST, distPages } from './dist-pages.ts';

const pages = distPages();
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

test('dist/ holds the pages these checks walk', () => {
  expect(pages.length).toBeGreaterThanOrEqual(29);
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/ko/', '/tr/tools/script/', '/id/quiz/readiness/']));
});

test('dist/ ships no unit test: a glob over the language packs once bundled pack-id.test.ts (272 KB)', () => {
  const files = readdirSync(DIST, { recursive: true }).map(String);
  expect(files.length).toBeGreaterThan(29);
  expect(files.filter((f) => /\.(?:test|spec)\b/.test(f))).toEqual([]);
});

test.describe('html-validate', () => {
  // Reads .htmlvalidate.json, as the CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const { file, path } of pages) {
    test(`html-validate: ${path}`, async () => {
      const report = await validator.validateFile(join(DIST, file));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});

test('every id is NFC without combining marks; heading ids are lower case in the page\'s language', () => {
  const bad: string[] = [];
  const codes = (id: string) => [...id].map((c) => c.codePointAt(0)?.toString(16)).join(' ');
  for (const { file, path } of pages) {
    const page = html(file);
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(page)?.[1];
    for (const [, id = ''] of page.matchAll(/\sid="([^"]*)"/g)) {
      if (id !== id.normalize('NFC') || /\p{M}|\s/u.test(id)) bad.push(`${path}#${id} (${codes(id)})`);
    }
    for (const [, id = ''] of page.matchAll(/<h[1-6]\b[^>]*\sid="([^"]*)"/g)) {
      if (id !== id.toLocaleLowerCase(lang)) bad.push(`${path}#${id} is not lower case in ${lang}`);
    }
  }
  expect(bad).toEqual([]);
});

test.describe('_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

  test('each page\'s header CSP is its <meta> policy plus frame-ancestors \'none\'', () => {
    for (const { file, path } of pages) {
      const meta = metaCsp(html(file));
      expect(meta, path).toBeDefined();
      const header = headersForPath(rules, path).get('Content-Security-Policy');
      expect(header, path).toBeDefined();
      expect(cspDirectives(header ?? ''), path).toEqual([...cspDirectives(meta ?? ''), "frame-ancestors 'none'"]);
    }
  });

  test('sets the headers for every path, never one name twice for a path, within host limits', () => {
    for (const [name, value] of [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'no-referrer'],
      ['X-Frame-Options', 'DENY'],
    ]) {
      expect(headersForPath(rules, '/any/path/at/all').get(name ?? ''), name).toBe(value);
    }
    for (const { path } of pages) {
      const names = rules.filter((r) => r.path === path || (r.path.endsWith('*') && path.startsWith(r.path.slice(0, -1)))).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
    }
    expect(hostLimitProblems(rules)).toEqual([]);
  });

  test('the server sends each page the header policy of _headers', async ({ request }) => {
    for (const { path } of pages) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toBe(headersForPath(rules, path).get('Content-Security-Policy'));
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });
});
