/**
 * What the incident log's modules share: the element's state and the few
 * actions they call. The element (incident-log.ts) implements it; the view and
 * form modules only see this interface.
 */
import type ko from '../../i18n/locales/ko/log.json';
import type { Lang } from '../../i18n/locales.ts';
import type { Client, Entry } from '../../lib/incident-log/entry.ts';
import type { WorkingHours } from '../../lib/incident-log/hours.ts';
import type { LangWords, LogMessages } from '../../lib/incident-log/words.ts';
import type { LogStore } from './store.ts';

type Log = typeof ko;
export interface Messages {
  list: Log['list'];
  summary: Log['summary'];
  chart: Log['chart'];
  data: Log['data'];
  store: Log['store'];
  persist: Log['persist'];
  clients: Log['clients'];
  hours: Log['hours'];
  fields: Log['fields'];
  reasons: Log['reasons'];
  flags: Log['report']['flags'];
}

export type WordsData = Record<Lang, { tag: string; messages: LogMessages }>;

export interface App extends HTMLElement {
  lang: Lang;
  tag: string;
  m: Messages;
  words: Record<Lang, LangWords>;
  store: LogStore | undefined;
  clients: Client[];
  entries: Entry[];
  hours: WorkingHours;
  clientId: string | undefined;
  /** The current client's entries. */
  current(): Entry[];
  currentClient(): Client | undefined;
  /** Saves (adds or replaces) an entry; `previous` makes the change undoable. */
  saveEntry(entry: Entry, previous?: Entry): Promise<boolean>;
  removeEntry(entry: Entry): Promise<void>;
  /** Opens the form on an entry. */
  edit(entry: Entry): void;
  addClient(name: string): Promise<Client>;
  chooseClient(id: string): void;
  /** Re-reads the store and redraws. */
  reload(): Promise<void>;
  render(): void;
  /** A short message in the status line, with an undo action when given. */
  say(text: string, undo?: () => Promise<void>): void;
  changed(): void;
  $<E extends Element = HTMLElement>(selector: string): E | null;
}

export const makeId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
