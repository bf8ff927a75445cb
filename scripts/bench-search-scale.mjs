// Index size and build time at scale (a benchmark, not a test), after `npm run build`:
//   npm run bench:search-scale -- 1000
// Copies dist/ to .bench/dist-N and adds N synthetic guides per language, each a built guide
// page whose section texts are the site's own sentences in a different order (so the
// vocabulary is real but every page differs), then builds the search index over it with
// scripts/build-search.mjs and reports the time and sizes. Then
//   DIST_DIR=.bench/dist-N npm run bench:search
// measures query speed and first-search bytes on that bigger index.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const n = Number(process.argv[2] ?? 1000);
const out = `.bench/dist-${n}`;
rmSync(out, { recursive: true, force: true });
mkdirSync('.bench', { recursive: true });
cpSync('dist', out, { recursive: true });

/** A small deterministic generator, so two runs build the same site. */
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

for (const lang of ['ko', 'tr', 'id']) {
  const guidesDir = join('dist', lang, 'guides');
  const sources = readdirSync(guidesDir).filter((d) => statSync(join(guidesDir, d)).isDirectory()).map((slug) => readFileSync(join(guidesDir, slug, 'index.html'), 'utf8'));
  const paragraphs = sources.flatMap((html) => [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]));
  for (let i = 0; i < n; i++) {
    const template = sources[i % sources.length];
    // Each paragraph is replaced by another of the site's paragraphs, picked at random.
    const html = template
      .replace(/<p>[\s\S]*?<\/p>/g, () => `<p>${paragraphs[Math.floor(random() * paragraphs.length)]}</p>`)
      .replace(/<h1>([\s\S]*?)<\/h1>/, `<h1>$1 ${i + 1}</h1>`);
    const dir = join(out, lang, 'guides', `synthetic-${i + 1}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  }
}

const started = performance.now();
execFileSync(process.execPath, ['scripts/build-search.mjs', out], { stdio: 'inherit' });
const seconds = (performance.now() - started) / 1000;
const size = (dir) => readdirSync(dir).reduce((s, f) => s + (statSync(join(dir, f)).isDirectory() ? size(join(dir, f)) : statSync(join(dir, f)).size), 0);
const pf = join(out, 'pagefind');
console.log(`${n} synthetic guides per language (+ the site's own pages): index built in ${seconds.toFixed(1)} s`);
console.log(`pagefind/ ${(size(pf) / 1024 / 1024).toFixed(1)} MB: index ${(size(join(pf, 'index')) / 1024 / 1024).toFixed(2)} MB in ${readdirSync(join(pf, 'index')).length} chunks, fragments ${(size(join(pf, 'fragment')) / 1024 / 1024).toFixed(1)} MB in ${readdirSync(join(pf, 'fragment')).length} files`);
