/**
 * The shared interface patterns the native reviews found wrong, checked in a
 * real browser in every language: the quiz counter, the accessible names of
 * "change" links, the privacy note said once near the start of a tool (and in
 * the footer), deduplicated "read more" links, currency names in the fee hint
 * and the source lines of the guides.
 */
import { test, expect, langs, str, type Lang } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../../src/lib/quiz/schema.ts';

const toxic: Quiz = quizSchema.parse(parse(readFileSync('content/quizzes/toxic-client.yaml', 'utf8')));
const q = (lang: Lang, key: string) => str(lang, key, 'quiz');
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
const total = toxic.questions.length;

/** The word each language uses for "browser": the privacy note's signature. */
const browserWord: Record<Lang, string> = { ko: '브라우저', tr: 'tarayıcı', id: 'peramban' };

const occurrences = (text: string, word: string) => text.toLocaleLowerCase().split(word).length - 1;

async function freshVisit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.goto(path);
}

test.describe.configure({ timeout: 60_000 });

test('ko counter reads 질문 1/16, never 1번째', async ({ page }) => {
  await freshVisit(page, '/ko/quiz/toxic-client/');
  const counter = page.locator('fieldset[data-current] [data-step-count]');
  await expect(counter).toHaveText(`질문 1/${total}`);
  await expect(page.locator('fieldset[data-current]')).toHaveAccessibleName(new RegExp(`^질문 ${total}개 중 1번`));
  expect(await page.locator('main').innerText()).not.toContain('번째');
});

for (const lang of langs) {
  test.describe(lang, () => {
    test('quiz counter: a whole sentence per language, seen and heard', async ({ page }) => {
      await freshVisit(page, `/${lang}/quiz/toxic-client/`);
      const current = page.locator('fieldset[data-current]');
      const seen = (p: Page) => p.locator('fieldset[data-current] [data-step-count]');
      const seen1 = fill(q(lang, 'ui.progress'), { current: 1, total });
      await expect(seen(page)).toHaveText(seen1);
      await expect(seen(page)).toBeVisible();
      // Screen readers hear the spoken form (a "1/16" would be read as a fraction), once: the visible
      // counter is hidden from them, and the words open the question's heading, which takes focus.
      await expect(seen(page)).toHaveAttribute('aria-hidden', 'true');
      const spoken1 = fill(q(lang, 'ui.progressSpoken'), { current: 1, total });
      const legend1 = q(lang, `toxic-client.questions.${toxic.questions[0]!.id}.legend`);
      const heading = current.getByRole('heading', { level: 2 });
      await expect(heading).toHaveAccessibleName(`${spoken1}. ${legend1}`);
      await expect(current).toHaveAccessibleName(`${spoken1}. ${legend1}`);
      // What the accessibility tree holds for the question: the spoken count once (in the group's
      // name and in its heading, which the name is made of), never the visible "1/16" form.
      const tree = await current.ariaSnapshot();
      if (seen1 !== spoken1) expect(tree).not.toContain(seen1);
      expect(occurrences(tree, spoken1.toLocaleLowerCase())).toBe(2);
      await current.locator('input').first().check();
      await page.getByRole('button', { name: q(lang, 'ui.next'), exact: true }).click();
      await expect(seen(page)).toHaveText(fill(q(lang, 'ui.progress'), { current: 2, total }));
      // The next question's heading takes focus, and its name starts with the new count.
      const spoken2 = fill(q(lang, 'ui.progressSpoken'), { current: 2, total });
      const focused = page.locator('fieldset[data-current] h2');
      await expect(focused).toBeFocused();
      await expect(focused).toHaveAccessibleName(`${spoken2}. ${q(lang, `toxic-client.questions.${toxic.questions[1]!.id}.legend`)}`);
    });

    test('change links: one sentence per language naming the question, containing the visible word', async ({ page }) => {
      await freshVisit(page, `/${lang}/quiz/readiness/`);
      const readinessQuestions = await page.locator('fieldset[data-question]').count();
      for (let i = 0; i < readinessQuestions; i++) {
        await page.locator('fieldset[data-current] input').first().check();
        await page.getByRole('button', { name: q(lang, 'ui.next'), exact: true }).click();
      }
      await expect(page.getByRole('heading', { name: q(lang, 'ui.checkTitle'), exact: true })).toBeFocused();
      const buttons = page.locator('[data-summary] [data-change]');
      await expect(buttons).toHaveCount(readinessQuestions);
      const visible = q(lang, 'ui.change');
      for (let i = 0; i < readinessQuestions; i++) {
        const button = buttons.nth(i);
        const question = (await page.locator('[data-summary-row] dt').nth(i).innerText()).trim();
        await expect(button).toHaveText(visible);
        const name = fill(q(lang, 'ui.changeName'), { question });
        await expect(button).toHaveAccessibleName(name);
        // WCAG 2.5.3 label in name: a voice user saying the visible word reaches the button.
        expect(name.toLocaleLowerCase(lang)).toContain(visible.toLocaleLowerCase(lang));
      }
      // The name works: it takes the reader to that question.
      await page.getByRole('button', { name: fill(q(lang, 'ui.changeName'), { question: (await page.locator('[data-summary-row] dt').nth(2).innerText()).trim() }) }).click();
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '2');
    });

    for (const path of ['quiz/toxic-client/', 'quiz/readiness/', 'tools/script/']) {
      test(`privacy note once near the start of ${path} and once in the footer`, async ({ page }) => {
        await freshVisit(page, `/${lang}/${path}`);
        // The storage controls ("don't keep this in this browser") name the browser as a setting, not as
        // the privacy promise, so they are left out of the count.
        const main = await page.locator('main').evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-tool-storage]').forEach((c) => c.remove());
          document.body.append(copy);
          const text = copy.innerText;
          copy.remove();
          return text;
        });
        expect(occurrences(main, browserWord[lang]), main).toBe(1);
        const note = page.locator('main .privacy');
        await expect(note).toHaveCount(1);
        await expect(note).toBeVisible();
        // Near the start: before the first form control of the tool.
        const before = await note.evaluate((el) => {
          const first = document.querySelector('main input, main select, main textarea');
          return first !== null && Boolean(el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(before).toBe(true);
        expect(occurrences(await page.getByRole('contentinfo').innerText(), browserWord[lang])).toBe(1);
      });
    }

    test('home and guides leave the privacy note to the footer', async ({ page }) => {
      for (const path of ['', 'guides/letting-a-client-go/']) {
        await page.goto(`/${lang}/${path}`);
        expect(occurrences(await page.locator('main').innerText(), browserWord[lang])).toBe(0);
        await expect(page.getByRole('contentinfo')).toContainText(str(lang, 'footer.privacy'));
      }
    });

    test('read-more links after a result: each guide section once', async ({ page }) => {
      await freshVisit(page, `/${lang}/quiz/toxic-client/`);
      // Free work and profitability both lead to the "free work and discounts" section (A4).
      const worst = new Set(['discounts', 'favours', 'margin', 'payment']);
      for (const question of toxic.questions) {
        const input = page.locator('fieldset[data-current] input');
        await (worst.has(question.id) ? input.last() : input.first()).check();
        await page.getByRole('button', { name: q(lang, 'ui.next'), exact: true }).click();
      }
      await page.getByRole('button', { name: q(lang, 'ui.seeResult'), exact: true }).click();
      const links = page.locator('.read li:not([hidden]) a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => h.endsWith('#red-flag-free-work'))).toHaveLength(1);
      expect(new Set(hrefs).size).toBe(hrefs.length);
      // And in the markup: no section is listed twice, whatever the result.
      const all = await page.locator('.read a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(new Set(all).size).toBe(all.length);
    });

    test('fee hint names the currency as readers say it, never an ISO code', async ({ page }) => {
      await page.goto(`/${lang}/tools/script/`);
      const hint = page.locator('[data-hint="fee"]');
      const own = str(lang, `fields.fee.currency.${lang}`, 'generator');
      await expect(hint).toContainText(own);
      await expect(hint).not.toContainText(/KRW|TRY|IDR|₩|₺/);
      const other: Lang = lang === 'ko' ? 'tr' : 'ko';
      await page.getByLabel(str(lang, 'fields.lang.label', 'generator')).selectOption(other);
      await expect(hint).toContainText(str(lang, `fields.fee.currency.${other}`, 'generator'));
      await expect(hint).not.toContainText(/KRW|TRY|IDR/);
    });

    test('sources: every guide cites publication and date, or says they are unknown', async ({ page }) => {
      await page.goto(`/${lang}/guides/letting-a-client-go/`);
      await expect(page.locator('[data-source-imprint]')).toHaveText(str(lang, 'sources.unknown.both', 'guides'));
      await page.goto(`/${lang}/guides/spotting-a-toxic-client/`);
      const imprint = page.locator('[data-source-imprint]');
      await expect(imprint).toContainText('Business Collective');
      await expect(imprint.locator('time')).toHaveAttribute('datetime', '2017-05-19');
    });
  });
}
