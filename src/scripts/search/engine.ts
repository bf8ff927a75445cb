/**
 * The browser side of search: loads Pagefind and this language's index (only
 * when asked), normalises the query like the index was built (src/lib/search),
 * retries looser forms when nothing matches, and turns the top records into
 * results with an excerpt cut from the section's own text.
 */
import { expandTerms, matchStrength, pagefindTerms, queryTerms, relaxedQueries, wordMatches, wordsOf, type LanguageData, type SearchLang } from '../../lib/search/normalize.ts';
import { excerpt, type Segment } from '../../lib/search/excerpt.ts';
import ko from '../../../content/search/ko.yaml';
import tr from '../../../content/search/tr.yaml';
import id from '../../../content/search/id.yaml';

const vocabularies: Record<SearchLang, LanguageData> = { ko, tr, id };

interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string; section?: string };
}
interface PagefindResult {
  /** Positions of the matched words in the record's text (its heading comes first). */
  words: number[];
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

export interface SearchResult {
  url: string;
  title: string;
  /** The section's heading; empty for the top of a page. */
  section: string;
  excerpt: Segment[];
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** What the index adds after the text: normalised words, never shown. */
const EXTRAS_MARK = '⁂';
const MAX_RESULTS = 8;
/** Records read to choose the results from (each is one small fragment request). */
const CANDIDATES = 8;
/**
 * Further records read when a match sits among their first words (where the heading is):
 * with stems, Pagefind scores `pengakhiran` and `akhiri` alike, so the section titled with
 * the very word may rank below many that only share its root.
 */
const HEADING_WORDS = 8;
const LATE_HEADINGS = 4;
const LOOK_AHEAD = 64;

/** The records to read: Pagefind's first ones, plus later ones that match near their start. */
function candidatesOf(results: PagefindResult[]): PagefindResult[] {
  const late = results.slice(CANDIDATES, LOOK_AHEAD).filter((r) => r.words.some((w) => w < HEADING_WORDS));
  return [...results.slice(0, CANDIDATES), ...late.slice(0, LATE_HEADINGS)];
}

let loading: Promise<Pagefind> | undefined;

/** Up to this many records, Pagefind writes a language's index as one chunk (43 here; 185 chunks at 9,700). */
const WHOLE_INDEX_RECORDS = 200;

/** How many records this language's index holds (Pagefind's entry file, already in the HTTP cache). */
async function recordCount(): Promise<number> {
  try {
    const response = await fetch(PAGEFIND_URL.replace('pagefind.js', 'pagefind-entry.json'), { cache: 'force-cache' });
    const entry = (await response.json()) as { languages?: Record<string, { page_count?: number }> };
    return entry.languages?.[pageLang()]?.page_count ?? Infinity;
  } catch {
    return Infinity;
  }
}

/**
 * Starts loading Pagefind, its wasm and this language's index metadata; safe to call often.
 * Resolves once a query would no longer wait for any of them (only for the index chunk
 * holding its words, which `prefetch` asks for as the reader types).
 */
export function warm(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({
      // Pagefind's worker would cost one more script (12 KB gzip) and a message round trip
      // per call; a query here is a few milliseconds of wasm, so it runs on the main thread.
      noWorker: true,
      excerptLength: 0,
      // Sections differ in length for reasons a reader does not care about: a short
      // summary or tool blurb should not beat the section that is about the word.
      ranking: { pageLength: 0.1 },
    });
    await pagefind.init();
    // An empty preload loads the wasm and the language's metadata but no index chunk.
    await pagefind.preload('');
    // A language with few records has its whole index in one chunk (about 35 KB for this
    // site): load it now, so the first keystroke finds it. A big index stays chunked, and
    // each keystroke asks for the chunk its words need (`prefetch`).
    if ((await recordCount()) <= WHOLE_INDEX_RECORDS) await pagefind.preload('a');
    performance.mark('search:ready');
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Fetches the index chunks a query will need, at once (not after the typing pause):
 * called on every input event, so the chunk is there when the debounced search runs.
 * Pagefind keeps loaded chunks, so asking twice costs nothing.
 */
export function prefetch(query: string, lang: SearchLang = pageLang()): void {
  const terms = queryTerms(lang, query);
  if (terms.length === 0) return;
  void warm()
    .then((pagefind) => pagefind.preload(terms.join(' ')))
    .catch(() => undefined);
}

export function pageLang(): SearchLang {
  const lang = document.documentElement.lang;
  return lang === 'tr' || lang === 'id' ? lang : 'ko';
}

/** The section's own text from a record's content: no heading echo, no extra words. */
function sectionText(data: PagefindData): string {
  let text = data.content.split(EXTRAS_MARK)[0] ?? '';
  const heading = data.meta.section || data.meta.title || '';
  if (heading && text.startsWith(heading)) text = text.slice(heading.length).replace(/^[.\s]+/u, '');
  return text.trim();
}

export async function search(query: string, lang: SearchLang = pageLang()): Promise<SearchResult[]> {
  const terms = queryTerms(lang, query);
  if (terms.length === 0) return [];
  // Marks for the benchmark (scripts/bench-search.mjs reports where a first query's time goes).
  performance.mark('search:start');
  const pagefind = await warm();
  performance.mark('search:warm');
  const vocabulary = vocabularies[lang];
  // Pagefind also returns near misses (words that only share a start with a long query
  // word, as `환불하는` for `환불정책`); a result set in which no section's text matches the
  // query is treated as no match, and the looser forms are tried.
  let found: { data: PagefindData[]; marked: string[] } | undefined;
  for (const attempt of [terms, ...relaxedQueries(lang, terms)]) {
    const { results } = await pagefind.search(pagefindTerms(lang, attempt, vocabulary).join(' '));
    if (results.length === 0) continue;
    performance.mark('search:matched');
    const data = await Promise.all(candidatesOf(results).map((r) => r.data()));
    performance.mark('search:fragments');
    const marked = expandTerms(lang, attempt, vocabulary);
    const matches = data.some((d) => wordsOf(d.content).some((w) => wordMatches(lang, w, marked)));
    if (matches || !found) found = { data, marked };
    if (matches) break;
  }
  if (!found) return [];
  const { data, marked } = found;
  const isMatch = (token: string) => wordsOf(token).some((w) => wordMatches(lang, w, marked));
  // A section whose heading has the word is about it: it goes before sections that only
  // mention the word often (Pagefind's order is kept otherwise).
  const headingHits = (d: PagefindData) => wordsOf(d.meta.section || d.meta.title || '').reduce((sum, w) => sum + matchStrength(lang, w, marked), 0);
  // Between equally good headings, guidance comes before a tool page ("연락" is both a red flag and the log's name).
  const isTool = (d: PagefindData) => (d.url.includes('/tools/') || d.url.includes('/quiz/') ? 1 : 0);
  const ranked = data
    .map((d, i) => ({ d, i, hits: headingHits(d), tool: isTool(d) }))
    .sort((a, b) => b.hits - a.hits || a.tool - b.tool || a.i - b.i);
  return ranked.slice(0, MAX_RESULTS).map(({ d }) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    section: d.meta.section ?? '',
    excerpt: excerpt(sectionText(d), isMatch),
  }));
}
