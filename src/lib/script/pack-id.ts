/** Indonesian: Bapak/Ibu before the name; no inflection, so no formatters. */
import { addressId, idTitles, type IdTitle } from '../grammar/indonesian.ts';
import type { LanguagePack } from './pack.ts';

export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  address: (name, title) => addressId(name, (idTitles as readonly string[]).includes(title) ? (title as IdTitle) : ''),
  formatters: {},
};
