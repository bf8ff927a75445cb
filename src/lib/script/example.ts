/**
 * The reader's typed example, continuing the sentence a connective opens
 * (tr "Örneğin, …", id "Misalnya, …"; ko none, the example stands as its own
 * sentence after its reason, review 13; the words are in each
 * script.json under `call.facts`). Korean has no letter case. Turkish and
 * Indonesian continue the sentence, so the example's first letter is lowered
 * ("Bu ay …" → "Şöyle ki, bu ay …") unless its first word looks like a name that
 * keeps its capital:
 * - an acronym or a word with an inner capital (SMS, WhatsApp, PT);
 * - a Turkish proper noun with its apostrophe suffix (Ekim'de, Ahmet'in);
 * - a word followed by another capitalised word (Ahmet Bey, Pak Budi, Sinar Jaya);
 * - a form of address (Sayın, Pak, Bu, Bapak, Ibu) or a month or weekday name.
 * A lone first name followed by a lowercase word ("Ahmet aradı") cannot be told
 * from a common word; the form's hint asks for what happened (dates, counts),
 * which rarely opens with one. Plain lists rather than Intl: Intl gives month
 * names but not which of them a sentence may start with ("Minggu lalu" is
 * "last week", not Sunday, so it is lowered).
 */
import type { Lang } from '../../i18n/locales.ts';

const keepCapital: Partial<Record<Lang, ReadonlySet<string>>> = {
  tr: new Set(
    'Sayın Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'.split(' '),
  ),
  id: new Set(
    'Pak Bu Bapak Ibu Yth Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Senin Selasa Rabu Kamis Jumat Sabtu'.split(' '),
  ),
};

/*
 * Indonesian words that open a sentence and are never a name, so they are lowered even before a capitalised
 * word (round 22, read before review: "Misalnya, Yang Ibu butuhkan …" kept its capital because "Ibu" followed).
 */
const alwaysLower: Partial<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(
    'Yang Saat Ketika Sejak Selama Dalam Pada Di Ke Dari Untuk Setelah Sebelum Karena Sudah Ada Kami Kita Saya Ini Itu Bulan Minggu Hari Tahun Setiap Hampir Lebih Sekitar Beberapa Semua Tidak Belum Kemarin Tadi Sering Baru Waktu'.split(' '),
  ),
};

/** The jongseong (final consonant) index of a Hangul syllable: 0 none, 17 ㅂ, 20 ㅆ; -1 for anything else. */
const finalOf = (syllable: string) => {
  const code = syllable.codePointAt(0) ?? 0;
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : -1;
};
/** The vowel (jungseong) index of a Hangul syllable: 0 ㅏ, 2 ㅑ, 8 ㅗ take 아요; the others 어요. */
const vowelOf = (syllable: string) => Math.floor(((syllable.codePointAt(0) ?? 0xac00) - 0xac00) / 28) % 21;
/** Drop a syllable's final consonant (가깝 → 가까). */
const withoutFinal = (syllable: string) => String.fromCodePoint((syllable.codePointAt(0) ?? 0) - finalOf(syllable));

/*
 * ㅂ-irregular stems an example may use (가깝다 → 가까워요, 어렵다 → 어려워요; -스럽다/-롭다 always are); other
 * ㅂ stems are regular (잡아요, 좁아요) and stay as typed. ㄷ, ㅅ and ㅎ stems (듣다 → 들어요, 그렇다 → 그래요)
 * have irregular members too and stay as typed.
 */
const B_IRREGULAR = /(?:가깝|어렵|쉽|무겁|가볍|고맙|아깝|즐겁|덥|춥|귀엽|괴롭|부럽|두렵|스럽|롭)$/u;

/**
 * A Korean example typed in 합니다체, said in a warm 해요체 call (ko review 16: "…왔습니다" pasted into
 * a 해요체 script jarred). The regular endings are turned: a stem in ㅆ ("왔습니다" → "왔어요", "높이셨습니다"
 * → "높이셨어요"), a consonant stem by its vowel ("많습니다" → "많아요", "없습니다" → "없어요"), the common
 * ㅂ-irregular adjectives ("가깝습니다" → "가까워요"), "합니다" → "해요" and the copula "입니다" → "이에요" /
 * "예요". Anything else (a vowel stem's "옵니다", an irregular ㄷ/ㅅ/ㅎ stem) stays as the reader typed it.
 */
export function warmKo(facts: string): string {
  return facts.replace(/(\S*?)(\S?)(습니다|합니다|입니다)(?=[.!?]?(?:\s|$))/gu, (whole: string, head: string, before: string, ending: string) => {
    if (ending === '합니다') return `${head}${before}해요`;
    if (ending === '입니다') return before ? `${head}${before}${finalOf(before) === 0 ? '예요' : '이에요'}` : whole;
    const final = finalOf(before);
    if (final === 20) return `${head}${before}어요`;
    if (final === 17) return B_IRREGULAR.test(`${head}${before}`) ? `${head}${withoutFinal(before)}워요` : whole;
    if (final <= 0 || final === 7 || final === 19 || final === 27) return whole;
    return `${head}${before}${[0, 2, 8].includes(vowelOf(before)) ? '아요' : '어요'}`;
  });
}

/** `facts` (already punctuated) as the continuation of a sentence in `lang`; `warm` for a 해요체 call (ko). */
export function exampleSentence(facts: string, lang: Lang, tone: 'formal' | 'warm' = 'formal'): string {
  if (lang === 'ko') return tone === 'warm' ? warmKo(facts) : facts;
  const keep = keepCapital[lang];
  if (!keep) return facts;
  const [first = '', second = ''] = facts.split(' ');
  const word = first.replace(/[.,;:!?…"“”'’]+$/u, '');
  // A reduplicated word ("Rata-rata", "Masing-masing") is a common word too; "Kasım-Aralık" keeps its capitals.
  const startsUpper = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)*$/u.test(word);
  const nextCapital = /^\p{Lu}/u.test(second);
  // "Ekim'de", "SMS", "WhatsApp" fail startsUpper and keep their capital.
  if (!startsUpper || keep.has(word) || (nextCapital && !alwaysLower[lang]?.has(word))) return facts;
  return facts.slice(0, 1).toLocaleLowerCase(lang) + facts.slice(1);
}
