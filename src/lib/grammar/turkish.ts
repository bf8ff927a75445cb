/**
 * Turkish case endings for names a reader types (Ahmet'e, Ayşe'nin, THY'ye).
 *
 * String in, string out; no DOM, no i18next. Later wrapped as i18next
 * formatters, e.g. `{{name, trCase(dat)}}`.
 *
 * ## Rules
 * - **Apostrophe**: a proper name keeps its spelling and the ending follows an
 *   ASCII apostrophe (Ankara'da). Inside quotation marks the ending follows the
 *   closing mark with no apostrophe (“Acme”ye), as the TDK rule for quoted
 *   titles has it. A trailing parenthetical is skipped: the ending goes on the
 *   word before it and the parenthetical follows (Acme'ye (Türkiye)).
 * - **Harmony** comes from the last vowel as pronounced: two-way a/e for
 *   dat/loc/abl/ins, four-way ı/i/u/ü for acc/gen. Case is folded with the
 *   Turkish locale, so İ → i and I → ı (İlker'e, Işıl'a, Ilgaz'a, Ümit'e).
 * - **Buffer letters** after a vowel: y for acc/dat/ins (Ayşe'yi, Ayşe'ye,
 *   Ayşe'yle), n for gen (Ayşe'nin).
 * - **d/t**: loc/abl start with t after a voiceless consonant
 *   (f s t k ç ş h p: Ahmet'te, Zeynep'ten), d elsewhere.
 * - **No softening** in proper names: Burak'a, Tarık'ı, TÜBİTAK'ın (not -ğ-).
 * - **Front-harmony exceptions**: Arabic names and loanwords with a palatal l
 *   or t take front endings although their last vowel is back — Kemal'e,
 *   Cemal'in, Celal'e, Bilal'i, Hilal'e, Nihal'in, Meral'e, Hayal'e, İkbal'e,
 *   saat → Saat'e, and rol, gol, alkol, kontrol, petrol, kabul, usul, hal,
 *   dijital, global, total, sosyal … also as the last word of a company name
 *   (Arslan Dijital'den). List: `FRONT_EXCEPTIONS`.
 * - **Abbreviations** (TDK): an ALL-CAPS abbreviation takes the ending of the
 *   Turkish name of its last letter — a, be, ce, çe, de, e, fe, ge, he, ı, i,
 *   je, ke, le, me, ne, o, ö, pe, re, se, şe, te, u, ü, ve, ye, ze; foreign
 *   q = kü, w = ve (çift ve), x = iks — so THY'ye, PTT'ye, TRT'den, BMW'ye,
 *   TDK'den, ABD'ye. K is "ke" as TDK prescribes (TSK'ye, not TSK'ya).
 *   An abbreviation read as a word keeps its word reading (NATO'dan,
 *   ASELSAN'da, BOTAŞ'ın, UNESCO'ya, MEB'e). Rule used to tell them apart: at
 *   least three letters, at least one vowel, and the letters syllabify as
 *   Turkish — at most one consonant before the first vowel, at most two after
 *   the last (and then only a cluster Turkish allows at a word's end: rt, rk,
 *   nt, st, ks …), at most three between vowels. ABD, AKP, THY, İETT, ÖSYM fail
 *   and are spelled out; TOGG is a listed exception (read "tog").
 * - **Digits** are read aloud: 2'ye (iki), 3'e (üç), 5'e (beş), 6'ya (altı),
 *   10'a (on), 40'a (kırk), 100'e (yüz), 1.000'e (bin), 3,5'e (beş).
 * - **Company forms**: A.Ş./AŞ and Şti. are read as "anonim şirketi" /
 *   "şirketi", so they take the pronominal n of a possessive compound —
 *   Yıldız A.Ş.'ne, Acme Ltd. Şti.'nin — the form Turkish business
 *   correspondence uses. (TDK's stricter rule writes dotted abbreviations
 *   without the apostrophe — A.Ş.ne — and a letter-by-letter reading would
 *   give A.Ş.'ye; neither is what these letters are expected to look like.)
 *   The same n appears after a multi-word name ending in a possessive head
 *   noun — Ziraat Bankası'na, Türk Hava Yolları'nda, İstanbul Üniversitesi'ne
 *   (list: `POSSESSIVE_HEADS`, plus any final word in -ları/-leri, and by
 *   shape a final word of three or more syllables in vowel + s + ı/i/u/ü or
 *   ğ + ı/i/u/ü: Dil Köprüsü'nü, Galata Kulesi'ne, Yazarlar Derneği'nde;
 *   see `isCompoundHead`). Ordinary names ending in a vowel keep y (Ayşe'yi).
 * - **Foreign spellings**, where spelling cannot occur in Turkish:
 *   final x = ks (Netflix'te), q = k (Tariq'e), consonant+le = "ıl"
 *   (Google'a, Apple'ın), -elle drops its e (Michelle'e), -tion/-sion = "şın",
 *   consonant+y = i (Sony'nin, Kelly'ye) but -fy/-ify and one-syllable words
 *   = "ay" (Spotify'a), -ow/-aw = o, -ew = u. A few brands whose reading
 *   cannot be guessed are listed (Renault'nun, Peugeot'ya, YouTube'a,
 *   Twitter'a, iPhone'u). Any other name whose pronunciation differs from its
 *   spelling (silent final e: Kate, George) can be given a `reading`.
 * - **Clean-up**: trailing spaces, sentence punctuation and stray
 *   apostrophes are dropped; a final full stop is dropped unless it ends an
 *   abbreviation (A.Ş., Ltd., T.C.). A name with nothing readable (symbols
 *   only) is returned without an ending rather than with a wrong one.
 */
import { TRAILING_SENTENCE_PUNCTUATION, normalizeName } from './normalize.ts';

/** The six oblique cases: accusative, dative, locative, ablative, genitive, instrumental (-(y)lA). */
export const trCases = ['acc', 'dat', 'loc', 'abl', 'gen', 'ins'] as const;

/** A Turkish case ending; `ins` is the suffixed form of "ile" (Ayşe'yle, Ahmet'le). */
export type TrCase = (typeof trCases)[number];

/** Titles a UI can offer; '' means the bare name. */
export const trTitles = ['', 'Bey', 'Hanım'] as const;

/** A title from `trTitles`. */
export type TrTitle = (typeof trTitles)[number];

export { TR_TYPED_TITLE, trHonorific } from './turkish-title.ts';

/** Options for `inflectName`. */
export interface TrInflectOptions {
  /**
   * How the last word is pronounced, spelled the Turkish way (e.g. 'keyt' for
   * Kate, 'corc' for George). Only harmony and the final sound are taken
   * from it; the name is still written as typed.
   */
  readonly reading?: string;
}

const VOWELS = 'aeıioöuü';
const BACK_VOWELS = 'aıou';
const ROUNDED_VOWELS = 'oöuü';
const VOICELESS = 'fstkçşhp';
const TURKISH_LETTERS = 'abcçdefgğhıijklmnoöprsştuüvyz';
const FRONTED: ReadonlyMap<string, string> = new Map(Object.entries({ a: 'e', ı: 'i', o: 'ö', u: 'ü' }));

/** Turkish names of the letters, as used when an abbreviation is spelled out. */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  a: 'a', b: 'be', c: 'ce', ç: 'çe', d: 'de', e: 'e', f: 'fe', g: 'ge', ğ: 'ge', h: 'he',
  ı: 'ı', i: 'i', j: 'je', k: 'ke', l: 'le', m: 'me', n: 'ne', o: 'o', ö: 'ö', p: 'pe',
  r: 're', s: 'se', ş: 'şe', t: 'te', u: 'u', ü: 'ü', v: 've', y: 'ye', z: 'ze',
  q: 'kü', w: 've', x: 'iks',
}));

const ONES = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'] as const;
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'] as const;
const SCALES = ['', 'bin', 'milyon', 'milyar', 'trilyon', 'katrilyon'] as const;

/** Two-consonant clusters Turkish allows at the end of a syllable. */
const CODA_CLUSTERS = new Set([
  'rt', 'rk', 'rp', 'rç', 'rs', 'rş', 'rd', 'rm', 'rn', 'rf', 'rb', 'rg', 'lt', 'lk', 'lp',
  'lç', 'lm', 'lf', 'ls', 'nt', 'nk', 'nç', 'nd', 'ns', 'st', 'şt', 'ft', 'ks', 'kt', 'ps',
]);

/**
 * Words whose last back vowel still takes front endings because the final l
 * (or t/k/f) is palatal — Arabic and French loans. These are the words the TDK
 * Güncel Türkçe Sözlük marks -li / -lü / -ti / -ki / -fi (dijital, -li; kabul, -lü;
 * saat, -ti …), listed from the author's knowledge of that dictionary and
 * of everyday usage, not re-checked entry by entry online. Matched on the last word of a name, lower-cased the
 * Turkish way (Arslan Dijital'den, DİJİTAL'de). Left out on purpose: kanal,
 * sanat, ahlak, portal (back endings or usage split).
 */
const FRONT_EXCEPTIONS: ReadonlySet<string> = new Set([
  // given names
  'kemal', 'cemal', 'celal', 'bilal', 'hilal', 'nihal', 'meral', 'hayal', 'ikbal', 'iqbal',
  'resul', 'iclal', 'visal',
  // -l loans (-li / -lü)
  'hal', 'rol', 'gol', 'alkol', 'kontrol', 'petrol', 'protokol', 'sembol', 'istiklal',
  'istikbal', 'ihtimal', 'kabul', 'usul', 'meal', 'helal', 'misal', 'emsal', 'ideal',
  'dijital', 'global', 'total', 'normal', 'sosyal', 'lokal', 'final', 'festival', 'metal',
  'kristal', 'sinyal', 'moral', 'radikal', 'liberal', 'medikal', 'spiral', 'ekol', 'kapital',
  'termal', 'mineral', 'minimal', 'optimal', 'orijinal', 'nasyonal', 'enternasyonal', 'viral',
  'vital', 'mental', 'digital',
  // -t / -k / -f loans (-ti / -ki / -fi)
  'saat', 'seyahat', 'hakikat', 'dikkat', 'kanaat', 'cemaat', 'itaat', 'idrak', 'iştirak',
  'harf',
]);

/** The exception list also matches a word typed with ASCII I for İ (DIJITAL, GLOBAL). */
function takesFrontEndings(word: string): boolean {
  return FRONT_EXCEPTIONS.has(word) || FRONT_EXCEPTIONS.has(word.replace(/ı/gu, 'i'));
}

/** Readings of names whose spelling does not show how they are said. */
const KNOWN_READINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  togg: 'tog',
  renault: 'reno',
  peugeot: 'pejo',
  chevrolet: 'şevrole',
  twitter: 'tivitır',
  youtube: 'yutub',
  iphone: 'ayfon',
}));

/** Company-form abbreviations, read as the words they stand for. */
const COMPANY_FORMS: ReadonlyMap<string, { reading: string; pronominal: boolean }> = new Map(Object.entries({
  'a.ş.': { reading: 'şirketi', pronominal: true },
  'aş': { reading: 'şirketi', pronominal: true },
  't.a.ş.': { reading: 'şirketi', pronominal: true },
  'şti.': { reading: 'şirketi', pronominal: true },
  'şti': { reading: 'şirketi', pronominal: true },
  'ltd.': { reading: 'limited', pronominal: false },
  'ltd': { reading: 'limited', pronominal: false },
  'inc.': { reading: 'ink', pronominal: false },
  'inc': { reading: 'ink', pronominal: false },
  'corp.': { reading: 'korp', pronominal: false },
  'co.': { reading: 'ko', pronominal: false },
  'tic.': { reading: 'ticaret', pronominal: false },
  'san.': { reading: 'sanayi', pronominal: false },
}));

/** Possessive head nouns that close institution names (… Bankası'na). */
const POSSESSIVE_HEADS = new Set([
  'şirketi', 'bankası', 'ofisi', 'müdürlüğü', 'başkanlığı', 'bakanlığı', 'derneği', 'vakfı',
  'kurumu', 'kurulu', 'birliği', 'odası', 'borsası', 'üniversitesi', 'fakültesi', 'hastanesi',
  'belediyesi', 'valiliği', 'kaymakamlığı', 'merkezi', 'grubu', 'enstitüsü', 'ajansı',
  'mağazası', 'fabrikası', 'kooperatifi', 'sendikası', 'partisi', 'kulübü', 'okulu', 'lisesi',
  'koleji', 'akademisi', 'müzesi', 'kütüphanesi', 'evi', 'yayınevi', 'dünyası', 'pazarı',
  'sanayii', 'ticareti', 'sigortası', 'gazetesi', 'federasyonu', 'mahkemesi', 'noterliği',
  'meclisi', 'cumhuriyeti', 'limanı', 'havalimanı', 'istasyonu', 'dairesi', 'şubesi', 'bürosu',
  'atölyesi', 'stüdyosu', 'platformu', 'oteli', 'ekibi', 'takımı', 'tasarımı', 'yazılımı',
  'kitabevi', 'basımevi', 'aşevi', 'huzurevi', 'çarşısı', 'köprüsü', 'kulesi', 'bahçesi',
]);

/**
 * Last words that look like a compound head (vowel + s + high vowel, or ğ + high vowel)
 * but are whole words: su "water" closes names and surnames (Karasu'yu, Ecesu'ya).
 */
const NOT_POSSESSIVE: ReadonlySet<string> = new Set([
  'karasu', 'ılısu', 'akarsu', 'ecesu', 'damlasu', 'gülesu', 'aksu', 'göksu', 'nilsu', 'ilkesu',
]);

/**
 * Is the last word of a multi-word name the possessive head of a compound
 * (Dil Köprüsü, Galata Kulesi, Kapak Stüdyosu, Yazarlar Derneği)? Listed heads,
 * any word in -ları/-leri, and — by shape — a word of three or more syllables
 * ending in a vowel + s + ı/i/u/ü (the -sI of a vowel-final stem: köprü-sü,
 * atölye-si) or in ğ + ı/i/u/ü (dernek → derneği). Two-syllable words are left
 * alone so that surnames such as Rosi, Nesi or Doğu keep the plain y (Rosi'yi).
 */
function isCompoundHead(key: string): boolean {
  if (POSSESSIVE_HEADS.has(key) || /(?:ları|leri)$/u.test(key)) return true;
  if (NOT_POSSESSIVE.has(key)) return false;
  const syllables = (key.match(/[aeıioöuü]/gu) ?? []).length;
  return syllables >= 3 && /(?:[aeıioöuü]s|ğ)[ıiuü]$/u.test(key);
}

const FOLD_SPECIAL: ReadonlyMap<string, string> = new Map(Object.entries({
  ä: 'e', æ: 'e', ø: 'ö', œ: 'ö', å: 'o', ß: 's', ł: 'l', ÿ: 'i',
}));

const lower = (text: string): string => text.toLocaleLowerCase('tr');
const upper = (text: string): string => text.toLocaleUpperCase('tr');

/** Lower-case Turkish letters only; foreign letters folded to the nearest Turkish one (q w x kept). */
function fold(text: string): string {
  let out = '';
  for (const ch of lower(text)) {
    if (TURKISH_LETTERS.includes(ch) || 'qwx'.includes(ch)) out += ch;
    else if (FOLD_SPECIAL.get(ch) !== undefined) out += FOLD_SPECIAL.get(ch);
    else if (/\p{L}/u.test(ch)) out += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

interface Phon {
  /** The vowel that drives harmony. */
  readonly vowel: string;
  /** What the word ends in when read. */
  readonly final: 'vowel' | 'voiced' | 'voiceless';
  /** A possessive compound: n before acc/dat/loc/abl (Bankası'na). */
  readonly pronominal: boolean;
}

/** Harmony and final sound of a reading spelled in Turkish letters; null without a vowel. */
function phonOf(reading: string, pronominal = false, front = false): Phon | null {
  const letters = [...reading].filter((ch) => /\p{L}/u.test(ch));
  let vowel: string | undefined;
  for (let i = letters.length - 1; i >= 0 && vowel === undefined; i -= 1) {
    const ch = letters[i];
    if (ch !== undefined && VOWELS.includes(ch)) vowel = ch;
  }
  const last = letters.at(-1);
  if (vowel === undefined || last === undefined) return null;
  if (front) vowel = FRONTED.get(vowel) ?? vowel;
  const final = VOWELS.includes(last) ? 'vowel' : VOICELESS.includes(last) ? 'voiceless' : 'voiced';
  return { vowel, final, pronominal };
}

/** The ending (without apostrophe) for a reading in a case. */
function ending(phon: Phon, c: TrCase): string {
  const back = BACK_VOWELS.includes(phon.vowel);
  const rounded = ROUNDED_VOWELS.includes(phon.vowel);
  const a = back ? 'a' : 'e';
  const i = back ? (rounded ? 'u' : 'ı') : rounded ? 'ü' : 'i';
  const d = phon.final === 'voiceless' ? 't' : 'd';
  const afterVowel = phon.final === 'vowel';
  switch (c) {
    case 'acc':
      return phon.pronominal ? `n${i}` : afterVowel ? `y${i}` : i;
    case 'dat':
      return phon.pronominal ? `n${a}` : afterVowel ? `y${a}` : a;
    case 'loc':
      return phon.pronominal ? `nd${a}` : `${d}${a}`;
    case 'abl':
      return phon.pronominal ? `nd${a}n` : `${d}${a}n`;
    case 'gen':
      return afterVowel ? `n${i}n` : `${i}n`;
    case 'ins':
      return afterVowel ? `yl${a}` : `l${a}`;
  }
}

/** Can these letters be read as one Turkish word? (See the module comment.) */
function pronounceable(word: string): boolean {
  const clusters = word.split(/[aeıioöuü]+/u);
  if (clusters.length < 2) return false;
  const first = clusters[0] ?? '';
  const last = clusters.at(-1) ?? '';
  if (first.length > 1) return false;
  if (last.length > 2 || (last.length === 2 && !CODA_CLUSTERS.has(last))) return false;
  return clusters.slice(1, -1).every(
    (cluster) => cluster.length <= 2 || (cluster.length === 3 && CODA_CLUSTERS.has(cluster.slice(0, 2))),
  );
}

/** Turn a foreign spelling (lower-case, folded) into a Turkish-letter reading of its end. */
function readAsTurkish(word: string): string {
  let w = word;
  w = w.replace(/[ts]ion$/u, 'şın');
  if (/elle$/u.test(w)) w = w.slice(0, -1);
  else w = w.replace(/([^aeıioöuüyl])le$/u, '$1ıl');
  w = w.replace(/x$/u, 'ks').replace(/q$/u, 'k');
  w = w.replace(/[oa]w$/u, 'o').replace(/ew$/u, 'u').replace(/w$/u, 'v');
  if (/[^aeıioöuü]y$/u.test(w)) {
    const stem = w.slice(0, -1);
    w = /f$/u.test(stem) || !/[aeıioöuü]/u.test(stem) ? `${stem}ay` : `${stem}i`;
  }
  return w.replace(/w/gu, 'v').replace(/q/gu, 'k').replace(/x/gu, 'ks');
}

/** The last word of a Turkish number read aloud (digits with '.' thousands, ',' decimals). */
function numberReading(segment: string): string | null {
  const match = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u.exec(segment);
  if (!match) return null;
  const [, integerPart = '', fraction] = match;
  let digits = (fraction ?? integerPart).replace(/\./gu, '').replace(/^0+/u, '');
  if (digits === '') return 'sıfır';
  let scale = 0;
  while (digits.endsWith('000')) {
    digits = digits.slice(0, -3);
    scale += 1;
  }
  if (scale > 0) return SCALES[scale] ?? null;
  const ones = Number(digits.slice(-1));
  const tens = Number(digits.slice(-2, -1) || '0');
  if (ones > 0) return ONES[ones] ?? null;
  if (tens > 0) return TENS[tens] ?? null;
  return 'yüz';
}

/** Phonology of the end of a cleaned-up name. */
function analyse(text: string, reading?: string): Phon | null {
  if (reading !== undefined) {
    const given = phonOf(fold(normalizeName(reading)));
    if (given) return given;
  }
  const words = text.split(' ');
  const lastWord = words.at(-1) ?? '';
  const key = lower(lastWord);
  const company = companyForm(lastWord);
  if (company) return phonOf(company.reading, company.pronominal);
  if (words.length > 1 && isCompoundHead(key)) {
    return phonOf(fold(key), true);
  }

  const segment = (lastWord.split('-').filter((part) => part !== '').at(-1) ?? '').replace(/['’]/gu, '');
  if (/\d[.,]?$/u.test(segment)) {
    const number = numberReading(segment.replace(/[.,]$/u, ''));
    return number ? phonOf(number) : null;
  }
  // Symbols at the end (C++, Acme&) have no reading that can be trusted.
  if (!/[\p{L}\p{N}]$/u.test(segment.replace(/\.+$/u, ''))) return null;
  let letters = [...segment].filter((ch) => /\p{L}/u.test(ch)).join('');
  if (letters === '') return null;
  // In a mixed-case word a capital I after another letter is the Latin i (LinkedIn),
  // never Turkish dotless I, which only starts a capitalised word (Işıl, Ilgaz).
  if (/\p{Ll}/u.test(letters)) letters = letters.replace(/(?<=\p{L})I/gu, 'i');
  const word = fold(letters);
  const lastLetter = word.slice(-1);
  const spelled = (): Phon | null => phonOf(LETTER_NAMES.get(lastLetter) ?? lastLetter);

  const known = KNOWN_READINGS.get(word);
  if (known !== undefined) return phonOf(known);
  const allCaps = letters === upper(letters) && letters !== lower(letters);
  const dotted = /\p{L}\.\p{L}/u.test(segment);
  if (dotted || (allCaps && (letters.length < 3 || !pronounceable(word)))) return spelled();
  return phonOf(readAsTurkish(word), false, takesFrontEndings(word)) ?? spelled();
}

/** The company form a token stands for (A.Ş., Ltd., Inc. …), matched in either casing convention. */
function companyForm(token: string): { reading: string; pronominal: boolean } | undefined {
  return COMPANY_FORMS.get(lower(token)) ?? COMPANY_FORMS.get(token.toLowerCase());
}

/** Is `token` an abbreviation whose final full stop belongs to it? */
function isAbbreviation(token: string): boolean {
  return (
    companyForm(token) !== undefined ||
    /^(?:\p{L}{1,4}\.){2,}$/u.test(token) ||
    /^\p{Lu}\.$/u.test(token)
  );
}

/** Drop trailing sentence punctuation, stray apostrophes and non-abbreviation full stops. */
function cleanTrailing(text: string): string {
  let out = text;
  for (let guard = 0; guard < 8; guard += 1) {
    const before = out;
    out = out.replace(TRAILING_SENTENCE_PUNCTUATION, '');
    if (out.endsWith('.') && !isAbbreviation(out.split(' ').at(-1) ?? '')) out = out.slice(0, -1);
    if (/\S['’]$/u.test(out) && !isQuoted(out)) out = out.slice(0, -1);
    if (out === before) break;
  }
  return out.trim();
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'], ['„', '“'], ['"', '"'], ['«', '»'], ['‘', '’'], ["'", "'"],
];

/** If the name ends in a quotation, the quoted text; otherwise null. */
function quotedPart(text: string): string | null {
  for (const [open, close] of QUOTES) {
    if (text.length < 3 || !text.endsWith(close)) continue;
    const start = text.lastIndexOf(open, text.length - 1 - close.length);
    if (start >= 0) return text.slice(start + open.length, -close.length);
  }
  return null;
}

function isQuoted(text: string): boolean {
  return quotedPart(text) !== null;
}

function isTrCase(value: unknown): value is TrCase {
  return typeof value === 'string' && (trCases as readonly string[]).includes(value);
}

/**
 * A proper name with a Turkish case ending, after an apostrophe, by vowel harmony and the name's final sound.
 * @example inflectName('Ahmet', 'abl') // "Ahmet'ten"
 */
export function inflectName(name: string, c: TrCase, options?: TrInflectOptions): string {
  const text = cleanTrailing(normalizeName(name));
  if (text === '' || !isTrCase(c)) return text;

  const parenthetical = /^(.*\S)\s*(\([^()]*\))$/u.exec(text);
  if (parenthetical?.[1] && parenthetical[2]) {
    return `${inflectName(parenthetical[1], c, options)} ${parenthetical[2]}`;
  }

  const quoted = quotedPart(text);
  if (quoted !== null) {
    const phon = analyse(cleanTrailing(quoted), options?.reading);
    return phon ? text + ending(phon, c) : text;
  }

  const phon = analyse(text, options?.reading);
  return phon ? `${text}'${ending(phon, c)}` : text;
}

const TYPED_TITLES: ReadonlyMap<string, string> = new Map(Object.entries({
  bey: 'Bey',
  hanım: 'Hanım',
  hanim: 'Hanım',
  beyefendi: 'Beyefendi',
  hanımefendi: 'Hanımefendi',
  hanimefendi: 'Hanımefendi',
}));

/**
 * A name with "Bey"/"Hanım" after it; with a case, the title takes the ending (Ahmet Bey'e).
 * @example addressTr('Ayşe', 'Hanım', 'gen') // "Ayşe Hanım'ın"
 */
export function addressTr(name: string, title: TrTitle = '', c?: TrCase, options?: TrInflectOptions): string {
  const n = cleanTrailing(normalizeName(name));
  if (n === '') return '';
  const words = n.split(' ');
  const typed = words.length > 1 ? TYPED_TITLES.get(lower(words.at(-1) ?? '')) : undefined;
  const requested = TYPED_TITLES.get(lower(normalizeName(title)));
  const phrase = typed
    ? [...words.slice(0, -1), typed].join(' ')
    : requested && (requested === 'Bey' || requested === 'Hanım')
      ? `${n} ${requested}`
      : n;
  if (c === undefined) return phrase;
  return phrase === n && !typed ? inflectName(n, c, options) : inflectName(phrase, c);
}
