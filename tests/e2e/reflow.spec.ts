/**
 * WCAG 1.4.10 reflow: at 320 CSS px wide nothing scrolls sideways, on every
 * built page (read from dist/, so a new page is covered without editing this
 * file), and in the states that only exist after interaction: the generator
 * with every output filled from long input, and a quiz result.
 */
import type { Page } from '@playwright/test';
import { test, expect, langs, requiredTitle } from './fixtures.ts';
import { distPages } from './dist-pages.ts';

const WIDTH = 320;
test.use({ viewport: { width: WIDTH, height: 640 } });

/** The page's scroll width, and the elements that stick out past the right edge (for the message). */
async function overflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate((width) => {
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} → ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  }, WIDTH);
}

async function expectNoSideScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, culprits } = await overflow(page);
  expect(scrollWidth, `${what} is ${scrollWidth}px wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(WIDTH);
}

for (const { path } of distPages()) {
  test(`no sideways scroll at ${WIDTH}px: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSideScroll(page, path);
  });
}

// Long unbroken input: an 80-character name, a long URL in the facts, long referral contacts.
const long = 'Pemilik'.repeat(11).slice(0, 80);
const longUrl = `https://example.org/${'a-very-long-path-segment/'.repeat(8)}?q=${'x'.repeat(60)}`;

for (const lang of langs) {
  test(`no sideways scroll at ${WIDTH}px: ${lang} generator with every output filled`, async ({ page }) => {
    const query = new URLSearchParams({ client: long, you: long, business: long, facts: `${longUrl} ${long}`, contract: 'end-now', fee: '12500000', completed: '40', endDate: '2026-12-31' });
    // An Indonesian text for a person needs Bapak or Ibu (the id page writes Indonesian by default).
    const title = requiredTitle[lang];
    if (title) query.set('title', title);
    query.append('reasons', 'time');
    query.append('reasons', 'aggression');
    query.append('referrals', long);
    query.append('referralContacts', `${long}@example.org`);
    await page.goto(`/${lang}/tools/script/?${query}`);
    await page.locator('main button[type="submit"]').click();
    await expect(page.locator('#call-script [data-output-text] p').first()).toBeVisible();
    await expectNoSideScroll(page, `${lang} generator, filled`);
  });

  test(`no sideways scroll at ${WIDTH}px: ${lang} quiz summary and result`, async ({ page }) => {
    await page.goto(`/${lang}/quiz/toxic-client/`);
    const steps = await page.locator('fieldset[data-step]').count();
    for (let i = 0; i < steps; i++) {
      await page.locator('fieldset[data-current] input').nth(i % 3).check();
      await page.locator('[data-next]').click();
    }
    await expect(page.locator('[data-summary]')).toBeVisible();
    await expectNoSideScroll(page, `${lang} quiz summary`);
    await page.locator('[data-see-result]').click();
    await expect(page.locator('[data-result]')).toBeVisible();
    await expectNoSideScroll(page, `${lang} quiz result`);
  });
}
