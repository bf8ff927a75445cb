/**
 * Search, in a real browser against the built index: the query table (the right
 * page and section first), the header panel by keyboard in every language, no
 * search request on a guide until search is opened, and the search page with and
 * without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
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

const SEARCH_FILES = /\/pagefind\/|\/_astro\/search\./;

for (const lang of langs) {
  test.describe(`${lang} header search`, () => {
    test('keyboard only: open with the button, type, ArrowDown, Enter lands on the section; Escape returns focus', async ({ page }) => {
      const searchRequests: string[] = [];
      page.on('request', (req) => {
        if (SEARCH_FILES.test(req.url())) searchRequests.push(req.url());
      });
      await page.goto(`/${lang}/guides/spotting-a-toxic-client/`);
      await page.waitForLoadState('networkidle');
      // A guide page asks for nothing of search until the reader opens it.
      expect(searchRequests).toEqual([]);
      const opener = page.locator('header a[data-search-open]');
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: str(lang, 'search.title') });
      await expect(dialog).toBeVisible();
      const input = dialog.getByLabel(str(lang, 'search.label'));
      await expect(input).toBeFocused();
      await expect.poll(() => searchRequests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
      const { query, first } = queryTable[lang][0]!;
      await page.keyboard.type(query, { delay: 40 });
      await expect(dialog.locator('[data-results]')).toHaveAttribute('data-query', query);
      const hit = dialog.locator('[data-results] a').first();
      await expect(hit.locator('mark').first()).toBeVisible();
      await expect(hit.locator('.search-hit-section')).not.toBeEmpty();
      await page.keyboard.press('ArrowDown');
      await expect(hit).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(dialog.locator('[data-results] a').nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(hit).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${lang}/${first}`);
      const anchor = first.split('#')[1] ?? '';
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
      // Escape closes the panel and gives focus back to the header's search button.
      await page.keyboard.press('Control+k');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    });

    test('Ctrl+K opens the panel anywhere; nothing found shows help and links to the guides and tools', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: str(lang, 'search.title') });
      await expect(dialog.getByLabel(str(lang, 'search.label'))).toBeFocused();
      await page.keyboard.type('zzqxqzz');
      await expect(dialog.getByRole('status')).toHaveText(str(lang, 'search.noResults').replace('{{query}}', 'zzqxqzz'));
      await expect(dialog.getByText(str(lang, 'search.hint'))).toBeVisible();
      await expect(dialog.getByRole('link', { name: str(lang, 'search.browseGuides') })).toHaveAttribute('href', `/${lang}/guides/`);
      await expect(dialog.getByRole('link', { name: str(lang, 'search.browseTools') })).toHaveAttribute('href', `/${lang}/tools/`);
    });

    test('axe is clean with the panel open and showing results', async ({ page }) => {
      await page.goto(`/${lang}/guides/`);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: str(lang, 'search.title') });
      await expect(dialog.getByLabel(str(lang, 'search.label'))).toBeFocused();
      await page.keyboard.type(queryTable[lang][0]!.query);
      await expect(dialog.locator('[data-results] a').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('a failed load says so and offers the search page', async ({ page, guard }) => {
      await page.route('**/pagefind/pagefind.js', (route) => route.abort());
      await page.goto(`/${lang}/guides/`);
      await page.locator('header a[data-search-open]').click();
      const dialog = page.getByRole('dialog', { name: str(lang, 'search.title') });
      await expect(dialog.getByLabel(str(lang, 'search.label'))).toBeFocused();
      await page.keyboard.type('abc');
      await expect(dialog.getByRole('status')).toHaveText(str(lang, 'search.loadFailed'));
      await expect(dialog.getByRole('link', { name: str(lang, 'search.openPage') })).toHaveAttribute('href', `/${lang}/search/?q=abc`);
      // The aborted request is the point of this test; its console messages are expected, nothing else.
      expect(guard.errors.every((e) => /pagefind|Failed to fetch|ERR_FAILED|dynamically imported/i.test(e)), guard.errors.join('\n')).toBe(true);
      guard.errors.length = 0;
    });

    test('the search page runs ?q= on load, follows the typing and keeps the address in step', async ({ page }) => {
      const { query, first } = queryTable[lang][1]!;
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const list = page.getByRole('main').locator('[data-results]');
      await expect(list).toHaveAttribute('data-query', query);
      await expect(list.locator('a').first()).toHaveAttribute('href', `/${lang}/${first}`);
      const input = page.getByRole('main').getByLabel(str(lang, 'search.label'));
      await expect(input).toHaveValue(query);
      await input.fill('');
      await input.pressSequentially(queryTable[lang][2]!.query, { delay: 30 });
      await expect(page).toHaveURL(`/${lang}/search/?q=${encodeURIComponent(queryTable[lang][2]!.query).replace(/%20/g, '+')}`);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of langs) {
    test(`${lang}: the header link leads to the search page, whose form is a plain GET`, async ({ page }) => {
      await page.goto(`/${lang}/guides/`);
      await page.locator('header a[data-search-open]').click();
      await expect(page).toHaveURL(`/${lang}/search/`);
      const input = page.getByRole('main').getByLabel(str(lang, 'search.label'));
      await input.fill('환불 iade');
      await input.press('Enter');
      await expect(page).toHaveURL(`/${lang}/search/?q=${encodeURIComponent('환불 iade').replace(/%20/g, '+')}`);
      await expect(page.getByText(str(lang, 'search.needsJs'))).toBeVisible();
    });
  }
});
