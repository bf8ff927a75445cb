/**
 * Output in reach on the generator: on a phone a sticky jump shows that typing
 * changed something and takes the reader to the outputs; on a wide screen the
 * outputs sit beside the form and stay in view while the form scrolls.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, langs, titleParam } from './fixtures.ts';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const inFirstScreen = async (box: { y: number; height: number } | null, height: number) =>
  expect(box !== null && box.y < height && box.y + box.height > 0).toBe(true);

for (const lang of langs) {
  test.describe(lang, () => {
    test('phone: after the first field the jump is in the first screen and leads to the outputs', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/tools/script/`);
      const jump = page.locator('[data-output-jump]');
      await page.locator('#field-client').fill('A');
      await expect(jump).toBeVisible();
      await inFirstScreen(await jump.boundingBox(), phone.height);
      const box = await jump.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
      await jump.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#outputs-title')).toBeFocused();
      // Retried: the site may scroll smoothly (scroll-behavior) for readers who allow motion.
      await expect(page.locator('#outputs-title')).toBeInViewport();
      // With the outputs in view the jump steps aside.
      await expect(jump).toBeHidden();
    });

    test('phone: a complete form says how many texts are ready, announced once through one live region', async ({ page }) => {
      await page.setViewportSize(phone);
      // An Indonesian text needs Bapak or Ibu for a person.
      await page.goto(`/${lang}/tools/script/?client=A&you=B&reasons=time&endDate=2099-12-31${titleParam(lang)}`);
      await page.locator('#field-client').fill('Client');
      const jump = page.locator('[data-output-jump]');
      await expect(jump).toContainText(/\d/);
      await expect(page.locator('[data-jump-live]')).toContainText(/\d/, { timeout: 5000 });
      await expect(page.locator('[data-jump-live][role="status"]')).toHaveCount(1);
    });

    test('phone: while the error summary is shown the jump steps aside, and comes back with the next change', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/tools/script/`);
      const jump = page.locator('[data-output-jump]');
      await page.locator('#field-client').fill('A');
      await expect(jump).toBeVisible();
      await page.locator('[data-form] button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(jump).toBeHidden();
      await page.locator('#field-client').fill('AB');
      await expect(jump).toBeVisible();
    });

    test('desktop: the outputs sit beside the form and stay in view while the form scrolls', async ({ page }) => {
      await page.setViewportSize(desktop);
      await page.goto(`/${lang}/tools/script/`);
      const form = await page.locator('[data-form]').boundingBox();
      const outputs = page.locator('[data-outputs]');
      const out = await outputs.boundingBox();
      expect(out!.x).toBeGreaterThanOrEqual(form!.x + form!.width - 1);
      expect(out!.y).toBeLessThan(form!.y + 400);
      await page.locator('#field-notice').scrollIntoViewIfNeeded();
      await expect(outputs).toBeInViewport();
      await expect(page.locator('[data-output-jump]')).toBeHidden();
    });

    for (const theme of ['light', 'dark']) {
      test(`axe clean with the jump shown (${theme})`, async ({ page }) => {
        await page.setViewportSize(phone);
        await page.goto(`/${lang}/tools/script/`);
        await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
        await page.locator('#field-client').fill('A');
        await expect(page.locator('[data-output-jump]')).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations).toEqual([]);
      });
    }
  });
}
