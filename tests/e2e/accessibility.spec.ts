/**
 * axe (WCAG 2.0–2.2, A and AA) on every built page, in light and dark.
 * One test per page and scheme, so a failure names the page. The list comes
 * from the built sitemap, so every new page is swept without editing this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, langs } from './fixtures.ts';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
const extra = ['/', '/404.html', ...langs.map((l) => `/${l}/404/`)];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of [...extra, ...pages]) {
    test(`axe: ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
    });
  }
}
