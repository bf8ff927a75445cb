/**
 * Every internal link on every built page resolves, and keeps the reader in
 * their language (only the language switcher, marked with hreflang, leaves it).
 */
import { test, expect, allPages, langs } from './fixtures.ts';

test('internal links resolve and stay in the page\'s language', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const checked = new Map<string, number>();
  for (const path of await allPages(baseURL ?? '')) {
    await page.goto(path);
    const links = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', hreflang: a.getAttribute('hreflang') })),
    );
    const pageLang = langs.find((l) => path.startsWith(`/${l}/`));
    for (const { href, hreflang } of links) {
      if (/^(https?:|mailto:|tel:)/.test(href)) throw new Error(`${path} links off-site: ${href}`);
      if (href.startsWith('#')) {
        await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), `${path} ${href}`).toHaveCount(1);
        continue;
      }
      const target = new URL(href, `http://x${path}`).pathname;
      if (pageLang && !hreflang) expect(target.startsWith(`/${pageLang}/`), `${path} → ${href}`).toBe(true);
      if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
      expect(checked.get(target), `${path} → ${href}`).toBe(200);
    }
  }
});
