// Builds the search index (run after `astro build`; part of `npm run build`).
//   node scripts/build-search.mjs [dist]
// Every page with `data-pagefind-body` is cut into sections at its <h2 id>, and each
// section becomes one Pagefind record whose URL is the section's anchor, so a search lands
// on the section, not the top of a long guide. Each record also carries the normalised
// words of src/lib/search (compound parts, folded spellings, base words, loanwords from
// content/search/{lang}.yaml) in a low-weight paragraph after a `⁂`, which the browser
// leaves out of the excerpt. Navigation, footers, tables of contents and forms are not
// inside `data-pagefind-body` (or are marked `data-pagefind-ignore`), so they are not indexed.
import * as pagefind from 'pagefind';
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';
import { readFileSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extraTerms, wordsOf } from '../src/lib/search/normalize.ts';
import { nounsIn } from '../src/lib/search/korean.ts';

const dist = process.argv[2] ?? 'dist';
const LANGS = ['ko', 'tr', 'id'];
const started = performance.now();

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code) =>
    code[0] === '#' ? String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)) : (ENTITIES[code.toLowerCase()] ?? all),
  );
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'pre', 'div', 'section', 'aside', 'figure', 'figcaption', 'dt', 'dd', 'tr', 'td', 'th', 'br', 'summary']);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'button', 'form', 'label', 'input', 'select', 'textarea', 'nav']);

function textOf(node) {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type !== ELEMENT_NODE && node.type !== 0) return '';
  if (node.type === ELEMENT_NODE && (SKIP.has(node.name) || 'data-pagefind-ignore' in node.attributes || 'hidden' in node.attributes)) return '';
  const inner = (node.children ?? []).map(textOf).join('');
  return node.type === ELEMENT_NODE && BLOCK.has(node.name) ? ` ${inner} ` : inner;
}
const clean = (text) => text.replace(/\s+/g, ' ').trim();

/** The `data-pagefind-body` elements of a page, in document order (not nested in one another). */
function bodies(node, out = []) {
  if (node.type === ELEMENT_NODE && 'data-pagefind-ignore' in node.attributes) return out;
  if (node.type === ELEMENT_NODE && 'data-pagefind-body' in node.attributes) out.push(node);
  else for (const child of node.children ?? []) bodies(child, out);
  return out;
}

/** A page's sections: the text before the first <h2 id>, then one per <h2 id>. */
function sectionsOf(bodyNodes) {
  const sections = [{ anchor: '', heading: '', parts: [] }];
  const visit = (node) => {
    if (node.type === ELEMENT_NODE && node.name === 'h2' && node.attributes.id) {
      sections.push({ anchor: node.attributes.id, heading: clean(textOf(node)), parts: [] });
      return;
    }
    if (node.type === ELEMENT_NODE && (node.children ?? []).some((c) => containsH2(c))) {
      for (const child of node.children) visit(child);
      return;
    }
    sections.at(-1).parts.push(textOf(node));
  };
  for (const body of bodyNodes) for (const child of body.children) visit(child);
  return sections.map((s) => ({ ...s, text: clean(s.parts.join(' ')) })).filter((s) => s.text || s.heading);
}
function containsH2(node) {
  if (node.type !== ELEMENT_NODE) return false;
  if (node.name === 'h2' && node.attributes.id) return true;
  return (node.children ?? []).some(containsH2);
}

function findFirst(node, name) {
  if (node.type === ELEMENT_NODE && node.name === name) return node;
  for (const child of node.children ?? []) {
    const found = findFirst(child, name);
    if (found) return found;
  }
  return undefined;
}

function htmlFiles(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (entry === 'index.html') out.push(path);
  }
  return out;
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join('\n'));
let records = 0;
for (const lang of LANGS) {
  const data = parseYaml(readFileSync(`content/search/${lang}.yaml`, 'utf8')) ?? {};
  data.synonyms ??= {};
  const pages = [];
  for (const file of htmlFiles(join(dist, lang))) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const doc = parse(html);
    const found = bodies(doc);
    if (found.length === 0) continue;
    const url = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const h1 = findFirst(doc, 'h1');
    const title = clean(h1 ? textOf(h1) : textOf(findFirst(doc, 'title') ?? { type: TEXT_NODE, value: url }));
    pages.push({ url, title, sections: sectionsOf(found) });
  }
  // Korean nouns the texts show (with a particle or a 하다 ending), plus the listed ones.
  const nouns = new Set(data.nouns ?? []);
  if (lang === 'ko') for (const noun of nounsIn(pages.flatMap((p) => p.sections.flatMap((s) => wordsOf(s.text))))) nouns.add(noun);
  for (const page of pages) {
    for (const section of page.sections) {
      const heading = section.heading || page.title;
      // The guide's title counts (lightly) for every section; the intro carries it as its heading.
      const extras = extraTerms(lang, `${heading} ${section.text}`, data, nouns);
      const titleWords = section.anchor ? page.title : '';
      const tag = section.anchor ? 'h2' : 'h1';
      // A tool's name ("연락 기록", "İletişim kaydı") is a heading too, but a reader who types a
      // word it shares with a guide section wants the guidance first: tool pages and the
      // self-assessments (whose scoring explanation names every area: payment, contact…) weigh less.
      const isTool = page.url.includes('/tools/') || page.url.includes('/quiz/');
      const headingWeight = isTool ? 2 : 5;
      const textWeight = isTool ? ' data-pagefind-weight="0.5"' : '';
      const content = [
        `<html lang="${lang}"><head><title>${escape(page.title)}</title></head><body>`,
        `<span data-pagefind-meta="title">${escape(page.title)}</span>`,
        `<span data-pagefind-meta="section">${escape(section.anchor ? heading : '')}</span>`,
        '<div data-pagefind-body>',
        `<${tag} data-pagefind-weight="${headingWeight}">${escape(heading)}</${tag}>`,
        `<p${textWeight}>${escape(section.text)}</p>`,
        `<p data-pagefind-weight="0.4">⁂ ${escape(titleWords)} ${escape(extras.join(' '))}</p>`,
        '</div></body></html>',
      ].join('');
      const result = await index.addHTMLFile({ url: section.anchor ? `${page.url}#${section.anchor}` : page.url, content });
      if (result.errors.length) throw new Error(result.errors.join('\n'));
      records++;
    }
  }
}
const out = join(dist, 'pagefind');
rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
// Pagefind's own UIs are never loaded: the site has its own search panel.
for (const file of readdirSync(out)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(out, file));
console.log(`Search index: ${records} sections in ${LANGS.length} languages, ${((performance.now() - started) / 1000).toFixed(2)} s`);
if (!existsSync(join(out, 'pagefind.js'))) process.exit(1);
