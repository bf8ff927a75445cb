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

/** `facts` (already punctuated) as the continuation of a sentence in `lang`. */
export function exampleSentence(facts: string, lang: Lang): string {
  const keep = keepCapital[lang];
  if (!keep) return facts;
  const [first = '', second = ''] = facts.split(' ');
  const word = first.replace(/[.,;:!?…"“”'’]+$/u, '');
  // A reduplicated word ("Rata-rata", "Masing-masing") is a common word too; "Kasım-Aralık" keeps its capitals.
  const startsUpper = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)*$/u.test(word);
  const nextCapital = /^\p{Lu}/u.test(second);
  // "Ekim'de", "SMS", "WhatsApp" fail startsUpper and keep their capital.
  if (!startsUpper || nextCapital || keep.has(word)) return facts;
  return facts.slice(0, 1).toLocaleLowerCase(lang) + facts.slice(1);
}
