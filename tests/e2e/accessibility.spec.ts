/**
 * axe (WCAG 2.0–2.2, A and AA) on every built page, in light and dark.
 * One test per page and scheme, so a failure names the page. The list comes
 * from the built sitemap, so every new page is swept without editing this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, langs, titleParam } from './fixtures.ts';

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

// The tools' states that only exist after interaction: a quiz result, a quiz
// error, the generator's filled outputs and its error summary.
const axe = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of langs) {
    test(`axe: quiz error and result states, ${lang} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await page.locator('[data-next]').click();
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      const steps = await page.locator('fieldset[data-step]').count();
      for (let i = 0; i < steps; i++) {
        await page.locator('fieldset[data-current] input').nth(i % 3).check();
        await page.locator('[data-next]').click();
      }
      expect(await axe(page)).toEqual([]);
      await page.locator('[data-see-result]').click();
      await expect(page.locator('[data-result]')).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });

    test(`axe: generator error and filled states, ${lang} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${lang}/tools/script/`);
      await page.locator('main button[type="submit"]').click();
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      // An Indonesian text for a person needs Bapak or Ibu (the id page writes Indonesian by default).
      await page.goto(`/${lang}/tools/script/?client=Ali&you=Sari&reasons=time&contract=end-now&fee=1000&completed=50${titleParam(lang)}`);
      await expect(page.locator('#call-script [data-output-text] p').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
}
