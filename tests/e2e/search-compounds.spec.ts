/**
 * Korean compound parts, end to end: `정보` must find a section about `개인정보`. The
 * guides do not use that word today, so this spec copies the built site, adds one
 * guide page with a 개인정보 section, builds the search index over the copy with the
 * real scripts/build-search.mjs, serves it with the real server and searches in the
 * browser. (The unit tests check compoundTails alone; this checks index and query meet.)
 */
import { test, expect } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const copy = join('test-results', 'search-compounds-dist');
const port = Number(process.env['PORT'] ?? 4321) + 50;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

const section = [
  '<h2 id="privacy">개인정보는 일이 끝나면 정리하세요</h2>',
  '<p>고객에게 받은 개인정보와 계정 비밀번호는 인수인계가 끝나면 지우고, 지웠다고 알려 주세요.</p>',
].join('');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(copy, { recursive: true, force: true });
  cpSync('dist', copy, { recursive: true });
  const guide = readFileSync(join('dist', 'ko', 'guides', 'preventing-toxic-clients', 'index.html'), 'utf8');
  // The new section goes before the first section heading inside the guide's indexed body.
  const at = guide.indexOf('<h2 id="', guide.indexOf('data-pagefind-body'));
  expect(at).toBeGreaterThan(0);
  const page = `${guide.slice(0, at)}${section}${guide.slice(at)}`.replace(/<h1([^>]*)>([\s\S]*?)<\/h1>/, '<h1$1>인수인계 뒤 정리</h1>');
  mkdirSync(join(copy, 'ko', 'guides', 'privacy-fixture'), { recursive: true });
  writeFileSync(join(copy, 'ko', 'guides', 'privacy-fixture', 'index.html'), page);
  execFileSync(process.execPath, ['scripts/build-search.mjs', copy], { stdio: 'ignore' });
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), DIST_DIR: copy }, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${base}/ko/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(copy, { recursive: true, force: true });
});

for (const query of ['정보', '정보를']) {
  test(`“${query}” finds the 개인정보 section first, with the compound marked`, async ({ page }) => {
    await page.goto(`${base}/ko/search/?q=${encodeURIComponent(query)}`);
    const list = page.getByRole('main').locator(`[data-results][data-query="${query}"]`);
    const hit = list.locator('a').first();
    await expect(hit).toHaveAttribute('href', '/ko/guides/privacy-fixture/#privacy');
    await expect(hit.locator('mark').first()).toHaveText(/개인정보/);
  });
}
