/** Indonesian: Bapak/Ibu before the name; no inflection, so no formatters. */
import { addressId, idTitles, type IdTitle } from '../grammar/indonesian.ts';
import { addresseeId } from '../grammar/addressee-id.ts';
import type { LanguagePack } from './pack.ts';
import { listFormat } from '../intl-cache.ts';

export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  address: (name, title) => addressId(name, (idTitles as readonly string[]).includes(title) ? (title as IdTitle) : ''),
  list: (items) => listFormat('id-ID', { style: 'long', type: 'conjunction' }).format(items),
  addressee: (client) => addresseeId(client),
  formatters: {},
};
