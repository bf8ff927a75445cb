// Search benchmark (not a test), in a real browser, after a build:
//   npm run bench:search              (the built site in dist/)
//   DIST_DIR=.bench/dist-1000 npm run bench:search   (a synthetic site, see bench-search-scale.mjs)
// Per language: keystroke → painted results in the header panel (median, p95) once it is
// open and a first query has run; a first query typed 300 ms after opening; the bytes a
// first search costs (gzip, every file it loads); the index on disk.
// Budgets: median under 100 ms; first-search bytes at most 125 KB gzip.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chooseBrowser } from '../tests/browser.ts';

const PORT = 4398;
const dist = process.env.DIST_DIR ?? 'dist';
const RUNS = 40;
const FIRST_RUNS = 5;
const queries = {
  ko: ['환불', '고객에게', '계약 조항', '연락이', '카톡으로', '변호사', '보상', '평판이'],
  tr: ['iade', 'odeme', 'IPTAL', 'gorusme', 'avukat', 'tesekkur', 'indirim', 'mesajla'],
  id: ['pengembalian dana', 'kliennya', 'invoice', 'DP', 'membatalkan', 'pengacara', 'gratis', 'hadiah'],
};

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT), DIST_DIR: dist }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const choice = chooseBrowser();
const browser = await chromium.launch({ args: choice.args, ...(choice.executablePath ? { executablePath: choice.executablePath } : {}) });
const base = `http://127.0.0.1:${PORT}`;

/** In the page: type a query into the open panel and resolve when its results are painted. */
const timeQuery = async (query) => {
  const input = document.querySelector('#search-dialog-q');
  const list = document.querySelector('dialog [data-results]');
  const start = performance.now();
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (list.dataset.query === query) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(resolve, 0));
      }
    });
    observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
  });
  performance.clearMarks();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await done;
  const end = performance.now();
  // Where the time went (marks set by src/scripts/search/engine.ts).
  const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
  const phases = { debounce: at('search:start') - start, waitLoad: at('search:warm') - at('search:start'), match: at('search:matched') - at('search:warm'), fragments: at('search:fragments') - at('search:matched'), render: end - at('search:fragments') };
  return { total: end - start, phases };
};

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
};
// Pagefind's own files (.pagefind, .pf_*) are gzip already and are sent as they are; the rest is gzipped here.
const gz = (path) => (!existsSync(path) ? 0 : /\.(pagefind|pf_\w+)$/.test(path) ? statSync(path).size : gzipSync(readFileSync(path)).length);
const dirBytes = (dir) => readdirSync(dir).reduce((sum, f) => sum + (statSync(join(dir, f)).isDirectory() ? dirBytes(join(dir, f)) : statSync(join(dir, f)).size), 0);

const rows = [];
try {
  for (const [lang, list] of Object.entries(queries)) {
    // Warm panel: one query first, then each keystroke-sized change.
    const page = await browser.newPage();
    await page.goto(`${base}/${lang}/guides/`);
    await page.keyboard.press('Control+k');
    await page.locator('#search-dialog-q').waitFor();
    await page.evaluate(timeQuery, list[0]);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push((await page.evaluate(timeQuery, list[i % list.length])).total);
    await page.close();

    // First query, typed 300 ms after opening, on a fresh page; and what it costs in bytes.
    const first = [];
    const firstPhases = [];
    let bytes = 0;
    let files = 0;
    for (let run = 0; run < FIRST_RUNS; run++) {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(`${base}/${lang}/guides/`);
      const loaded = [];
      fresh.on('request', (req) => loaded.push(new URL(req.url()).pathname));
      await fresh.keyboard.press('Control+k');
      await fresh.locator('#search-dialog-q').waitFor();
      await fresh.waitForTimeout(300);
      const { total, phases } = await fresh.evaluate(timeQuery, list[run % list.length]);
      first.push(total);
      firstPhases.push(phases);
      if (run === 0) {
        const unique = [...new Set(loaded)];
        files = unique.length;
        bytes = unique.reduce((sum, path) => sum + gz(join(dist, path)), 0);
      }
      await context.close();
    }
    const w = stats(warm);
    const phaseMedians = Object.keys(firstPhases[0]).map((k) => `${k} ${stats(firstPhases.map((p) => p[k])).median.toFixed(0)}`);
    console.log(`${lang} first query, median ms per phase: ${phaseMedians.join(', ')}`);
    const f = stats(first);
    const indexBytes = readdirSync(join(dist, 'pagefind', 'index')).filter((n) => n.startsWith(`${lang}_`)).reduce((s, n) => s + statSync(join(dist, 'pagefind', 'index', n)).size, 0);
    const fragmentBytes = readdirSync(join(dist, 'pagefind', 'fragment')).filter((n) => n.startsWith(`${lang}_`)).reduce((s, n) => s + statSync(join(dist, 'pagefind', 'fragment', n)).size, 0);
    rows.push({
      lang,
      'warm median ms': w.median.toFixed(1),
      'warm p95 ms': w.p95.toFixed(1),
      'first (300 ms after open) median ms': f.median.toFixed(1),
      'first search files': files,
      'first search KB gzip': (bytes / 1024).toFixed(1),
      'index KB': (indexBytes / 1024).toFixed(1),
      'fragments KB': (fragmentBytes / 1024).toFixed(1),
    });
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
console.log(`dist/pagefind on disk: ${(dirBytes(join(dist, 'pagefind')) / 1024).toFixed(0)} KB (${dist})`);
const worst = Math.max(...rows.map((r) => Number(r['warm median ms'])));
const worstFirst = Math.max(...rows.map((r) => Number(r['first (300 ms after open) median ms'])));
const heaviest = Math.max(...rows.map((r) => Number(r['first search KB gzip'])));
console.log(`${worst < 100 ? 'ok' : 'SLOW'}: worst warm median ${worst} ms (budget 100 ms); worst first-query median ${worstFirst} ms`);
console.log(`${heaviest <= 125 ? 'ok' : 'HEAVY'}: first search ${heaviest} KB gzip at most (budget 125 KB)`);
