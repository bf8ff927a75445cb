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
 * A spoken deadline names its day as "tanggal 11 Desember" (review 13 #5: "paling lambat tanggal 11 Desember",
 * as the script says "sampai tanggal 3 Desember"); a written date that opens with its weekday ("Jumat, 11
 * Desember 2026") and "hari ini" stay as they are, since `call.when.by.date` serves both.
 */
export function tanggal(value: unknown): string {
  const text = String(value ?? '');
  return /^\d/u.test(text) ? `tanggal ${text}` : text;
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
 * Three or more reasons: the first stands alone, the others share one line of short sentences, so the
 * account stays about two lines long (B5/B9; review 7 found three stacked lines too long). Round 11 (first
 * glance): gluing them with a semicolon made one 45-word sentence nobody can say on a call, so each later
 * reason stays its own sentence — "Selain itu, b. C juga …." — the third and later ones carrying "juga"
 * right before their predicate ("Tenggatnya juga makin ketat"). A reason whose predicate is not found
 * keeps the "Di samping itu," lead it got from `joinReasonId`.
 */
export function groupReasonsId(lines: readonly string[]): { lines: string[]; lineOf: number[] } {
  if (lines.length < 3) return { lines: [...lines], lineOf: lines.map((_, i) => i) };
  const rest = lines.slice(1).map((line, i) => (i === 0 ? line : withJuga(line)));
  return { lines: [lines[0] ?? '', rest.join(' ')], lineOf: lines.map((_, i) => (i === 0 ? 0 : 1)) };
}

/** The words the id reason templates start their predicate with; "juga" goes right before the first one. */
const PREDICATE = /\s(?=(?:kerap|makin|lebih|membuat|terasa|sudah|tidak|kurang|terlalu|ternyata|ada)\s)/u;

/** "Di samping itu, tenggatnya makin ketat." → "Tenggatnya juga makin ketat."; unknown shapes stay as they are. */
export function withJuga(line: string): string {
  const core = line.replace(/^(?:Selain itu|Di samping itu), /u, '');
  const at = core.search(PREDICATE);
  if (at < 0) return line;
  const said = `${core.slice(0, at)} juga${core.slice(at)}`;
  return said.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('id-ID'));
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
  formatters: { sentence: sentenceStart, tanggal },
  joinReason: joinReasonId,
  groupReasons: groupReasonsId,
  letterOmitsMaterials: true,
};
