/**
 * Phone first (390 × 844) and desktop: a one-row header whose menu opens,
 * closes with Escape and gives focus back; the language switcher and theme work
 * from it; the home's situation entries lead to the right place; the guides and
 * tools indexes exist; nothing overflows at 200 % zoom; controls are at least
 * 44 × 44 CSS px; axe is clean with the menu open in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, langs, str, openMenu } from './fixtures.ts';
import { locales } from '../../src/i18n/locales.ts';
import { guideSlugs } from '../../src/lib/guidance.ts';
import { liveToolIds, tools } from '../../src/lib/tools.ts';

const phone = { width: 390, height: 844 };
const pageTypes = ['', 'guides/', 'guides/letting-a-client-go/', 'tools/', 'quiz/toxic-client/', 'tools/script/', 'search/', '404/'];

for (const lang of langs) {
  test.describe(lang, () => {
    test('phone: the header is one row; its menu opens, closes with Escape and returns focus', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/guides/letting-a-client-go/`);
      const header = page.locator('header.site-header');
      const box = await header.boundingBox();
      expect(box?.height ?? 999).toBeLessThanOrEqual(64);
      // The inline navigation is for wide screens; on a phone it lives in the menu.
      await expect(page.locator('.nav-wide')).toBeHidden();
      const summary = page.locator('details[data-menu] > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('details[data-menu] .panel');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('link', { name: str(lang, 'nav.guides') })).toBeVisible();
      // Nothing traps focus: Tab walks on through the panel's links.
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('link', { name: str(lang, 'nav.home') })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(summary).toBeFocused();
      // A click outside closes it too.
      await summary.click();
      await expect(panel).toBeVisible();
      await page.mouse.click(phone.width / 2, phone.height - 20);
      await expect(panel).toBeHidden();
    });

    test('phone: the language switcher in the menu keeps the page; the theme applies', async ({ page }) => {
      await page.setViewportSize(phone);
      const other = langs.find((l) => l !== lang) ?? lang;
      await page.goto(`/${lang}/tools/`);
      await openMenu(page, lang);
      await page.getByRole('navigation', { name: str(lang, 'langSwitcher.label') }).getByRole('link', { name: locales[other].label }).click();
      await expect(page).toHaveURL(`/${other}/tools/`);
      await page.goto(`/${lang}/tools/`);
      await openMenu(page, lang);
      await page.getByLabel(str(lang, 'theme.label')).selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });

    test('desktop: the navigation sits inline and marks the current section', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/${lang}/guides/`);
      const nav = page.locator('.nav-wide');
      await expect(nav).toBeVisible();
      await expect(nav.getByRole('link', { name: str(lang, 'nav.guides') })).toHaveAttribute('aria-current', 'page');
      await nav.getByRole('link', { name: str(lang, 'nav.tools') }).click();
      await expect(page).toHaveURL(`/${lang}/tools/`);
    });

    test('the home starts from the situation and each entry leads to the right place', async ({ page }) => {
      await page.setViewportSize(phone);
      const expected: [string, string][] = [
        [str(lang, 'home.situations.unsure.title'), `/${lang}/${tools['toxic-quiz'].path}/`],
        [str(lang, 'home.situations.decided.title'), `/${lang}/${tools.readiness.path}/`],
        [str(lang, 'home.situations.decided.secondary'), `/${lang}/${tools.script.path}/`],
        [str(lang, 'home.situations.prevent.title'), `/${lang}/guides/preventing-toxic-clients/`],
        [str(lang, 'home.situations.record.title'), `/${lang}/${tools['incident-log'].path}/`],
      ];
      for (const [name, url] of expected) {
        await page.goto(`/${lang}/`);
        await page.locator('.situations').getByRole('link', { name }).click();
        await expect(page).toHaveURL(url);
      }
    });

    test('the guides and tools indexes exist and list everything', async ({ page }) => {
      const guides = await page.goto(`/${lang}/guides/`);
      expect(guides?.status()).toBe(200);
      const hrefs = await page.locator('main .card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(guideSlugs.map((s) => `/${lang}/guides/${s}/`).sort());
      await expect(page.getByRole('heading', { level: 2, name: str(lang, 'topics.spotting') })).toBeVisible();
      const toolsPage = await page.goto(`/${lang}/tools/`);
      expect(toolsPage?.status()).toBe(200);
      const toolHrefs = await page.locator('main .card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(toolHrefs.sort()).toEqual(liveToolIds().map((id) => `/${lang}/${tools[id].path}/`).sort());
      for (const id of liveToolIds()) await expect(page.getByText(str(lang, `toolsIndex.when.${id}`))).toBeVisible();
    });

    test('nothing scrolls sideways at 200 % zoom (640 px) on any page type', async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 400 });
      for (const path of pageTypes) {
        await page.goto(`/${lang}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });

    test('controls in the header, the menu and the home are at least 44 × 44 px', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/`);
      await openMenu(page, lang);
      const small = await page.evaluate(() => {
        const targets = document.querySelectorAll<HTMLElement>(
          'header a, header summary, header select, .situations a, .more a',
        );
        return [...targets]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
      expect(small).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe with the menu open on a phone (${scheme})`, async ({ page }) => {
        await page.setViewportSize(phone);
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of ['', 'guides/', 'tools/']) {
          await page.goto(`/${lang}/${path}`);
          await openMenu(page, lang);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
        }
      });
    }
  });
}
