/**
 * Korean search normalisation. Pagefind splits Korean on spaces only and matches a
 * query word as the *start* of an indexed word, so `고객` already finds `고객에게`.
 * What it cannot do: find `고객` from a query typed with a particle (`고객에게`
 * must be the exact start of a word) or find the second part of a compound
 * (`정보` in `개인정보`). So a query word loses its particle or ending here, and
 * at index time the later parts of compounds are added as extra words.
 */

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;

export function isHangulSyllable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= HANGUL_START && code <= HANGUL_END;
}

/** The final consonant index of a syllable (0: none, 8: ㄹ). */
function finalConsonant(char: string): number {
  return ((char.codePointAt(0) ?? HANGUL_START) - HANGUL_START) % 28;
}

/**
 * Particles that agree with the syllable before them (을 after a final consonant,
 * 를 after a vowel…). Checking the agreement keeps nouns that merely end in the
 * same syllable whole: `사이` is not `사` + `이`, `고객이` is `고객` + `이`.
 */
const AGREEING: Record<string, 'consonant' | 'vowel' | 'vowel-or-l'> = {
  을: 'consonant', 은: 'consonant', 이: 'consonant', 과: 'consonant', 으로: 'consonant', 이나: 'consonant', 이랑: 'consonant', 이라도: 'consonant',
  를: 'vowel', 는: 'vowel', 가: 'vowel', 와: 'vowel', 나: 'vowel', 랑: 'vowel', 라도: 'vowel',
  로: 'vowel-or-l',
};

/** Particles (and particle pairs) that follow any noun; longest first when matched. */
const FREE = [
  '에서부터', '으로부터', '로부터', '에게서는', '에게서', '한테서', '께서는', '께서', '에서는', '에서도', '에서의', '에서',
  '에게는', '에게도', '에게', '한테는', '한테', '께는', '으로는', '으로도', '로는', '로도', '까지는', '까지', '부터는', '부터',
  '처럼', '보다', '마다', '조차', '밖에', '만큼', '만은', '만', '에는', '에도', '에', '의', '도', '이란', '란', '이요', '요',
];

/**
 * Endings of `하다`/`되다`/`받다` verbs made from a noun (`환불하는`, `해지된`,
 * `환불받으려면`): removing them leaves the noun.
 */
const VERBAL = [
  '받으려면', '받는', '받기', '받을', '받은', '받고', '받아', '받았',
  '하려면', '하려고', '해야', '해요', '했다', '했어요', '했을', '합니다', '하세요', '하는', '하기', '하면', '하고', '하지', '하게', '하던', '하며', '해서', '했', '하다', '할', '한', '해',
  '되려면', '되는', '되면', '되기', '되어', '돼요', '됐다', '됐', '된', '될', '돼', '시키는', '시키기', '하', '되', '받',
];

/** Plain verb and adjective endings; removing one leaves a stem that starts the other forms. */
const ENDINGS = ['으려면', '려면', '는데', '니까', '어요', '아요', '여요', '세요', '습니다', '는', '기', '고', '면', '지'];

const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const FREE_SORTED = longestFirst(FREE);
const AGREEING_SORTED = longestFirst(Object.keys(AGREEING));
const VERBAL_SORTED = longestFirst(VERBAL);
const ENDINGS_SORTED = longestFirst(ENDINGS);

function agrees(particle: string, before: string): boolean {
  const rule = AGREEING[particle];
  if (!rule || !isHangulSyllable(before)) return false;
  const final = finalConsonant(before);
  if (rule === 'consonant') return final !== 0;
  if (rule === 'vowel') return final === 0;
  return final === 0 || final === 8;
}

/** The noun a particle was stripped from, if the word is noun + particle; else undefined. */
export function stripParticle(word: string): string | undefined {
  for (const particle of AGREEING_SORTED) {
    if (word.length > particle.length && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      if (agrees(particle, stem.slice(-1))) return stem;
    }
  }
  for (const particle of FREE_SORTED) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    // A one-syllable particle after a one-syllable stem is too often part of the word (회의, 나에).
    if (stem.length >= 2 || (stem.length >= 1 && particle.length >= 2)) return stem;
  }
  return undefined;
}

/** The noun of a `하다`/`되다`/`받다` verb form, if the word is one. */
export function stripVerbal(word: string): string | undefined {
  for (const ending of VERBAL_SORTED) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return undefined;
}

/**
 * A Korean word reduced to the form a reader means: particle and verb ending
 * removed (`고객에게` → `고객`, `환불받으려면` → `환불`, `헤어지는` → `헤어지`).
 * Words that are not Hangul are returned as they are.
 */
export function koreanStem(word: string): string {
  if (!word || !isHangulSyllable(word.slice(-1))) return word;
  const noun = stripParticle(word);
  const base = noun ?? word;
  const verbal = stripVerbal(base);
  if (verbal) return verbal;
  if (noun) return noun;
  for (const ending of ENDINGS_SORTED) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** The longest noun looked for inside a compound (nounsIn keeps 2–4 syllables; listed ones may be longer). */
const MAX_NOUN = 6;

/** Whether `prefix` can be cut into known nouns (one leading single syllable like 재·총·비 allowed). */
function segmentable(prefix: string, nouns: ReadonlySet<string>): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= prefix.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++) {
      const piece = prefix.slice(start, end);
      if (ok[start] && (nouns.has(piece) || (start === 0 && end === 1))) ok[end] = true;
    }
  }
  return ok[prefix.length] === true;
}

/**
 * The later parts of a compound noun (`개인정보처리방침` → `정보`, `처리`, `방침`),
 * so that a query for any part finds the compound. A part starts where a known
 * noun of two or more syllables starts and everything before it is known nouns.
 */
export function compoundTails(stem: string, nouns: ReadonlySet<string>): string[] {
  const tails: string[] = [];
  if (stem.length < 3 || ![...stem].every(isHangulSyllable)) return tails;
  for (let i = 1; i <= stem.length - 2; i++) {
    const rest = stem.slice(i);
    // The longest known noun that starts here (the index needs only the part itself:
    // Pagefind matches a query as the start of a word). Looked up by length, not by
    // walking the noun list: a site of 1,000 guides knows thousands of nouns.
    let noun: string | undefined;
    for (let length = Math.min(rest.length, MAX_NOUN); length >= 2 && !noun; length--) if (nouns.has(rest.slice(0, length))) noun = rest.slice(0, length);
    if (noun && segmentable(stem.slice(0, i), nouns)) tails.push(noun);
  }
  return tails;
}

/** Nouns a text shows as nouns: words that carry a particle or a `하다` ending (2–4 syllables). */
export function nounsIn(words: Iterable<string>): Set<string> {
  const nouns = new Set<string>();
  for (const word of words) {
    const noun = stripParticle(word);
    const stem = stripVerbal(noun ?? word) ?? noun;
    if (stem && stem.length >= 2 && stem.length <= 4 && [...stem].every(isHangulSyllable)) nouns.add(stem);
  }
  return nouns;
}
