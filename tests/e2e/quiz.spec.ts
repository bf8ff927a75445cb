import { test, expect, langs, str, type Lang } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import cases from '../fixtures/quiz-cases.json' with { type: 'json' };
import { caseAnswers, type QuizCase } from '../../src/lib/quiz/fixtures.ts';
import { quizSchema, type Quiz } from '../../src/lib/quiz/schema.ts';

const load = (id: string): Quiz => quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')));
const toxic = load('toxic-client');
const readiness = load('readiness');
const q = (lang: Lang, key: string) => str(lang, key, 'quiz');

/** Press Tab until the element matching `selector` has focus (at most 40 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(selector).first()).toBeFocused();
}

/** Answer every question by keyboard only: arrow keys pick the option, Enter continues. */
async function answerByKeyboard(page: Page, quiz: Quiz, answers: Record<string, string>): Promise<void> {
  for (const question of quiz.questions) {
    const index = question.options.findIndex((o) => o.id === answers[question.id]);
    const current = page.locator('fieldset[data-current]');
    await expect(current).toHaveAttribute('data-question', question.id);
    await expect(current.locator('.question-title')).toBeFocused();
    await page.keyboard.press('Tab'); // into the radio group: focuses the first option
    await page.keyboard.press('Space'); // select it
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(current.locator(`input[value="${answers[question.id]}"]`)).toBeChecked();
    await tabTo(page, '[data-next]');
    await page.keyboard.press('Enter');
  }
}

async function verdict(page: Page): Promise<string> {
  return (await page.locator('[data-band]:not([hidden])').getAttribute('data-band')) ?? '';
}

// Whole keyboard walk-throughs of a 16-question quiz take a while on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const lang of langs) {
  test.describe(lang, () => {
    test('toxic-client: keyboard only, all-worst and all-best land in different bands', async ({ page }) => {
      const named = cases['toxic-client'] as Record<string, QuizCase>;
      const bands: string[] = [];
      for (const name of ['all-worst', 'all-best']) {
        await page.goto(`/${lang}/quiz/toxic-client/`);
        await page.evaluate(() => localStorage.clear());
        await page.goto(`/${lang}/quiz/toxic-client/`);
        await page.locator('fieldset[data-current] .question-title').focus();
        const c = named[name]!;
        const counter = page.locator('fieldset[data-current] [data-step-count]');
        await expect(counter).toHaveText(q(lang, 'ui.progress').replace('{{current}}', '1').replace('{{total}}', String(toxic.questions.length)));
        await expect(counter).toBeVisible();
        await answerByKeyboard(page, toxic, caseAnswers(toxic, c));
        await expect(page.getByRole('heading', { name: q(lang, 'ui.checkTitle'), exact: true })).toBeFocused();
        await tabTo(page, '[data-see-result]');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { name: q(lang, 'ui.resultTitle'), exact: true })).toBeFocused();
        expect(await verdict(page)).toBe(c.band);
        await expect(page.locator('[data-band]:not([hidden]) .verdict-title')).toHaveText(q(lang, `toxic-client.bands.${c.band}.title`));
        bands.push(await verdict(page));
      }
      expect(bands[0]).not.toBe(bands[1]);
    });

    test('toxic-client: breakdown in words, links to the guide, and a share link that reproduces it', async ({ page, browser }) => {
      const c = (cases['toxic-client'] as Record<string, QuizCase>)['abusive-long-relationship']!;
      const answers = caseAnswers(toxic, c);
      await page.goto(`/${lang}/quiz/toxic-client/`);
      for (const question of toxic.questions) {
        await page.locator(`fieldset[data-current] input[value="${answers[question.id]}"]`).check();
        await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      }
      await page.getByRole('button', { name: q(lang, 'ui.seeResult') }).click();
      expect(await verdict(page)).toBe(c.band);
      // Bars carry their value as text, not colour alone.
      await expect(page.locator('[data-dimension="aggression"] [data-bar-value]')).toHaveText(
        q(lang, 'ui.scoreText').replace('{{level}}', q(lang, 'ui.level.high')).replace('{{percent}}', '100'),
      );
      await expect(page.locator('[data-tempered]')).toBeVisible();
      const read = page.locator('.read li:not([hidden]) a').first();
      await expect(read).toHaveAttribute('href', `/${lang}/guides/spotting-a-toxic-client/#red-flag-aggression`);
      // Printing shows the result alone: no questions, no summary, no sharing controls.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-result]')).toBeVisible();
      await expect(page.locator('[data-form]')).toBeHidden();
      await expect(page.locator('.share')).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'printed pages').toBe(1);
      await page.emulateMedia({ media: 'screen' });
      const link = await page.locator('[data-share-url]').inputValue();
      expect(link).toContain('#r=');
      // A fresh browser context: nothing stored, only the link.
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.locator('[data-band]:not([hidden])')).toHaveAttribute('data-band', c.band);
      await fresh.close();
    });

    test('toxic-client: a tampered link is refused with a notice', async ({ page }) => {
      await page.goto(`/${lang}/quiz/toxic-client/#r=1zzzz`);
      await expect(page.locator('[data-notice]')).toHaveText(q(lang, 'ui.badLink'));
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '0');
    });

    test('toxic-client: an unanswered step shows the error summary', async ({ page }) => {
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(q(lang, 'ui.errorTitle'));
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('aria-invalid', 'true');
      await summary.getByRole('link').click();
      await expect(page.locator('fieldset[data-current] input').first()).toBeFocused();
    });

    test('toxic-client: reload mid-quiz resumes; back, change, start again and clear work', async ({ page }) => {
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await page.locator('fieldset[data-current] input').nth(2).check();
      await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      await page.locator('fieldset[data-current] input').nth(1).check();
      await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      await page.reload();
      await expect(page.locator('[data-notice]')).toHaveText(q(lang, 'ui.resumed'));
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '2');
      await page.getByRole('button', { name: q(lang, 'ui.back') }).click();
      await expect(page.locator('fieldset[data-current] input').nth(1)).toBeChecked();
      // Finish with the first options, then change one answer from the summary.
      for (let i = 1; i < toxic.questions.length; i++) {
        const current = page.locator('fieldset[data-current]');
        if (!(await current.locator('input:checked').count())) await current.locator('input').first().check();
        await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      }
      await expect(page.getByRole('heading', { name: q(lang, 'ui.checkTitle'), exact: true })).toBeVisible();
      const firstQuestion = toxic.questions[0]!;
      await page.locator(`[data-summary-row="${firstQuestion.id}"] button`).click();
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '0');
      await page.locator('fieldset[data-current] input').last().check();
      await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      await expect(page.locator(`[data-summary-row="${firstQuestion.id}"] [data-summary-answer]`)).toHaveText(
        q(lang, `toxic-client.questions.${firstQuestion.id}.options.${firstQuestion.options.at(-1)!.id}`),
      );
      await page.getByRole('button', { name: q(lang, 'ui.seeResult') }).click();
      await page.getByRole('button', { name: q(lang, 'ui.startAgain') }).click();
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '0');
      await expect(page.locator('fieldset[data-current] input:checked')).toHaveCount(0);
      expect(page.url()).not.toContain('#r=');
      // Clear removes everything stored.
      await page.locator('fieldset[data-current] input').first().check();
      await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      for (let i = 1; i < toxic.questions.length; i++) {
        await page.locator('fieldset[data-current] input').first().check();
        await page.getByRole('button', { name: q(lang, 'ui.next') }).click();
      }
      await page.getByRole('button', { name: q(lang, 'ui.seeResult') }).click();
      await page.getByRole('button', { name: q(lang, 'ui.clear') }).click();
      await expect(page.locator('[data-notice]')).toHaveText(q(lang, 'ui.cleared'));
      expect(await page.evaluate(() => localStorage.getItem('quiz:toxic-client'))).toBeNull();
    });

    test('toxic-client: corrupt saved data is discarded with a notice', async ({ page }) => {
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await page.evaluate(() => localStorage.setItem('quiz:toxic-client', '{"v":1,"answers":{"after-hours":"sometimes-maybe"},"step":3}'));
      await page.reload();
      await expect(page.locator('[data-notice]')).toHaveText(q(lang, 'ui.discarded'));
      await expect(page.locator('fieldset[data-current]')).toHaveAttribute('data-step', '0');
    });

    test('readiness: keyboard only; the result lists what is missing with links', async ({ page }) => {
      const c = (cases.readiness as Record<string, QuizCase>)['one-partly']!;
      await page.goto(`/${lang}/quiz/readiness/`);
      await page.locator('fieldset[data-current] .question-title').focus();
      await answerByKeyboard(page, readiness, caseAnswers(readiness, c));
      await tabTo(page, '[data-see-result]');
      await page.keyboard.press('Enter');
      expect(await verdict(page)).toBe(c.band);
      const missing = page.locator('.missing li:not([hidden])');
      await expect(missing).toHaveCount(1);
      await expect(missing).toContainText(q(lang, 'readiness.dimensions.refund.name'));
      await expect(missing.getByRole('link')).toHaveAttribute('href', `/${lang}/guides/letting-a-client-go/#refunds`);
      // The link is labelled as a guide section, so it never runs into the sentence before it.
      await expect(missing.locator('.missing-link')).toHaveText(new RegExp(`^${q(lang, 'readiness.sectionLabel')}\\s`));
    });

    test('without JavaScript the questions are a readable form with a note', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await expect(page.getByText(q(lang, 'ui.noJs'))).toBeVisible();
      await expect(page.getByRole('button', { name: q(lang, 'ui.next') })).toBeHidden();
      await expect(page.locator('fieldset legend h2:visible')).toHaveCount(toxic.questions.length);
      await expect(page.getByRole('radio').first()).toBeVisible();
      await context.close();
    });
  });
}
