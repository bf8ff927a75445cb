/**
 * Shared clean-up for names a reader types into the script generator.
 *
 * Every public function in `src/lib/grammar` runs its input through
 * `normalizeName` first, so that the inflection rules only ever see one
 * canonical spelling: Unicode NFC (a Hangul syllable typed as jamo, or a
 * Turkish `ş` typed as `s` + combining cedilla, becomes one code point),
 * no invisible characters, single spaces, no leading/trailing space.
 *
 * The module is pure (no DOM, no i18next) so the same code runs in Astro
 * pages, in i18next formatters and in tests. The character rules themselves
 * (bidi controls, invisibles, emoji joiners) live in src/lib/text-hygiene.ts.
 */
import { cleanLine } from '../text-hygiene.ts';

/**
 * NFC, no zero-width/bidi characters (emoji joiners kept), single spaces, trimmed; non-strings (bar finite numbers) become ''.
 * @example normalizeName('  Ay\u015fe\u200b   Y\u0131lmaz ') // 'Ayşe Yılmaz'
 */
export function normalizeName(input: unknown): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (typeof input === 'number' && Number.isFinite(input)) text = String(input);
  else return '';
  return cleanLine(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Sentence punctuation a reader may leave at the end of a name
 * ("Ahmet Yılmaz," or "김민수!"): it can never stand before a suffix or a
 * particle, so it is dropped. The full stop is handled separately by each
 * language, because it may end an abbreviation ("Ltd.", "A.Ş.").
 */
export const TRAILING_SENTENCE_PUNCTUATION = /[\s,;:!?¡¿…‥、。，；：！？]+$/u;
