/** Indonesian: Bapak/Ibu (Pak/Bu in speech), never "Anda" for the client; no inflection, so no formatters. */
import { idTitles } from '../grammar/indonesian.ts';
import { addresseeId } from '../grammar/addressee-id.ts';
import type { LanguagePack } from './pack.ts';
import { listOf } from '../render/lists.ts';

export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'id', type),
  addressee: (client) => addresseeId(client),
  formatters: {},
};
