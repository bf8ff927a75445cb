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

/**
 * Three or more reasons: the first stands alone, the others become one sentence ("Selain itu, a; b."),
 * so the account stays about two sentences long (B5/B9; review 7 found three stacked sentences too long).
 * The id reason templates are single clauses without inner commas so that they can be listed this way.
 */
export function groupReasonsId(lines: readonly string[]): { lines: string[]; lineOf: number[] } {
  if (lines.length < 3) return { lines: [...lines], lineOf: lines.map((_, i) => i) };
  const core = (line: string) =>
    line
      .replace(/^(?:Selain itu|Di samping itu), /u, '')
      .replace(/^\p{Lu}(?!\p{Lu})/u, (letter) => letter.toLocaleLowerCase('id-ID'))
      .replace(/[.]$/u, '');
  const rest = lines.slice(1).map(core);
  // A semicolon, not "dan": the reasons themselves contain "dan" ("harga dan cakupan"), and "…, dan harga dan …" stumbles.
  const joined = rest.join('; ');
  return { lines: [lines[0] ?? '', `Selain itu, ${joined}.`], lineOf: lines.map((_, i) => (i === 0 ? 0 : 1)) };
}

/*
 * The time-of-day greeting (script.json, formal openings): the script is written before the call and
 * nobody knows when it will be read aloud, so it says "Selamat pagi/siang/sore" and the reader says the
 * one that fits, as with any prepared text read aloud. "Halo" alone is too casual for a formal business
 * call, "Permisi" is for interrupting; warm openings keep "Halo …, apa kabar?". Closings never promise
 * further contact ("Sampai kabar berikutnya" is a calque): "Selamat beraktivitas", "sampai jumpa", "pamit".
 */
export const pack: LanguagePack = {
  titles: idTitles,
  defaultTitle: '',
  list: (items, type) => listOf(items, 'id', type),
  addressee: (client) => addresseeId(client),
  formatters: { sentence: sentenceStart },
  joinReason: joinReasonId,
  groupReasons: groupReasonsId,
};
