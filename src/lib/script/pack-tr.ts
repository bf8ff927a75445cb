/** Turkish: Bey/Hanım after the name, case suffixes on the last word with an apostrophe. */
import { inflectName, trCases, trTitles } from '../grammar/turkish.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { addresseeTr } from '../grammar/addressee-tr.ts';
import type { LanguagePack } from './pack.ts';
import { listOf } from '../render/lists.ts';

export const pack: LanguagePack = {
  titles: trTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'tr', type),
  addressee: (client, tone) => addresseeTr(client, tone),
  formatters: {
    // "bugün" (a date that is today) is a common noun: its suffix takes no apostrophe (bugüne, bugünün).
    ...Object.fromEntries(trCases.map((c) => [c, (value: unknown) => inflectName(normalizeName(value), c).replace(/^bugün'/u, 'bugün')])),
    // Third-person possessive, for a share of something: "işin yüzde 20'si", "%60'ı".
    // It is the accusative's ending with s for the buffer y (20'yi → 20'si; 60'ı stays).
    poss: (value: unknown) => inflectName(normalizeName(value), 'acc').replace(/'y([ıiuü])$/u, "'s$1"),
  },
};
