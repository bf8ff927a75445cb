/**
 * The `test` every spec uses. Each test's page is watched: any request to
 * another origin, any file it loads that the server lacks, and any console
 * error or uncaught exception fails the test.
 * That is how "no page makes a request to another origin" is checked on every page
 * the suite opens, not on a sample.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { langs, type Lang } from '../../src/i18n/locales.ts';

export { expect, langs, type Lang };

interface Watch {
  foreignRequests: string[];
  errors: string[];
  /** Files the page loaded that the server did not have (a missing script, style, icon…). */
  missing: string[];
}

function watch(page: Page, origin: string): Watch {
  const w: Watch = { foreignRequests: [], errors: [], missing: [] };
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) w.foreignRequests.push(url);
  });
  page.on('response', (res) => {
    // A page visited on purpose at a missing URL answers 404; anything it loads must exist.
    if (res.status() >= 400 && res.request().resourceType() !== 'document') w.missing.push(`${res.status()} ${res.url()}`);
  });
  page.on('console', (msg) => {
    // Chromium also logs the document's own 404 as a console error; missing subresources
    // are caught by the response watch above, so that one message alone is excused here.
    if (msg.type() === 'error' && !/status of 404/.test(msg.text())) w.errors.push(msg.text());
  });
  page.on('pageerror', (err) => w.errors.push(err.message));
  return w;
}

export const test = base.extend<{ guard: Watch }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const w = watch(page, new URL(baseURL ?? 'http://127.0.0.1:4321').origin);
      await use(w);
      expect(w.foreignRequests, 'requests to another origin').toEqual([]);
      expect(w.errors, 'console errors').toEqual([]);
      expect(w.missing, 'missing files').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * The form of address a generator form must carry when the output is this language and a person is
 * addressed (validateInput: Indonesian Bapak/Ibu, Turkish Bey/Hanım; Korean has a default).
 */
export const requiredTitle: Partial<Record<Lang, string>> = { tr: 'Bey', id: 'Bapak' };

/** `&title=…` for a prefill URL in `lang`, or '' where none is required. */
export const titleParam = (lang: Lang): string => (requiredTitle[lang] ? `&title=${encodeURIComponent(requiredTitle[lang])}` : '');

type Json = { [key: string]: string | Json };

/** A string from a language's namespace file, by dotted key (test-side lookup, no i18next). */
export function str(lang: Lang, key: string, ns = 'common'): string {
  const data = JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Json;
  let node: string | Json | undefined = data;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No string ${lang}/${ns}:${key}`);
  return node;
}

/** Every page of the built site: the sitemap's URLs (as paths), plus the pages it leaves out. */
export async function allPages(baseURL: string): Promise<string[]> {
  const index = await (await fetch(new URL('/sitemap-0.xml', baseURL))).text();
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  return ['/', '/404.html', ...langs.map((l) => `/${l}/404/`), ...paths];
}

/** Opens the header's menu (navigation, languages, theme) the way a reader does: its button. */
export async function openMenu(page: Page, lang: Lang): Promise<void> {
  const button = page.locator('header details[data-menu] > summary');
  await expect(button).toHaveText(str(lang, 'nav.menu'));
  if (!(await page.locator('header details[data-menu]').evaluate((d) => (d as HTMLDetailsElement).open))) await button.click();
  await expect(page.locator('header details[data-menu] .panel')).toBeVisible();
}
