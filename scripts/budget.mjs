// Size budgets of the built site (run after `npm run build`): what each kind of
// page ships, gzip-compressed, against its budget. Exits 1 when a budget is broken.
//   npm run budget
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const KB = 1024;
const gz = (text) => gzipSync(Buffer.from(text)).length;

/** Inline and external scripts of a built page, with gzip sizes of what loads on page load. */
function measure(path) {
  const html = readFileSync(join(dist, path), 'utf8');
  const inline = [...html.matchAll(/<script(?=[\s>])(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const externalBytes = external.reduce((sum, src) => {
    const file = join(dist, src);
    return sum + (existsSync(file) ? gz(readFileSync(file, 'utf8')) : 0);
  }, 0);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(readFileSync(join(dist, m[1] ?? ''), 'utf8')),
    0,
  );
  return {
    htmlCss: gz(html) + css,
    inlineScripts: inline.map((s) => Buffer.byteLength(s)),
    externalJsGzip: externalBytes,
    jsGzip: externalBytes + inline.reduce((sum, s) => sum + gz(s), 0),
  };
}

/**
 * Chunks a page's scripts import on demand for its own language (the generator
 * loads the page language's templates and grammar at once): found in the entry
 * files' import maps, e.g. "…/ko/script.json":()=>…import(`./script.X.js`).
 */
function lazyChunks(path, lang) {
  const html = readFileSync(join(dist, path), 'utf8');
  let total = 0;
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    const code = readFileSync(join(dist, src), 'utf8');
    const pattern = new RegExp(`[/-]${lang}(?:/script\\.json|\\.ts)"\\s*:\\s*\\(\\)\\s*=>[^\`]*\`\\./([^\`]+)\``, 'g');
    for (const [, chunk] of code.matchAll(pattern)) total += gz(readFileSync(join(dist, '_astro', chunk), 'utf8'));
  }
  return total;
}

/**
 * A page's script files with everything they import statically (shared chunks
 * such as the locale registry), each file counted once, gzip bytes.
 */
function withStaticImports(path) {
  const html = readFileSync(join(dist, path), 'utf8');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, rel] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`()]*?from\s*)?"(\.\/[^"]+)"/g)) visit(join(file, '..', rel));
  };
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit(join(dist, src));
  return [...seen].reduce((sum, file) => sum + gz(readFileSync(file, 'utf8')), 0);
}

const langs = readdirSync(dist).filter((d) => existsSync(join(dist, d, '404', 'index.html')));
const rows = [];
let failed = false;
function check(page, what, value, limit) {
  const ok = value <= limit;
  if (!ok) failed = true;
  rows.push({ page, what, value: `${(value / KB).toFixed(2)} KB`, budget: `${(limit / KB).toFixed(2)} KB`, ok: ok ? 'ok' : 'OVER' });
}

for (const lang of langs) {
  const home = measure(join(lang, 'index.html'));
  check(`/${lang}/`, 'HTML+CSS gzip', home.htmlCss, 14 * KB);
  home.inlineScripts.forEach((bytes, i) => check(`/${lang}/`, `inline script ${i + 1} (raw)`, bytes, 1 * KB));
  const guidesDir = join(dist, lang, 'guides');
  if (existsSync(guidesDir)) {
    for (const slug of readdirSync(guidesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      // An article ships no script file at all; only the small inline boot scripts.
      const page = measure(join(lang, 'guides', slug, 'index.html'));
      check(`/${lang}/guides/${slug}/`, 'script files gzip', page.externalJsGzip, 0);
      check(`/${lang}/guides/${slug}/`, 'HTML+CSS gzip', page.htmlCss, 14 * KB);
      page.inlineScripts.forEach((bytes, i) => check(`/${lang}/guides/${slug}/`, `inline script ${i + 1} (raw)`, bytes, 1 * KB));
    }
  }
  for (const [tool, limit] of [['quiz/toxic-client', 12 * KB], ['quiz/readiness', 12 * KB], ['tools/script', 30 * KB]]) {
    const file = join(lang, tool, 'index.html');
    if (existsSync(join(dist, file))) check(`/${lang}/${tool}/`, 'JS gzip (with its language chunks)', measure(file).jsGzip + lazyChunks(file, lang), limit);
  }
  // The incident log is counted with its static imports (idb, Papa Parse, shared chunks): all of it loads at once.
  const log = join(lang, 'tools', 'incident-log', 'index.html');
  if (existsSync(join(dist, log))) check(`/${lang}/tools/incident-log/`, 'JS gzip (with static imports)', withStaticImports(log) + measure(log).jsGzip - measure(log).externalJsGzip, 25 * KB);
}

console.table(rows);
if (failed) {
  console.error('A size budget is broken.');
  process.exit(1);
}
