/**
 * Turkish search folding. Readers type `odeme` for `ödeme`, `IPTAL` for `iptal`,
 * `kisa` for `kısa`, often on keyboards or phones without Turkish letters.
 * Pagefind folds most diacritics itself, but not the dotless `ı` (it has no
 * decomposition), and `toLocaleLowerCase` would give different answers under a
 * Turkish and a non-Turkish browser locale. This fold uses no locale: every
 * I/İ/ı/i is `i`, every other mark is dropped. The query is folded this way, and
 * words with `ı` are indexed in their folded form as well.
 */
export function foldTurkish(text: string): string {
  return text
    .replace(/[İIı]/gu, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Whether Pagefind would not find this word from its folded form (it holds a dotless ı). */
export function needsFoldedCopy(word: string): boolean {
  return /ı/u.test(word) || /I/u.test(word);
}

/**
 * A folded Turkish query word without the negative imperative a reader types when
 * asking what not to do (`suclamayin` → `sucla`, `bitirmeyin` → `bitir`): Pagefind
 * matches a query as the start of a word, so the verb stem finds every form of it.
 */
export function stripNegativeImperative(folded: string): string {
  const stem = folded.replace(/m[ae]yin(iz)?$/u, '');
  return stem !== folded && stem.length >= 3 ? stem : folded;
}
