/**
 * No JavaScript, no leak. Without the script (JavaScript off, or the module
 * failing to load) the generator's fields are locked, a note says the texts
 * need JavaScript, and nothing typed can reach a URL or a request: the form
 * has `method="dialog"`, which never submits outside a dialog. The quizzes stay
 * a readable, tickable form, and Enter puts no answer into a URL either.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, langs, str, type Lang } from './fixtures.ts';

const g = (lang: Lang, key: string) => str(lang, key, 'generator');
const NAME = 'Zzsecretname';

async function openPage(browser: Browser, path: string, options: BrowserContextOptions, setup?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await setup?.(page);
  await page.goto(path);
  // From here on, record every request: none may carry what the reader typed.
  const requests: string[] = [];
  page.on('request', (req) => requests.push(`${req.method()} ${req.url()} ${req.postData() ?? ''}`));
  return { context, page, requests };
}

/** Give a submission time to happen, then check it did not. */
async function expectNothingSent(page: Page, requests: string[], path: string, secret: string): Promise<void> {
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe(path);
  expect(new URL(page.url()).search).toBe('');
  expect(requests.filter((r) => r.includes(secret) || r.includes('?'))).toEqual([]);
}

for (const lang of langs) {
  const generator = `/${lang}/tools/script/`;

  test.describe(`${lang}: generator without its script`, () => {
    test('JavaScript off: the form is locked, says why, and Enter sends nothing', async ({ browser }) => {
      const { context, page, requests } = await openPage(browser, generator, { javaScriptEnabled: false });
      await expect(page.getByText(g(lang, 'needsScript'))).toBeVisible();
      const client = page.getByLabel(g(lang, 'fields.client.label'));
      await expect(client).toBeDisabled();
      await client.click({ force: true });
      await page.keyboard.type(NAME);
      await page.keyboard.press('Enter');
      await expect(client).toHaveValue('');
      await expectNothingSent(page, requests, generator, NAME);

      // Even with the lock taken off (a browser that ignores `disabled`, a reader's dev tools),
      // Enter in a typed-in field submits nowhere.
      await page.locator('[data-form-gate]').evaluate((gate) => gate.removeAttribute('disabled'));
      await client.fill(NAME);
      await page.getByLabel(g(lang, 'fields.you.label')).fill(NAME);
      await client.press('Enter');
      await expectNothingSent(page, requests, generator, NAME);
      await context.close();
    });

    test('the module failing to load leaves the form locked with the note', async ({ browser }) => {
      const { context, page } = await openPage(browser, generator, {}, (p) => p.route('**/_astro/*.js', (route) => route.abort()));
      await expect(page.getByText(g(lang, 'needsScript'))).toBeVisible();
      await expect(page.getByLabel(g(lang, 'fields.client.label'))).toBeDisabled();
      await expect(page.getByRole('button', { name: g(lang, 'submit') })).toBeDisabled();
      await context.close();
    });

    test('with the script running the form is open and the note gone', async ({ page }) => {
      await page.goto(generator);
      await expect(page.getByLabel(g(lang, 'fields.client.label'))).toBeEnabled();
      await expect(page.getByText(g(lang, 'needsScript'))).toBeHidden();
    });
  });

  for (const quiz of ['toxic-client', 'readiness']) {
    const path = `/${lang}/quiz/${quiz}/`;
    test(`${lang}: ${quiz} quiz without JavaScript: answers can be ticked, Enter sends none of them`, async ({ browser }) => {
      const { context, page, requests } = await openPage(browser, path, { javaScriptEnabled: false });
      const radio = page.getByRole('radio').first();
      await radio.check();
      await radio.press('Enter');
      await expect(radio).toBeChecked();
      const answer = (await radio.getAttribute('value')) ?? '';
      await expectNothingSent(page, requests, path, `=${answer}`);
      // The hidden submit button, shown by dev tools, submits nowhere either.
      await page.locator('[data-next]').evaluate((button) => (button as HTMLButtonElement).click());
      await expectNothingSent(page, requests, path, `=${answer}`);
      await context.close();
    });
  }
}
