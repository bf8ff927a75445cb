/**
 * CSV export and import with Papa Parse (a well-kept RFC 4180 parser; no
 * hand-written one). Export: UTF-8 with a BOM (so Excel reads Hangul, Turkish
 * and Indonesian letters), CRLF, quotes where needed, column headers in the
 * reader's language, ISO 8601 dates with offset, and cells that a spreadsheet
 * would run as a formula neutralised with a leading apostrophe.
 *
 * The delimiter follows the language's spreadsheet convention: Excel in Turkish
 * and Indonesian (decimal comma) splits columns on ";", in Korean on ",". Import
 * detects either, and accepts the headers and values of all three languages.
 */
import Papa from 'papaparse';
import { channels, isChannel, LIMITS, parseInstant, type Channel, type Entry, type FieldProblem } from './entry.ts';

export const columns = ['id', 'client', 'at', 'channel', 'what', 'handled', 'minutes', 'billed', 'rude', 'unpaidAsk', 'afterHours', 'afterHoursByHand', 'createdAt', 'updatedAt'] as const;
export type Column = (typeof columns)[number];
/** Without these a file is not an incident log. */
const required: Column[] = ['at', 'channel'];

/** The words of one language that appear in a CSV file. */
export interface CsvWords {
  headers: Record<Column, string>;
  channels: Record<Channel, string>;
  yes: string;
  no: string;
  delimiter: ',' | ';';
}

export const BOM = '\uFEFF';
export const MAX_ROWS = 100_000;

/** A cell a spreadsheet would evaluate (= + - @ tab CR), also after apostrophes we added. */
const FORMULA = /^'*[=+\-@\t\r]/;
export const neutralise = (cell: string): string => (FORMULA.test(cell) ? `'${cell}` : cell);
/** Undo `neutralise`: exactly one apostrophe comes off, so text that began with one survives. */
export const restore = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

export interface ExportRow extends Entry {
  clientName: string;
  afterHours: boolean;
}

export function toCsv(rows: readonly ExportRow[], words: CsvWords): string {
  const yn = (b: boolean) => (b ? words.yes : words.no);
  const data = rows.map((r) => [
    r.id, r.clientName, r.at, words.channels[r.channel], r.what, r.handled, String(r.minutes), yn(r.billed), yn(r.rude), yn(r.unpaidAsk),
    yn(r.afterHours), yn(r.afterHoursOverride !== null), r.createdAt, r.updatedAt,
  ].map(neutralise));
  return BOM + Papa.unparse({ fields: columns.map((c) => neutralise(words.headers[c])), data }, { delimiter: words.delimiter, newline: '\r\n' });
}

export type DecodeProblem = 'utf16' | 'win1254' | 'legacy';

/**
 * The file's text, or why it cannot be read. UTF-16 with a byte-order mark is
 * decoded; text that is not UTF-8 (Windows-1254 from an older Turkish Excel,
 * EUC-KR) is refused with a reason rather than guessed into mojibake.
 */
export function decodeCsv(bytes: Uint8Array): { text: string } | { problem: DecodeProblem } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: stripBom(new TextDecoder('utf-16le').decode(bytes)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: stripBom(new TextDecoder('utf-16be').decode(bytes)) };
  const head = bytes.subarray(0, 2000);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (head.length && zeros / head.length > 0.2) return { problem: 'utf16' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    // ı ş ğ İ Ş Ğ in Windows-1254: bytes no UTF-8 text can hold on their own.
    const turkish = [0xfd, 0xfe, 0xf0, 0xdd, 0xde, 0xd0];
    return { problem: bytes.some((b) => turkish.includes(b)) ? 'win1254' : 'legacy' };
  }
}
const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

export interface ImportedRow extends Omit<Entry, 'clientId'> {
  /** '' when the file has no client column: the entry goes to the current client. */
  clientName: string;
}

export interface ImportProblem {
  /** Row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
  row: number;
  field?: Column;
  reason: FieldProblem['reason'] | 'columns' | 'quotes' | 'empty' | 'tooMany';
  /** For 'columns': the headers that are missing. */
  missing?: Column[];
}

export interface ImportOptions {
  /** The words of every language the file may be written in. */
  words: readonly CsvWords[];
  now: Date;
  makeId: () => string;
  /** Computed "outside working hours" for a date, to tell an override from the computed value. */
  computedAfterHours: (at: string) => boolean;
  maxProblems?: number;
}

// Cell values repeat (yes/no, channel names): normalising each once keeps 50,000 rows fast.
const normCache = new Map<string, string>();
const norm = (s: string): string => {
  let out = normCache.get(s);
  if (out === undefined) {
    out = s.normalize('NFC').trim().toLocaleLowerCase('und');
    if (normCache.size > 10_000) normCache.clear();
    normCache.set(s, out);
  }
  return out;
};

export function parseCsv(text: string, options: ImportOptions): { rows: ImportedRow[]; problems: ImportProblem[] } {
  const { words, now, makeId, computedAfterHours } = options;
  const maxProblems = options.maxProblems ?? 10;
  const parsed = Papa.parse<string[]>(stripBom(text), { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const problems: ImportProblem[] = [];
  const add = (p: ImportProblem) => problems.length < maxProblems && problems.push(p);
  for (const error of parsed.errors) {
    // A delimiter that cannot be guessed just means a one-column file; the column check says more.
    if (error.type === 'Delimiter') continue;
    add({ row: (error.row ?? 0) + 1, reason: 'quotes' });
  }
  const [header, ...body] = parsed.data;
  if (!header || !body.length) return { rows: [], problems: problems.length ? problems : [{ row: 0, reason: 'empty' }] };
  if (body.length > MAX_ROWS) return { rows: [], problems: [{ row: 0, reason: 'tooMany' }] };

  const headerNames = new Map<string, Column>();
  for (const w of words) for (const c of columns) headerNames.set(norm(w.headers[c]), c);
  for (const c of columns) headerNames.set(norm(c), c);
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const column = headerNames.get(norm(restore(h)));
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) return { rows: [], problems: [{ row: 1, reason: 'columns', missing }] };

  const channelNames = new Map<string, Channel>();
  const booleans = new Map<string, boolean>([['true', true], ['false', false], ['1', true], ['0', false], ['', false]]);
  for (const w of words) {
    for (const c of channels) channelNames.set(norm(w.channels[c]), c);
    booleans.set(norm(w.yes), true);
    booleans.set(norm(w.no), false);
  }
  for (const c of channels) channelNames.set(c, c);

  const rows: ImportedRow[] = [];
  const latest = now.getTime() + LIMITS.futureSlackMs;
  const nowIso = now.toISOString();
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => {
      const at = index.get(c);
      return at === undefined ? '' : restore(cells[at] ?? '');
    };
    const flag = (c: Column): boolean | undefined => {
      const value = booleans.get(norm(cell(c)));
      if (value === undefined) add({ row, field: c, reason: 'invalid' });
      return value;
    };
    const before = problems.length;
    const at = cell('at').trim();
    const date = parseInstant(at);
    if (!at) add({ row, field: 'at', reason: 'missing' });
    else if (!date) add({ row, field: 'at', reason: 'invalid' });
    else if (date.getTime() > latest) add({ row, field: 'at', reason: 'future' });
    const channelText = norm(cell('channel'));
    const channel = channelNames.get(channelText);
    if (!channel) add({ row, field: 'channel', reason: channelText ? 'invalid' : 'missing' });
    const what = cell('what'), handled = cell('handled');
    if (what.length > LIMITS.text) add({ row, field: 'what', reason: 'tooLong' });
    if (handled.length > LIMITS.text) add({ row, field: 'handled', reason: 'tooLong' });
    const minutesText = cell('minutes').trim();
    const minutes = minutesText === '' ? 0 : /^\d{1,5}$/.test(minutesText) ? Number(minutesText) : NaN;
    if (!(minutes >= 0 && minutes <= LIMITS.minutes)) add({ row, field: 'minutes', reason: 'range' });
    const billed = flag('billed'), rude = flag('rude'), unpaidAsk = flag('unpaidAsk'), afterHours = flag('afterHours'), byHand = flag('afterHoursByHand');
    const client = cell('client').trim();
    if (client.length > LIMITS.clientName) add({ row, field: 'client', reason: 'tooLong' });
    if (problems.length > before || problems.length >= maxProblems || !isChannel(channel) || !date) return;
    const computed = computedAfterHours(at);
    // With the "set by hand" column, trust it; without it, a value unlike the computed one is an override.
    const override = index.has('afterHoursByHand') ? (byHand ? afterHours ?? computed : null) : index.has('afterHours') && afterHours !== computed ? afterHours ?? null : null;
    const id = cell('id').trim() || makeId();
    const createdAt = cell('createdAt').trim();
    const updatedAt = cell('updatedAt').trim();
    rows.push({
      v: 2, id, clientName: client, at, channel, what, handled, minutes,
      billed: billed ?? false, rude: rude ?? false, unpaidAsk: unpaidAsk ?? false, afterHoursOverride: override,
      createdAt: parseInstant(createdAt) ? createdAt : nowIso,
      updatedAt: parseInstant(updatedAt) ? updatedAt : nowIso,
    });
  });
  return { rows: problems.length ? [] : rows, problems };
}
