/**
 * Indonesian: Bapak/Ibu (Pak/Bu in speech), never "Anda" for the client; no
 * inflection. One formatter: `sentence` starts the reader's typed facts with a
 * capital when a template puts them at the start of a sentence.
 */
import { idTitles } from '../grammar/indonesian.ts';
import { addresseeId } from '../grammar/addressee-id.ts';
import type { LanguagePack } from './pack.ts';
import { listOf } from '../render/lists.ts';

/** 'bulan ini ada…' → 'Bulan ini ada…' (only the first letter; the rest as typed). */
export function sentenceStart(value: unknown): string {
  const text = String(value ?? '');
  return text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('id-ID'));
}

/**
 * A later reason joined to the one before, so two or three reasons read as one account, not a
 * list: "Selain itu, pesan dan telepon …", the third "Di samping itu, …". The reason sentences
 * start with a common word, so only their first letter is lowered.
 */
export function joinReasonId(line: string, index: number): string {
  const lead = index === 1 ? 'Selain itu, ' : index >= 2 ? 'Di samping itu, ' : '';
  return lead ? lead + line.replace(/^\p{Lu}(?!\p{Lu})/u, (letter) => letter.toLocaleLowerCase('id-ID')) : line;
}

export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'id', type),
  addressee: (client) => addresseeId(client),
  formatters: { sentence: sentenceStart },
  joinReason: joinReasonId,
};
