/** Indonesian: Bapak/Ibu before the name; no inflection, so no formatters. */
import { addressId, idTitles, type IdTitle } from '../grammar/indonesian.ts';
import { addresseeId } from '../grammar/addressee-id.ts';
import type { LanguagePack } from './pack.ts';
import { listOf } from '../render/lists.ts';

export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  address: (name, title) => addressId(name, (idTitles as readonly string[]).includes(title) ? (title as IdTitle) : ''),
  list: (items, type) => listOf(items, 'id', type),
  addressee: (client) => addresseeId(client),
  formatters: {},
};
