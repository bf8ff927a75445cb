import { test, expect, langs, str, allPages, openMenu } from './fixtures.ts';
import { locales } from '../../src/i18n/locales.ts';

for (const lang of langs) {
  test.describe(`${lang}`, () => {
    test('home renders in its language', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(str(lang, 'home.title'));
      await expect(page.getByRole('contentinfo')).toContainText(str(lang, 'footer.privacy'));
      await expect(page).toHaveTitle(str(lang, 'home.title'));
    });

    test('home loads no script file', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(req.url());
      });
      await page.goto(`/${lang}/`);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
    });

    test('language switcher keeps the reader on the same page', async ({ page }) => {
      await page.goto(`/${lang}/search/`);
      for (const other of langs.filter((l) => l !== lang)) {
        await page.goto(`/${lang}/search/`);
        await openMenu(page, lang);
        const nav = page.getByRole('navigation', { name: str(lang, 'langSwitcher.label') });
        await nav.getByRole('link', { name: locales[other].label }).click();
        await expect(page).toHaveURL(`/${other}/search/`);
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      }
    });

    test('theme choice persists across reload and applies before paint', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`/${lang}/`);
      const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await openMenu(page, lang);
      await page.getByLabel(str(lang, 'theme.label')).selectOption('dark');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await openMenu(page, lang);
      await expect(page.getByLabel(str(lang, 'theme.label'))).toHaveValue('dark');
      const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(darkBg).not.toBe(lightBg);
      await page.getByLabel(str(lang, 'theme.label')).selectOption('auto');
      await page.reload();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    });

    test('an unknown URL gets the localized 404 with status 404', async ({ page }) => {
      const response = await page.goto(`/${lang}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(str(lang, 'notFound.title'));
      await page.getByRole('link', { name: str(lang, 'notFound.home') }).click();
      await expect(page).toHaveURL(`/${lang}/`);
    });

    test('search finds this language\'s pages only', async ({ page }) => {
      // A word from this language's home page, searched on this language's index.
      const word = str(lang, 'home.lead').split(/\s+/).find((w) => w.length >= 4)?.replace(/[.,]/g, '') ?? '';
      await page.goto(`/${lang}/search/`);
      await page.getByRole('main').getByLabel(str(lang, 'search.label')).fill(word);
      await page.getByRole('main').getByLabel(str(lang, 'search.label')).press('Enter');
      const results = page.locator('[data-results] li a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(`/${lang}/`)).toBe(true);
      await expect(page).toHaveURL(new RegExp(`\\?q=`));
    });

    test('search says so when nothing matches', async ({ page }) => {
      await page.goto(`/${lang}/search/?q=zzqxqzz`);
      await expect(page.getByRole('status')).toHaveText(str(lang, 'search.noResults').replace('{{query}}', 'zzqxqzz'));
    });
  });
}

test('root chooser lists the three languages and never redirects', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL('/');
  for (const lang of langs) {
    await expect(page.getByRole('link', { name: new RegExp(locales[lang].label) })).toHaveAttribute('href', `/${lang}/`);
  }
});

test('root chooser puts the remembered language first', async ({ page }) => {
  await page.goto('/tr/');
  await page.goto('/');
  const first = page.locator('[data-choice]').first();
  await expect(first).toHaveAttribute('data-choice', 'tr');
  await expect(first).toHaveAttribute('data-state', 'remembered');
  await expect(first.getByText(str('tr', 'chooser.remembered'))).toBeVisible();
});

test.describe('with an Indonesian browser', () => {
  test.use({ locale: 'id-ID' });
  test('a first visit suggests the browser\'s language', async ({ page }) => {
    await page.goto('/');
    const first = page.locator('[data-choice]').first();
    await expect(first).toHaveAttribute('data-choice', 'id');
    await expect(first).toHaveAttribute('data-state', 'suggested');
    await expect(first.getByText(str('id', 'chooser.suggested'))).toBeVisible();
  });
});

test('a miss outside any language gets the trilingual 404', async ({ page }) => {
  const response = await page.goto('/nowhere/');
  expect(response?.status()).toBe(404);
  for (const lang of langs) {
    await expect(page.locator(`section[lang="${lang}"]`)).toContainText(str(lang, 'notFound.title'));
  }
});

test('every page has hreflang alternates for each language and x-default', async ({ page, baseURL }) => {
  // Walks every built page: allow for the site's size.
  test.slow();
  const pages = await allPages(baseURL ?? '');
  expect(pages.length).toBeGreaterThan(langs.length * 2);
  for (const path of pages) {
    await page.goto(path);
    for (const lang of [...langs, 'x-default']) {
      await expect(page.locator(`head link[rel="alternate"][hreflang="${lang}"]`), `${path} → ${lang}`).toHaveCount(1);
    }
    const own = page.locator('html');
    const lang = await own.getAttribute('lang');
    const pageLang = langs.find((l) => path.startsWith(`/${l}/`));
    if (pageLang) {
      expect(lang).toBe(pageLang);
      const href = await page.locator(`head link[rel="alternate"][hreflang="${pageLang}"]`).getAttribute('href');
      expect(new URL(href ?? '').pathname).toBe(path);
      await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', locales[pageLang].ogLocale);
    }
  }
});

test('robots.txt and the sitemap leave out the root chooser and 404s', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(locs).not.toContain('/');
  expect(locs.some((p) => p.includes('404'))).toBe(false);
  for (const lang of langs) expect(locs).toContain(`/${lang}/`);
});

test('every page carries a Content-Security-Policy that keeps requests on this origin', async ({ page, baseURL }) => {
  // Walks every built page: allow for the site's size.
  test.slow();
  for (const path of await allPages(baseURL ?? '')) {
    await page.goto(path);
    const csp = (await page.locator('head meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("connect-src 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
  }
});
