/** Turkish: Bey/Hanım after the name, case suffixes on the last word with an apostrophe. */
import { inflectName, trCases, trTitles } from '../grammar/turkish.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { addresseeTr } from '../grammar/addressee-tr.ts';
import type { LanguagePack } from './pack.ts';
import { listOf } from '../render/lists.ts';

/** What compose.ts writes for a written date that is today (script.json `shared.today`). */
const TODAY = 'bugün';

const inflect = (value: unknown, c: (typeof trCases)[number]) => inflectName(normalizeName(value), c);

/**
 * Date slots. A date that is today is the word "bugün", and "X'e kadar" cannot
 * carry it: "bugüne kadar" means "so far" and clashes with a future verb or an
 * instruction ("bugüne kadar teslim edeceğim" is wrong). So a deadline reads
 * "bugün içinde" and "on that day" reads plain "bugün" (not "bugünde").
 */
export const trDateFormatters = {
  /** A deadline: "7 Aralık 2026'ya kadar", "bugün içinde". */
  by: (value: unknown) => (normalizeName(value) === TODAY ? 'bugün içinde' : `${inflect(value, 'dat')} kadar`),
  /** On a day: "31 Mart 2027'de", "bugün". */
  on: (value: unknown) => (normalizeName(value) === TODAY ? TODAY : inflect(value, 'loc')),
};

/** A written date with its year, any case ending, and "kadar" when it is a deadline. */
const DATED = /(\d{1,2} \p{Lu}\p{Ll}+ \d{4})((?:'(?:ya|ye|a|e) kadar)|(?:'\p{Ll}+))?/gu;

/**
 * The follow-up writes every date with its year (review 9, #14: "4 Aralık 2026'ya" beside "9 Aralık'a"
 * read inconsistent). A deadline the numbered points just gave is not written out again in a later
 * point: "aynı tarihe kadar" ("5 Aralık 2026'ya kadar yalnızca devir … Tamamlanan işin … aynı tarihe
 * kadar size teslim edeceğim"), so one date does not stand three times in one letter. Only when no other
 * date came in between: "aynı tarih" is read as the last date named. Lines outside the numbered points
 * (the open door under them) keep their date.
 */
export function sameDateOnceTr(body: string): string {
  let last: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      if (!/^\d+\. /u.test(line)) return line;
      return line.replace(DATED, (whole: string, date: string, ending: string | undefined) => {
        const repeat = date === last && ending !== undefined && ending.endsWith(' kadar');
        last = date;
        return repeat ? 'aynı tarihe kadar' : whole;
      });
    })
    .join('\n');
}

/**
 * Spoken Turkish links stacked reasons (tr review 14 #3: bare sentences one after another sound like a
 * list read off a screen): the second reason opens with "Ayrıca", the third and later with "Bunun yanı
 * sıra" (review 16 #8: "Bir de" was a notch too casual for a formal call; these fit either tone).
 */
export function joinReasonTr(line: string, index: number): string {
  const lead = index === 1 ? 'Ayrıca ' : index >= 2 ? 'Bunun yanı sıra ' : '';
  return lead ? lead + line.replace(/^\p{Lu}(?!\p{Lu})/u, (letter) => letter.toLocaleLowerCase('tr-TR')) : line;
}

/** A called name that ends in a form of address (Kemal Bey, Ayşe Hanım). */
const isTitled = (value: unknown) => /\s(?:Bey|Hanım|Beyefendi|Hanımefendi)$/u.test(normalizeName(value));

export const pack: LanguagePack = {
  titles: trTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'tr', type),
  joinReason: joinReasonTr,
  addressee: (client, tone) => addresseeTr(client, tone),
  // Every date in the letter keeps its year: "4 Aralık 2026'ya" beside "9 Aralık'a" read inconsistent
  // (review 9, #14), and dropping it only within one year (review 7, #15) still mixed both forms.
  tidyLetter: sameDateOnceTr,
  formatters: {
    // "bugün" (a date that is today) is a common noun: its suffix takes no apostrophe (bugüne, bugünün).
    ...Object.fromEntries(trCases.map((c) => [c, (value: unknown) => inflect(value, c).replace(/^bugün'/u, 'bugün')])),
    // Third-person possessive, for a share of something: "işin yüzde 20'si", "%60'ı".
    // It is the accusative's ending with s for the buffer y (20'yi → 20'si; 60'ı stays).
    poss: (value: unknown) => inflect(value, 'acc').replace(/'y([ıiuü])$/u, "'s$1"),
    // "-lik" on a share, so a percentage modifies one noun ("kalan yüzde 55'lik kısım", "%40'lık"):
    // the accusative's vowel gives the harmony (55'i → 55'lik, 40'ı → 40'lık, 30'u → 30'luk, 100'ü → 100'lük),
    // with the buffer y dropped (20'yi → 20'lik).
    lik: (value: unknown) => inflect(value, 'acc').replace(/y?([ıiuü])$/u, 'l$1k'),
    ...trDateFormatters,
    // Named for the letter's dates; they keep their year (see `sameDateOnceTr`).
    byNoYear: trDateFormatters.by,
    datNoYear: (value: unknown) => inflect(value, 'dat'),
    // Several names as one object, each inflected ("Çizgi Atölye'yi ve Burak Eren'i"): with the suffix on the
    // last name only, a studio and a person were heard as one firm (tr review 14 #11).
    accEach: (value: unknown) => (Array.isArray(value) ? listOf(value.map((name) => inflect(name, 'acc')), 'tr', 'and') : inflect(value, 'acc')),
    // A formal greeting names a person only with Bey/Hanım ("İyi günler Kemal Bey"); a full name
    // without a title is not said as a greeting — on the phone the caller checks it instead
    // ("İyi günler, ben Onur Koç. Zeynep Çelik ile mi görüşüyorum?"), face to face no name is needed.
    // No comma between the greeting and the form of address: "İyi günler Kemal Bey, ben …", as in
    // "Merhaba Tuba Hanım" (tr review 9, #11).
    titled: (value: unknown) => (isTitled(value) ? ` ${normalizeName(value)}` : ''),
    // Video and face to face there is no name check, so a known contact is always named: with a title
    // ("İyi günler Ayşe Hanım"), else by the full name the reader typed ("İyi günler Ayşe Çelik") —
    // a formal meeting that never names the person across the table reads cold (review 7, #18).
    named: (value: unknown) => (normalizeName(value) ? ` ${normalizeName(value)}` : ''),
    // A company reached through its switchboard: the caller does not know where the summary goes, so asks.
    askEmail: (value: unknown) => (normalizeName(value) ? '' : ' Özeti hangi e-posta adresine göndereyim?'),
    // "-lik" on a spoken amount, a common noun: no apostrophe ("58 bin liralık tutar").
    // Genitive of a spoken amount, a common noun: no apostrophe ("23 bin 750 liranın yüzde 70'i").
    genWord: (value: unknown) => inflect(value, 'gen').replace(/'(?=n[ıiuü]n$)/u, ''),
    likWord: (value: unknown) => inflect(value, 'acc').replace(/y?([ıiuü])$/u, 'l$1k').replace(/'(?=l[ıiuü]k$)/u, ''),
    nameCheck: (value: unknown) => (isTitled(value) || normalizeName(value) === '' ? '' : ` ${normalizeName(value)} ile mi görüşüyorum?`),
    // A subject line that names the organisation written to ("Pınar Eğitim Ltd. Şti. – …"); nothing for a person.
    subjectOrg: (value: unknown) => {
      const org = normalizeName(value);
      return org ? `${org} – ` : '';
    },
  },
};
