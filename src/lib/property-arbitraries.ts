/**
 * fast-check arbitraries shared by the property tests (grammar, composition):
 * random Unicode mixed with the inputs that broke the site before (QA 1.4–1.8).
 * Test-only; nothing in the site imports it.
 */
import fc from 'fast-check';

export const FAMILY = '👩\u200D👩\u200D👧\u200D👦';

/** Inputs known to be hard: prototype names, emoji sequences, RTL, combining marks, bidi overrides, titles, punctuation. */
export const TRICKY = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Constructor.', 'Ali constructor', 'Pak __proto__',
  FAMILY, `${FAMILY} Ayşe`, '👩🏽\u200D💻', '🏳\uFE0F\u200D🌈', '🙂',
  'שלום עולם', 'مرحبا بك', '\u202Emoc.live@ti', 'abc\u202E', '\u2066x\u2069', 'a\u200Fb',
  'e\u0301', '가', 'İlker', 'Işıl', 'Ümit', 'ŞİRKET', 'Ziraat Bankası', 'Yıldız A.Ş.', 'Acme Ltd. Şti.', 'Kaya (Türkiye)',
  '김민수', '토스(주)', '(주)', '김민수 대표', 'MP3', 'C++', '東京', 'Bapak', 'Pak Budi', 'Bu Sari', 'Bey', 'Hanım', '님', '대표님',
  '!!!', '...', ',', "'", '?', '  ', '\u200B', '\uFEFF', 'a\uD800b', '1.000', '3,5', '100만원', '1,5 milyon TL', 'Rp 2 juta', '-500000', '1e9',
] as const;

/** Words a text must never show unless the reader typed them. */
export const INTERNALS = /\{\{|\}\}|undefined|\[object|function|native code|\bnull\b|NaN/u;

/** Any text: random graphemes, random code points (lone surrogates included) and the tricky inputs, glued together. */
export const anyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '-', "'", '.', ',', '\n', '\t') },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => !INTERNALS.test(text));

const wordUnit = fc.oneof(
  fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ'),
  fc.constantFrom('김', '민', '수', '이', '지', '은', '한', '글', '東', '京', 'ש', 'ל', 'ו', 'م', 'ر', 'ح', 'é', 'e\u0301', 'a\u0308', '1', '7', '٣'),
  fc.constantFrom(FAMILY, '👩🏽\u200D💻', '🙂'),
);
const word = fc.array(wordUnit, { minLength: 1, maxLength: 6 }).map((units) => units.join(''));

/**
 * A name as people write one: words of letters (any script), digits, combining
 * marks and emoji, single spaces, at least one letter or digit, no punctuation,
 * so any broken join in the output is the composer's, not the reader's.
 */
export const nameLike: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty') }), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '))
  .filter((text) => /[\p{L}\p{N}]/u.test(text) && !INTERNALS.test(text));
