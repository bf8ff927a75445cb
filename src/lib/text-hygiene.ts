/**
 * Text hygiene for everything a reader types, in one place. Pure (no DOM).
 *
 * - Unicode NFC, so a Hangul syllable typed as jamo or a Turkish ş typed as
 *   s + combining cedilla is one character.
 * - Lone surrogates become U+FFFD (they cannot be encoded, copied or saved).
 * - Bidi controls are removed, from single- and multi-line fields alike:
 *   embeddings and overrides (U+202A–202E), isolates (U+2066–2069) and the
 *   marks U+200E, U+200F, U+061C. An override pasted into a contact would
 *   otherwise make `moc.live@ti` display as `it@evil.com` in the copied
 *   follow-up. Right-to-left letters themselves are kept; the Unicode bidi
 *   algorithm orders them without help. (Removing rather than isolating keeps
 *   the stored text free of invisible characters the reader never typed.)
 * - Invisible characters are dropped (zero-width space and non-joiner, word
 *   joiner, invisible operators, BOM, soft hyphen), but the zero-width
 *   joiner is kept inside an emoji sequence (👩‍👩‍👧‍👦 stays one family).
 * - Control characters: in a single-line field any of them (tab, newline) is a
 *   space; in a multi-line field newlines stay (CR LF → LF), tabs are spaces,
 *   the rest are dropped.
 * - Capping to a maximum length never splits a grapheme: a joined emoji, a
 *   letter with its combining marks, or a surrogate pair is kept or dropped whole.
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u2060-\u2064\uFEFF]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ZWJ = '\u200D';

let graphemeSegmenter: Intl.Segmenter | undefined;
function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** Keep a zero-width joiner only where it joins two emoji within one grapheme. */
function keepEmojiJoiners(text: string): string {
  if (!text.includes(ZWJ)) return text;
  return graphemes(text)
    .map((g) => {
      if (!g.includes(ZWJ)) return g;
      const joinsEmoji = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*\u200D\p{Extended_Pictographic}/u.test(g);
      return joinsEmoji ? g.replace(/\u200D(?!\p{Extended_Pictographic})/gu, '') : g.replaceAll(ZWJ, '');
    })
    .join('');
}

/** What both kinds of field share: NFC, well-formed, no bidi controls, no stray invisibles. */
function cleanCommon(text: string): string {
  return keepEmojiJoiners(text.normalize('NFC').replace(LONE_SURROGATE, '\uFFFD').replace(BIDI_CONTROLS, '').replace(INVISIBLE, ''));
}

/**
 * Cut to at most `max` code points (what the form's counter counts) without splitting a grapheme.
 * @example capGraphemes('ab👩‍👩‍👧‍👦', 4) // 'ab'
 */
export function capGraphemes(text: string, max: number): string {
  if (Array.from(text).length <= max) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const size = Array.from(g).length;
    if (used + size > max) break;
    out += g;
    used += size;
  }
  return out;
}

/**
 * A single-line field (a name, a contact, an amount) as kept.
 * @example cleanLine('Ali\u202Emoc.live@ti') // 'Alimoc.live@ti'
 */
export function cleanLine(text: string, max = Infinity): string {
  const clean = cleanCommon(text).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu, ' ');
  return capGraphemes(clean, max);
}

/** A multi-line field (the facts) as kept: newlines stay. */
export function cleanMultiline(text: string, max = Infinity): string {
  const clean = cleanCommon(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/\t/gu, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/gu, '');
  return capGraphemes(clean, max);
}

/** True when the text has at least one letter or digit (in any script): a name needs one. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
