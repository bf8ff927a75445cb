/**
 * A crude, mechanical reader for "first-glance" errors where two independently written pieces of a
 * composed text meet: the same content word (or two-word phrase) said twice in one sentence or in two
 * sentences in a row (adjacentEchoes), the same date written twice in one sentence (sameDateTwice), a
 * thank-you said twice in one text (thanksSentences), the same referral in two checklist steps
 * (nameInTwoItems), and "today … until then" in one sentence (todayUntilThen).
 * Pure: strings in, findings out. Used by compose-echo.test.ts over a matrix of composed texts.
 *
 * It is deliberately conservative (a native editor should agree with what it flags; missing a subtle
 * echo is better than crying wolf):
 * - words are compared by a crude stem (ko: the first two syllables of a word of three or more
 *   syllables, else the word; tr: the first five letters; id: the word minus me-/di-/ber-/ter- and
 *   -nya/-kan/-lah), after lowercasing in the language's own locale (Turkish İ → i, I → ı);
 * - function words (a per-language stop list, including number words, months and weekdays), numbers, the
 *   names the reader typed, parenthetical asides and a SHORT list of formulaic words that are fine to
 *   repeat (FORMULAIC, ADJACENT_OK, each with its reason) never count;
 * - a word pointed back to by a demonstrative (ko 그 계좌, tr aynı yolla, id rekening tersebut) and a
 *   reduplication (sık sık, hal-hal) are not echoes;
 * - within one sentence a single repeated content stem is an echo; between two sentences in a row only
 *   a shared two-word phrase (two content stems side by side in both) or the very same word form of
 *   a long word (e.g. "dosyaları … dosyaları") is: a single shared stem such as "contract" in two
 *   sentences in a row is normal prose.
 */
import type { Lang } from '../../i18n/locales.ts';

const locale: Record<Lang, string> = { ko: 'ko', tr: 'tr', id: 'id' };

/** Lowercase in the language's locale, punctuation and symbols to spaces, digits kept. */
export function normalise(text: string, lang: Lang): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(locale[lang])
    .replace(/[’']/gu, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a normalised text; Turkish apostrophe suffixes (Aralık'a, Hakan'a) are cut off. */
export function words(text: string, lang: Lang): string[] {
  return normalise(text, lang)
    .split(' ')
    .map((w) => w.replace(/'.*$/u, ''))
    .filter((w) => w !== '');
}

const hangul = /^[\uAC00-\uD7A3]+$/u;

/** A crude stem: enough to see "작업을 / 작업은", "dosyaları / dosyayı", "mengirim / dikirimkan" as one word. */
export function stem(word: string, lang: Lang): string {
  if (lang === 'ko') {
    if (!hangul.test(word)) return word;
    const syllables = [...word];
    return syllables.length >= 3 ? syllables.slice(0, 2).join('') : word;
  }
  if (lang === 'tr') return [...word].slice(0, 5).join('');
  // Indonesian: strip -nya/-lah, then -kan (not -i/-an: they cut real roots too often), then a prefix. Crude:
  // meN- before a dropped consonant is not restored (mengirim → irim, dikirim → kirim).
  let w = word.replace(/(?:nya|lah)$/u, '');
  if (w.length > 6) w = w.replace(/kan$/u, '');
  const bare = w.replace(/^(?:meng|meny|mem|men|me|di|ber|ter|per)/u, '');
  // A prefix is only cut when a real root is left (berkas is not ber + kas).
  return bare.length >= 4 ? bare : w;
}

/**
 * Function words, pronouns, honorific and auxiliary endings: never content (by stem, see stem()).
 * Korean entries are stems: 드리겠습니다 → 드리, 말씀드리고 → 말씀.
 */
const STOP: Record<Lang, ReadonlySet<string>> = {
  ko: new Set(
    [
      // pronouns, demonstratives, adverbs of degree and time, connectives
      '저', '저는', '제가', '저도', '저희', '제', '저에', '저희가', '저희는', '그', '이', '그리고', '또', '또는', '혹시', '모두', '다시', '더', '잘', '좀', '다', '꼭',
      '지금', '오늘', '이번', '그동', '그래', '그러', '하지', '다만', '정말', '이렇', '그런', '이런', '어떤', '것', '수', '때', '등', '및', '중', '안', '날', '전', '후', '까지', '부터',
      '함께', '같이', '계속', '먼저', '바로', '아직', '이미', '앞으', '그때', '번', '한', '두', '세', '있는', '없는', '있습', '없습', '있어', '없어', '있고', '없이', '있으', '없으',
      // verb endings and honorific auxiliaries (stems of 하다, 되다, 드리다, 주다, 말씀드리다, 있다)
      '하고', '하는', '하며', '하면', '하여', '해서', '해요', '했습', '했어', '하겠', '합니', '하기', '하시', '하실', '한다', '할', '할게', '해', '해도', '해야',
      '되는', '되고', '되어', '돼요', '됩니', '되었', '되면', '된', '될', '드리', '드릴', '드려', '드렸', '드립', '주시', '주세', '주셔', '주셨', '주신', '주실', '주면',
      '보내', '말씀', '님', '님께', '께', '분', '분께', '주',
      // amounts and dates around the digits (330만 원, 60퍼센트, 12월 4일은 digits and go anyway)
      '원', '만', '천', '백', '퍼센', '퍼센트', '요일',
    ],
  ),
  tr: new Set(
    [
      've', 'ile', 'bir', 'bu', 'şu', 'o', 'da', 'de', 'ki', 'mi', 'için', 'gibi', 'kadar', 'daha', 'çok', 'en', 'her', 'hiç', 'ya', 'veya', 'ama', 'fakat', 'ancak', 'yani',
      // pronouns and their forms (first five letters)
      'ben', 'benim', 'bana', 'beni', 'bende', 'biz', 'bizim', 'bize', 'sizin', 'size', 'sizi', 'sizde', 'sizle', 'sizde', 'siz', 'onu', 'onun', 'ona', 'bunu', 'bunun', 'buna', 'bunla', 'bunda', 'şimdi',
      // auxiliaries and light verbs (olmak, etmek, yapmak, istemek)
      'olara', 'olan', 'olduğ', 'olaca', 'olur', 'olsun', 'olmak', 'oldu', 'olmas', 'etmek', 'ederi', 'edece', 'ettiğ', 'etmey', 'edin', 'eder', 'yapma', 'yapar', 'isted', 'istiy', 'istem',
      'bugün', 'sonra', 'önce', 'artık', 'hemen', 'tüm', 'bütün', 'hepsi', 'aynı', 'sadec', 'yalnı', 'lütfe', 'eğer', 'şekil', 'iyi',
      // amounts, months and weekdays: numbers are not content (sameDateTwice checks dates)
      'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmı', 'yetmi', 'seksen', 'doksa', 'yüz', 'bin', 'milyo', 'lira', 'yüzde',
      'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'hazir', 'temmu', 'ağust', 'eylül', 'ekim', 'kasım', 'aralı',
      'pazar', 'salı', 'çarşa', 'perşe', 'cuma', 'cumar',
    ],
  ),
  id: new Set(
    [
      'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'atau', 'juga', 'agar', 'supaya', 'jika', 'kalau', 'bila', 'karena', 'sehingga', 'tetapi', 'namun',
      'saya', 'kami', 'kita', 'anda', 'bapak', 'ibu', 'beliau', 'ini', 'itu', 'tersebut', 'akan', 'sudah', 'telah', 'belum', 'tidak', 'bukan', 'bisa', 'dapat', 'harus', 'masih', 'sedang',
      'ada', 'adalah', 'yaitu', 'sampai', 'hingga', 'hari', 'juga', 'lagi', 'pun', 'sebagai', 'seperti', 'semua', 'setiap', 'para', 'se', 'nanti', 'sekarang', 'saat', 'waktu',
      'mohon', 'tolong', 'silakan', 'ya', 'lah', 'kok', 'baik', 'selain', 'paling', 'lambat', 'sebelum', 'sesudah', 'setelah', 'begitu', 'sangat', 'lebih', 'sama',
      'kepada', 'atas', 'bagi', 'tentang', 'lalu', 'kemudian', 'tanggal',
      // amounts, months and weekdays: numbers are not content (sameDateTwice checks dates)
      'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'belas', 'puluh', 'ratus', 'ribu', 'juta', 'rupiah', 'persen',
      'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
      'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
    ].map((w) => stem(w, 'id')),
  ),
};

/**
 * Words that may stand once in each of two sentences in a row (the same-form rule), being the one plain
 * word for the thing: id kontrak ("sesuai kontrak … Pada akhir kontrak"). They still count inside one
 * sentence and in a shared two-word phrase.
 */
const ADJACENT_OK: Record<Lang, ReadonlySet<string>> = {
  ko: new Set(),
  tr: new Set(),
  id: new Set(['kontrak']),
};

/**
 * Formulaic words that a native editor reads past when repeated (the list stays short; each entry has a reason).
 * - ko 감사, tr teşekkür, id terima kasih: thanks are checked per text by thanksSentences(), not as an echo.
 * - ko 고객, tr müşteri, id klien: "the client" in the reader's checklist stands where a name would, and the
 *   names the reader typed are never echoes either ("müşteriyle kararlaştırıp … müşteriye haber verin").
 */
export const FORMULAIC: Record<Lang, ReadonlySet<string>> = {
  ko: new Set(['감사', '고객']),
  tr: new Set(['teşek', 'müşte']),
  id: new Set(['terima', 'kasih', 'klien']),
};

export interface Token {
  word: string;
  stem: string;
  /** Pointed back to by a demonstrative (ko 그 계좌, tr aynı yolla, id rekening tersebut): anaphora, not an echo. */
  anaphoric: boolean;
  /** Index in the sentence's word list (two equal words side by side are a reduplication: sık sık). */
  at: number;
}

/** Demonstratives before (ko, tr) or after (id) a noun that refers back to one just named. */
const POINT_BEFORE: Record<Lang, ReadonlySet<string>> = {
  ko: new Set(['그', '이', '해당', '같은']),
  tr: new Set(['bu', 'o', 'şu', 'aynı']),
  id: new Set(),
};
const POINT_AFTER: Record<Lang, ReadonlySet<string>> = {
  ko: new Set(),
  tr: new Set(),
  id: new Set(['itu', 'tersebut', 'ini']),
};

/** A sentence without its parenthetical asides ((금), (Yetkili telefona gelince), (akun, kata sandi)): they gloss, they do not echo. */
export const withoutAsides = (sentence: string) => sentence.replace(/\([^()]*\)/gu, ' ');

/** The content words of a sentence, in order, with their stems (stop words, numbers, asides and `ignore`d words removed). */
export function contentTokens(sentence: string, lang: Lang, ignore: ReadonlySet<string> = new Set()): Token[] {
  const ws = words(withoutAsides(sentence), lang);
  return ws
    .map((w, at) => ({ word: w, stem: stem(w, lang), at, anaphoric: POINT_BEFORE[lang].has(ws[at - 1] ?? '') || POINT_AFTER[lang].has(ws[at + 1] ?? '') }))
    .filter((t) => !/\p{N}/u.test(t.word))
    .filter((t) => t.stem.length > (lang === 'ko' ? 0 : 2) && !STOP[lang].has(t.stem) && !STOP[lang].has(t.word) && !FORMULAIC[lang].has(t.stem) && !ignore.has(t.word) && !ignore.has(t.stem));
}

/** Words of the names the reader typed (client, contact, own name, business, referrals): repeating them is never an echo. */
export function ignoredWords(names: readonly string[], lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of words(n, lang)) out.add(w).add(stem(w, lang));
  return out;
}

/** Sentences of a line: split after . ! ? … (followed by space or a closing quote and space). */
export function sentences(line: string): string[] {
  return line
    .split(/(?<=[.!?。…]["”’)]?)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]/u.test(s));
}

export interface Echo {
  kind: 'within' | 'adjacent';
  /** The repeated stem or two-stem phrase. */
  what: string;
  /** The sentence(s): for `within`, a === b. */
  a: string;
  b: string;
}

/** Minimum length of an identical word form that counts as an echo between two sentences in a row. */
const SAME_FORM_MIN: Record<Lang, number> = { ko: 3, tr: 7, id: 7 };

function withinEcho(s: string, lang: Lang, ignore: ReadonlySet<string>): Echo | undefined {
  const seen = new Map<string, Token>();
  for (const t of contentTokens(s, lang, ignore)) {
    const before = seen.get(t.stem);
    if (before && !t.anaphoric && t.at !== before.at + 1) return { kind: 'within', what: t.stem, a: s, b: s };
    seen.set(t.stem, t);
  }
  return undefined;
}

const bigrams = (ts: Token[]) => new Set(ts.slice(1).map((t, i) => `${ts[i]?.stem} ${t.stem}`));

function pairEcho(a: string, b: string, lang: Lang, ignore: ReadonlySet<string>, sameForm: boolean): Echo | undefined {
  const ta = contentTokens(a, lang, ignore);
  const tb = contentTokens(b, lang, ignore);
  const shared = [...bigrams(ta)].find((g) => bigrams(tb).has(g));
  if (shared) return { kind: 'adjacent', what: shared, a, b };
  if (!sameForm) return undefined;
  const formsB = new Set(tb.filter((t) => !t.anaphoric).map((t) => t.word));
  const same = ta.find((t) => [...t.word].length >= SAME_FORM_MIN[lang] && !ADJACENT_OK[lang].has(t.word) && formsB.has(t.word));
  return same ? { kind: 'adjacent', what: same.word, a, b } : undefined;
}

export interface EchoOptions {
  /** Names the reader typed (see ignoredWords). */
  ignore?: ReadonlySet<string>;
  /**
   * Whether one identical long word in two sentences in a row counts (default true). A checklist says
   * false: parallel items end on the same verb on purpose (… gönderin / … gönderin, … 보관하기 / … 보관하기);
   * there only a shared two-word phrase counts.
   */
  sameForm?: boolean;
}

/**
 * Echoes in a run of lines read one after another (a call, a letter, a checklist): a content stem twice
 * in one sentence, or a two-word phrase / a long identical word in two sentences in a row.
 */
export function adjacentEchoes(lines: readonly string[], lang: Lang, options: EchoOptions = {}): Echo[] {
  const { ignore = new Set<string>(), sameForm = true } = options;
  const ss = lines.flatMap((l) => sentences(l));
  const out: Echo[] = [];
  ss.forEach((s, i) => {
    const w = withinEcho(s, lang, ignore);
    if (w) out.push(w);
    const next = ss[i + 1];
    const p = next === undefined ? undefined : pairEcho(s, next, lang, ignore, sameForm);
    if (p) out.push(p);
  });
  return out;
}

const MONTHS: Record<Lang, string> = {
  ko: '(\\d{1,2})월 (\\d{1,2})일',
  tr: '(\\d{1,2}) (ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)',
  id: '(\\d{1,2}) (januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)',
};

/** The first date (day and month, as written) that a sentence names twice, if any. */
export function sameDateTwice(sentence: string, lang: Lang): string | undefined {
  const seen = new Set<string>();
  for (const m of sentence.toLocaleLowerCase(locale[lang]).matchAll(new RegExp(MONTHS[lang], 'gu'))) {
    const key = `${m[1]} ${m[2]}`;
    if (seen.has(key)) return m[0];
    seen.add(key);
  }
  return undefined;
}

const THANKS: Record<Lang, RegExp> = {
  ko: /감사|고맙/u,
  tr: /teşekkür|sağ ?olun/iu,
  id: /terima kasih|makasih/iu,
};

/** The sentences of a text that thank the reader's client (more than one is a thank-you said twice). */
export function thanksSentences(lines: readonly string[], lang: Lang): string[] {
  return lines.flatMap((l) => sentences(l)).filter((s) => THANKS[lang].test(s));
}

/**
 * Two items of one list (a checklist) about the same thing: the same typed name (a referral) in two items,
 * e.g. two steps about the same referral's contact. (A shared phrase anywhere in the list was tried and
 * dropped: checklist items share timing phrases on purpose, "계약 종료일까지 … / 계약 종료일인 …", "Setelah
 * semua berkas diserahkan, …", and those are not the same step.)
 */
export function nameInTwoItems(items: readonly string[], names: readonly string[], lang: Lang): Echo[] {
  const out: Echo[] = [];
  for (const name of names) {
    const n = normalise(name, lang);
    if (n === '') continue;
    const hits = items.filter((item) => normalise(item, lang).includes(n));
    if (hits.length > 1) out.push({ kind: 'adjacent', what: name, a: hits[0] ?? '', b: hits[1] ?? '' });
  }
  return out;
}

/** "Today" and "until then" (a later day) in one sentence: the day is today, there is no "until then". */
const TODAY_WORD: Record<Lang, RegExp> = { ko: /오늘/u, tr: /\bbugün/iu, id: /hari ini/iu };
const UNTIL_THEN: Record<Lang, RegExp> = {
  ko: /그때까지|그날까지|그 전까지/u,
  tr: /o zamana kadar|o güne kadar|o tarihe kadar/iu,
  id: /sampai saat itu|sampai hari itu|hingga saat itu|hingga hari itu|sampai tanggal itu|sampai tanggal tersebut/iu,
};

/** A sentence that says a thing happens today and that something goes on "until then" (a contradiction). */
export function todayUntilThen(sentence: string, lang: Lang): boolean {
  return TODAY_WORD[lang].test(sentence) && UNTIL_THEN[lang].test(sentence);
}
