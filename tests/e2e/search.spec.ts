/**
 * Search, in a real browser against the built index: the query table (the right
 * page and section first), the header panel by keyboard in every language, no
 * search request on a guide until search is opened, and the search page with and
 * without JavaScript.
 */
import { test, expect, langs, str } from './fixtures.ts';
import { queryTable } from './search-queries.ts';

for (const lang of langs) {
  test.describe(lang, () => {
    test(`the query table: each query's page and section come first (${queryTable[lang].length} queries)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/${lang}/search/`);
      const input = page.getByRole('main').getByLabel(str(lang, 'search.label'));
      await input.focus();
      const failures: string[] = [];
      for (const { query, first, kind } of queryTable[lang]) {
        await input.fill(query);
        await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}$`));
        const list = page.getByRole('main').locator('[data-results]');
        await expect(list).toHaveAttribute('data-query', query);
        const hit = list.locator('a').first();
        const href = (await hit.count()) ? new URL((await hit.getAttribute('href')) ?? '', 'http://x').href.replace('http://x', '') : '(nothing)';
        if (process.env['SEARCH_DUMP']) console.log(`${lang} ${query} → ${href}`);
        if (href !== `/${lang}/${first}`) failures.push(`${kind} “${query}”: expected /${lang}/${first}, got ${href}`);
      }
      expect(failures).toEqual([]);
    });
  });
}
