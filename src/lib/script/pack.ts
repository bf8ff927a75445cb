/**
 * What composing in one output language needs beyond its templates: how to
 * address the client, and the i18next formatters that inflect names.
 * One pack per language (pack-ko.ts, pack-tr.ts, pack-id.ts), so the browser
 * loads only the grammar of the language it writes in.
 */
import type { Addressee, ClientInfo } from '../grammar/addressee.ts';

export type Formatter = (value: unknown, lng: string | undefined) => string;

export interface LanguagePack {
  /** The forms of address offered ('' = none); the first default is `defaultTitle`. */
  titles: readonly string[];
  defaultTitle: string;
  /** Formatter name → function, e.g. '을/를' or 'dat'. */
  formatters: Record<string, Formatter>;
  /** Every form of the client the texts need (greeting, salutation, second person, particles). */
  addressee(client: ClientInfo, tone: 'formal' | 'warm'): Addressee;
  /** A list of names in running text: "and" (A와 B, A ve B, A dan B) or "or" where the client picks one. */
  list(items: readonly string[], type: 'and' | 'or'): string;
  /**
   * Optional: a reason sentence as said after the reasons before it (`index` 0 = the first),
   * e.g. id "Selain itu, …" for the second. Without it every reason line stands as written.
   */
  joinReason?(line: string, index: number): string;
  /**
   * Optional, after `joinReason`: the reason lines grouped into fewer sentences (id: with three reasons,
   * the second and third become one sentence so the account stays short, B5/B9). Returns the lines
   * and, per reason, the line it ended up in (the typed example follows that line).
   */
  groupReasons?(lines: readonly string[]): { lines: string[]; lineOf: number[] };
  /**
   * Optional: before any work, the letter says nothing about materials the client may have given (id
   * review 17, first glance: a written "Jika ada bahan…" read as an unfilled form; review 14 had found the
   * unconditional sentence wrong when nothing was given). The call keeps its stage direction and the
   * checklist its conditional step.
   */
  letterOmitsMaterials?: boolean;
  /** Optional last touch on the written follow-up's body (ko: the year written once, see dates-ko.ts). */
  tidyLetter?(body: string): string;
}
