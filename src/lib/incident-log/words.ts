/**
 * The words a log's texts are built from, per language (taken from the `log`
 * namespace at build time and handed to the page as data, so the browser needs
 * no i18next). Pure functions below fill them in.
 */
import type { Channel, FlagId } from './entry.ts';
import type { CsvWords } from './csv.ts';

export interface ReportWords {
  title: string;
  /** {{client}} {{from}} {{to}} */
  period: string;
  prepared: string;
  countsTitle: string;
  /** {{count}} each */
  total: string;
  perWeek: string;
  afterHours: string;
  lateNight: string;
  rude: string;
  unpaidAsk: string;
  unpaidTime: string;
  streak: string;
  hoursNote: string;
  entriesTitle: string;
  columns: { when: string; channel: string; minutes: string; what: string; handled: string; notes: string };
  flags: Record<FlagId, string>;
  empty: string;
}

export interface HandoffWords {
  /** {{date}} {{total}} {{late}} */
  withLate: string;
  /** {{date}} {{total}} */
  plain: string;
  /** {{count}} */
  afterHours: string;
}

export interface LangWords {
  /** BCP-47 tag for Intl. */
  tag: string;
  csv: CsvWords;
  report: ReportWords;
  handoff: HandoffWords;
  channels: Record<Channel, string>;
  /** Weekday names are taken from Intl; hours are written with this: {{from}}–{{to}}. */
  hoursRange: string;
  /** Join of list items such as weekdays. */
  listStyle?: 'long' | 'short';
}

/** The `log` namespace of one language, as the string files hold it. */
export interface LogMessages {
  channels: Record<Channel, string>;
  hoursRange: string;
  report: Omit<ReportWords, never> & Record<string, unknown>;
  handoff: HandoffWords & Record<string, unknown>;
  csv: { yes: string; no: string; delimiter: string; headers: CsvWords['headers'] };
}

/** The words of one language, from its `log` strings. */
export function langWords(messages: LogMessages, tag: string): LangWords {
  const { csv } = messages;
  return {
    tag,
    channels: messages.channels,
    hoursRange: messages.hoursRange,
    report: messages.report,
    handoff: messages.handoff,
    csv: { headers: csv.headers, channels: messages.channels, yes: csv.yes, no: csv.no, delimiter: csv.delimiter === ';' ? ';' : ',' },
  };
}
