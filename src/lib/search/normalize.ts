/**
 * One search vocabulary per language, used on both sides of the index so that
 * what is indexed and what is asked meet:
 *   - `queryTerms` turns what a reader typed into the words sent to Pagefind;
 *   - `extraTerms` lists, for a section of text, the normalised words added to
 *     its record at build time (compound parts, folded spellings, stems, loanwords);
 *   - `wordMatches` tells the excerpt which of the section's words to mark.
 * Pure: no DOM, no Pagefind; the data comes from `content/search/{lang}.yaml`.
 */
import { compoundTails, isHangulSyllable, koreanStem } from './korean.ts';
import { foldTurkish, needsFoldedCopy, stripNegativeImperative } from './turkish.ts';
import { indonesianStem, stripClitic } from './indonesian.ts';

export type SearchLang = 'ko' | 'tr' | 'id';

export interface LanguageData {
  /** A word readers type (often a loanword) → the site's own words or phrases for it. */
  synonyms: Record<string, string[]>;
  /** Korean: nouns that may be parts of compounds (beside the ones the texts show). */
  nouns?: string[];
}

/** The words of a text: runs of letters and digits (apostrophes inside a word split it, as in Pagefind). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** A word in the form used for comparing, before any language rule. */
export function baseForm(lang: SearchLang, word: string): string {
  const nfc = word.normalize('NFC');
  return lang === 'tr' ? foldTurkish(nfc) : nfc.toLowerCase();
}

function normaliseWord(lang: SearchLang, word: string): string {
  const base = baseForm(lang, word);
  if (lang === 'ko') return koreanStem(base);
  if (lang === 'id') return stripClitic(base);
  return stripNegativeImperative(base);
}

/**
 * The words to send to Pagefind for a reader's query, normalised as the index
 * was (`고객에게 연락이` → `고객 연락`, `IPTAL` → `iptal`, `kliennya` → `klien`).
 */
export function queryTerms(lang: SearchLang, query: string): string[] {
  const terms = wordsOf(query).map((w) => normaliseWord(lang, w)).filter(Boolean);
  return [...new Set(terms)];
}

/**
 * Looser versions of a query to try when the exact one finds nothing: a long
 * Korean compound split in two (`환불정책` → `환불 정책`), then one word fewer
 * at a time from the end, so that a phrase with one unknown word still lands.
 */
export function relaxedQueries(lang: SearchLang, terms: string[]): string[][] {
  const out: string[][] = [];
  let base = terms;
  if (lang === 'ko') {
    const split = terms.flatMap((t) => (t.length >= 4 && [...t].every(isHangulSyllable) ? [t.slice(0, 2), t.slice(2)] : [t]));
    if (split.length > terms.length) {
      out.push(split);
      base = split;
    }
  }
  for (let n = base.length - 1; n >= 1; n--) out.push(base.slice(0, n));
  return out;
}

function containsPhrase(lang: SearchLang, textForms: Set<string>, phrase: string): boolean {
  return wordsOf(phrase).every((w) => {
    const form = comparable(lang, w);
    return [...textForms].some((t) => t === form || (lang !== 'id' && t.startsWith(form)));
  });
}

function comparable(lang: SearchLang, word: string): string {
  const base = baseForm(lang, word);
  if (lang === 'ko') return koreanStem(base);
  if (lang === 'id') return indonesianStem(base);
  return base;
}

/**
 * The extra words a section's record carries in the index, beside its text:
 * Korean compound parts, Turkish folded spellings of words with `ı`, Indonesian
 * base words, and the loanwords whose site words the section uses. Only words
 * the text does not already contain are listed, to keep the index small.
 */
export function extraTerms(lang: SearchLang, text: string, data: LanguageData, nouns: ReadonlySet<string> = new Set()): string[] {
  const words = wordsOf(text);
  const present = new Set(words.map((w) => baseForm(lang, w)));
  const extra = new Set<string>();
  for (const word of words) {
    const base = baseForm(lang, word);
    if (lang === 'ko') for (const tail of compoundTails(koreanStem(base), nouns)) extra.add(tail);
    if (lang === 'tr' && needsFoldedCopy(word)) extra.add(base);
    if (lang === 'id') {
      const stem = indonesianStem(base);
      if (stem !== base) extra.add(stem);
    }
  }
  const forms = new Set(words.map((w) => comparable(lang, w)));
  for (const [reader, siteWords] of Object.entries(data.synonyms)) {
    if (siteWords.some((phrase) => containsPhrase(lang, forms, phrase))) for (const w of wordsOf(reader)) extra.add(baseForm(lang, w));
  }
  // Turkish folded copies are always kept: the text has the word only with its ı.
  return [...extra].filter((w) => lang === 'tr' || !present.has(w));
}

/**
 * Whether a term is the start of a word. One or two Latin letters start too many words
 * (`wa` → `waktu`, `wajar`): such a term (an abbreviation: WA, DP) counts only as itself.
 * Two Hangul syllables are a whole word (`환불` in `환불이`).
 */
function startsWord(word: string, term: string): boolean {
  return word.startsWith(term) && (word === term || !/^[a-z]{1,2}$/u.test(term));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The words to ask Pagefind for. A reader's Latin abbreviation of one or two letters (`WA`, `DP`)
 * would match the start of half the language's words (`wa` → `waktu`, `wajar`), so it is
 * asked as the site's own word for it (`pesan`, `uang muka`); longer words are asked as typed
 * (the index gives the reader's word to the sections that use the site's word).
 */
export function pagefindTerms(lang: SearchLang, terms: string[], data: LanguageData): string[] {
  return terms.flatMap((term) => {
    if (!/^[a-z]{1,2}$/u.test(term)) return [term];
    const siteWords = Object.entries(data.synonyms).find(([reader]) => baseForm(lang, reader) === term)?.[1];
    return siteWords?.[0] ? wordsOf(siteWords[0]).map((w) => normaliseWord(lang, w)) : [term];
  });
}

/** The site's words a query term stands for (itself, plus its synonyms' words). */
export function expandTerms(lang: SearchLang, terms: string[], data: LanguageData): string[] {
  const out = new Set(terms);
  for (const term of terms) {
    for (const [reader, siteWords] of Object.entries(data.synonyms)) {
      if (baseForm(lang, reader) === term) for (const phrase of siteWords) for (const w of wordsOf(phrase)) out.add(normaliseWord(lang, w));
    }
  }
  return [...out];
}

/**
 * How closely a word matches the query, for ranking sections by their heading:
 * 3 the same word, 2 a longer form of it (same start), 1 a related form, 0 none.
 */
export function matchStrength(lang: SearchLang, word: string, terms: string[]): number {
  const base = baseForm(lang, word);
  const stem = normaliseWord(lang, word);
  if (terms.some((t) => t === base || t === stem)) return 3;
  if (terms.some((t) => startsWord(base, t))) return 2;
  return wordMatches(lang, word, terms) ? 1 : 0;
}

/** Whether a word of a result's text matches one of the (expanded) query terms, for marking. */
export function wordMatches(lang: SearchLang, word: string, terms: string[]): boolean {
  const base = baseForm(lang, word);
  if (!base) return false;
  return terms.some((term) => {
    if (!term) return false;
    if (startsWord(base, term)) return true;
    if (lang === 'ko') return term.length >= 2 && base.includes(term);
    if (lang === 'tr') return commonPrefix(base, term) >= Math.max(4, term.length - 3);
    return indonesianStem(base) === indonesianStem(term);
  });
}
