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

/** "4 Aralık 2026" → "4 Aralık"; anything else ("bugün") unchanged. */
const withoutYear = (value: unknown) => normalizeName(value).replace(/^(\d{1,2} \p{L}+) \d{4}$/u, '$1');

/** A called name that ends in a form of address (Kemal Bey, Ayşe Hanım). */
const isTitled = (value: unknown) => /\s(?:Bey|Hanım|Beyefendi|Hanımefendi)$/u.test(normalizeName(value));

export const pack: LanguagePack = {
  titles: trTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'tr', type),
  addressee: (client, tone) => addresseeTr(client, tone),
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
    // A date named again later in the same letter, without its year ("4 Aralık'a kadar"): the first
    // mention carries the year, and the same "4 Aralık 2026" five times made a short letter look machine-made.
    byNoYear: (value: unknown) => trDateFormatters.by(withoutYear(value)),
    datNoYear: (value: unknown) => inflect(withoutYear(value), 'dat'),
    // A formal greeting names a person only with Bey/Hanım ("İyi günler Kemal Bey"); a full name
    // without a title is not said as a greeting — on the phone the caller checks it instead
    // ("İyi günler, ben Onur Koç. Zeynep Çelik ile mi görüşüyorum?"), face to face no name is needed.
    // TDK sets a form of address off with a comma: "İyi günler, Kemal Bey".
    titled: (value: unknown) => (isTitled(value) ? `, ${normalizeName(value)}` : ''),
    nameCheck: (value: unknown) => (isTitled(value) || normalizeName(value) === '' ? '' : ` ${normalizeName(value)} ile mi görüşüyorum?`),
    // A subject line that names the organisation written to ("Pınar Eğitim Ltd. Şti. – …"); nothing for a person.
    subjectOrg: (value: unknown) => {
      const org = normalizeName(value);
      return org ? `${org} – ` : '';
    },
  },
};
