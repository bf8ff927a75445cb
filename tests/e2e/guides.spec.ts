import { test, expect, langs, str } from './fixtures.ts';
import { anchorsOf, guideSlugs } from '../../src/lib/guidance.ts';
import { formatDate } from '../../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The guide's `reviewed` date as its frontmatter states it. */
function reviewedOf(lang: string, slug: string): Date {
  const mdx = readFileSync(new URL(`../../content/guides/${lang}/${slug}.mdx`, import.meta.url), 'utf8');
  const iso = /^reviewed: (\d{4})-(\d{2})-(\d{2})$/m.exec(mdx);
  if (!iso) throw new Error(`${lang}/${slug} has no reviewed date`);
  return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
}

/** The guide's cited sources as its frontmatter lists them. */
function sourcesOf(lang: string, slug: string): { title: string; localTitle: string }[] {
  const mdx = readFileSync(new URL(`../../content/guides/${lang}/${slug}.mdx`, import.meta.url), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx);
  if (!front) throw new Error(`${lang}/${slug} has no frontmatter`);
  return (parse(front[1]!) as { sources: { title: string; localTitle: string }[] }).sources;
}

// Words that only English uses; none is a Turkish or Indonesian word.
const ENGLISH = /\b(the|and|with|your|you|this|that|from|which|client|fire|toxic)\b/i;

/** The page's visible text, leaving out parts explicitly marked as another language (cited original titles). */
async function ownText(page: import('@playwright/test').Page, lang: string): Promise<string> {
  return page.evaluate((own) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== own) el.remove();
    for (const el of clone.querySelectorAll('script, style')) el.remove();
    return clone.innerText;
  }, lang);
}

for (const lang of langs) {
  test.describe(lang, () => {
    test('the home lists every guide and each opens', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const links = page.locator('#guides h3 a');
      await expect(links).toHaveCount(guideSlugs.length);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(guideSlugs.map((s) => `/${lang}/guides/${s}/`).sort());
      await links.first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    for (const slug of guideSlugs) {
      test(`${slug}: anchors, meta, contents, no English, no script file`, async ({ page }) => {
        const scripts: string[] = [];
        page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
        await page.goto(`/${lang}/guides/${slug}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        for (const anchor of anchorsOf(slug)) {
          await expect(page.locator(`h2[id="${anchor}"]`), anchor).toHaveCount(1);
          // The table of contents links to it.
          await expect(page.locator(`nav.toc a[href="#${anchor}"]`), `toc → ${anchor}`).toHaveCount(1);
        }
        const meta = page.locator('.guide-meta');
        await expect(meta).toContainText(formatDate(reviewedOf(lang, slug), lang));
        await expect(meta).toContainText(/\d/);
        await expect(page.getByRole('heading', { name: str(lang, 'sources.title', 'guides') })).toBeVisible();
        const text = await ownText(page, lang);
        if (lang === 'ko') {
          // Hangul only: no Hanja, and no Latin words.
          expect(text.match(/[\u4E00-\u9FFF]/g) ?? []).toEqual([]);
          expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
        } else {
          expect(text.match(ENGLISH) ?? []).toEqual([]);
        }
        expect(scripts).toEqual([]);
      });
    }

    test('sources: each part is a separate word in the text, for copying, screen readers and search', async ({ page }) => {
      const original = str(lang, 'sources.original', 'guides');
      for (const slug of guideSlugs) {
        await page.goto(`/${lang}/guides/${slug}/`);
        const items = page.locator('[data-source]');
        const sources = sourcesOf(lang, slug);
        await expect(items).toHaveCount(sources.length);
        for (const [i, source] of sources.entries()) {
          const item = items.nth(i);
          const imprint = (await item.locator('[data-source-imprint]').textContent()) ?? '';
          expect(imprint.trim().length, `${slug}: imprint`).toBeGreaterThan(0);
          // textContent: what search indexes and what a screen reader's text is made of.
          const text = await item.evaluate((li) => li.textContent ?? '');
          expect(text.replace(/\s+/g, ' ').trim(), `${slug}: textContent`).toBe(`${source.localTitle} ${original}: ${source.title} ${imprint.trim()}`);
          // What a reader copies after selecting the entry: one part per line, as shown.
          const copied = await item.evaluate((li) => {
            const range = document.createRange();
            range.selectNodeContents(li);
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return selection.toString();
          });
          expect(copied.split(/\n+/).map((line) => line.trim()).filter(Boolean), `${slug}: copied`).toEqual([
            source.localTitle,
            `${original}: ${source.title}`,
            imprint.trim(),
          ]);
        }
      }
    });

    test('the table of contents jumps to a section', async ({ page }) => {
      await page.goto(`/${lang}/guides/letting-a-client-go/`);
      await page.locator('nav.toc a[href="#refunds"]').click();
      await expect(page).toHaveURL(/#refunds$/);
      await expect(page.locator('#refunds')).toBeInViewport();
    });

    test('the sample clause can be copied', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${lang}/guides/preventing-toxic-clients/`);
      await page.getByRole('button', { name: str(lang, 'clause.copy', 'guides') }).click();
      await expect(page.getByRole('status').filter({ hasText: str(lang, 'clause.copied', 'guides') })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = await page.locator('[data-clause-text]').innerText();
      expect(copied.length).toBeGreaterThan(100);
      expect(copied).toBe(shown.trim());
    });

    test('search finds a guide by a word from its body', async ({ page }) => {
      const word = { ko: '환불', tr: 'iade', id: 'pengembalian' }[lang];
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(word)}`);
      const results = page.locator('[data-results] li a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.some((h) => h.startsWith(`/${lang}/guides/`))).toBe(true);
    });
  });
}
