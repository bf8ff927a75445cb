/**
 * One logged contact with a client, and the checks every entry passes before it
 * is stored, imported or shown. Validation is written by hand (not zod): the
 * page ships this module to the browser and zod would cost more than the rest
 * of the tool's logic together.
 *
 * Records carry a schema version `v`; `migrateEntry` lifts an older record to
 * the current shape, so a store or a file written by an earlier edition still reads.
 */

export const ENTRY_VERSION = 2;
export const channels = ['call', 'message', 'email', 'voicemail', 'meeting', 'other'] as const;
export type Channel = (typeof channels)[number];
export const flagIds = ['rude', 'unpaidAsk', 'afterHours'] as const;
export type FlagId = (typeof flagIds)[number];

export const LIMITS = {
  /** What happened / how it was handled: long enough for a pasted message. */
  text: 10_000,
  clientName: 120,
  /** A day. More is a typo, not a contact. */
  minutes: 24 * 60,
  /** Clock skew and time zones allowed before a date counts as "in the future". */
  futureSlackMs: 24 * 60 * 60 * 1000,
} as const;

export interface Entry {
  v: typeof ENTRY_VERSION;
  id: string;
  clientId: string;
  /** When the contact happened: ISO 8601 with the offset of the zone it was logged in. */
  at: string;
  channel: Channel;
  what: string;
  handled: string;
  minutes: number;
  /** Minutes that were billed to the client (the rest counts as unpaid time). */
  billed: boolean;
  rude: boolean;
  unpaidAsk: boolean;
  /** Reader's override of the computed "outside working hours"; null = computed. */
  afterHoursOverride: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export interface Client {
  id: string;
  name: string;
  createdAt: string;
}

/** Why a value was refused: the field and a reason code the page words per language. */
export interface FieldProblem {
  field: 'at' | 'channel' | 'what' | 'handled' | 'minutes' | 'billed' | 'rude' | 'unpaidAsk' | 'afterHours' | 'id' | 'client';
  reason: 'missing' | 'invalid' | 'future' | 'tooLong' | 'range';
}

export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && (channels as readonly string[]).includes(value);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO 8601 date-time that carries its offset; undefined otherwise. */
export function parseInstant(value: string): Date | undefined {
  if (!ISO_WITH_OFFSET.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The problems of an entry's reader-editable fields (empty when it is fine). */
export function entryProblems(e: Pick<Entry, 'at' | 'channel' | 'what' | 'handled' | 'minutes'>, now: Date): FieldProblem[] {
  const out: FieldProblem[] = [];
  const at = parseInstant(e.at);
  if (!e.at) out.push({ field: 'at', reason: 'missing' });
  else if (!at) out.push({ field: 'at', reason: 'invalid' });
  else if (at.getTime() > now.getTime() + LIMITS.futureSlackMs) out.push({ field: 'at', reason: 'future' });
  if (!isChannel(e.channel)) out.push({ field: 'channel', reason: e.channel ? 'invalid' : 'missing' });
  if (e.what.length > LIMITS.text) out.push({ field: 'what', reason: 'tooLong' });
  if (e.handled.length > LIMITS.text) out.push({ field: 'handled', reason: 'tooLong' });
  if (!Number.isInteger(e.minutes) || e.minutes < 0 || e.minutes > LIMITS.minutes) out.push({ field: 'minutes', reason: 'range' });
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const bool = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);

/**
 * Version 1 (the first draft of the store) kept the time as epoch milliseconds
 * in `time` with its offset in minutes in `tz`, flags in a `flags` array, and no
 * `billed` or override. Anything without `v` is treated as version 1.
 */
function fromV1(r: Record<string, unknown>): Record<string, unknown> {
  const time = typeof r['time'] === 'number' ? r['time'] : NaN;
  const offset = typeof r['tz'] === 'number' ? r['tz'] : 0;
  const flags = Array.isArray(r['flags']) ? r['flags'] : [];
  const at = Number.isFinite(time) ? isoWithOffset(new Date(time), offset) : '';
  return {
    ...r,
    v: 2,
    at,
    billed: false,
    rude: flags.includes('rude'),
    unpaidAsk: flags.includes('unpaid'),
    afterHoursOverride: null,
  };
}

/**
 * A stored or imported record brought to the current version and checked;
 * undefined when it cannot be read (the caller sets it aside, never drops it).
 */
export function migrateEntry(raw: unknown): Entry | undefined {
  if (!isRecord(raw)) return undefined;
  let r = raw;
  if (r['v'] === undefined || r['v'] === 1) r = fromV1(r);
  if (r['v'] !== ENTRY_VERSION) return undefined;
  const id = str(r['id']);
  const clientId = str(r['clientId']);
  const at = str(r['at']);
  const channel = r['channel'];
  const what = str(r['what']) ?? '';
  const handled = str(r['handled']) ?? '';
  const minutes = r['minutes'];
  const override = r['afterHoursOverride'];
  if (!id || !clientId || !at || !parseInstant(at) || !isChannel(channel)) return undefined;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0 || minutes > LIMITS.minutes) return undefined;
  if (what.length > LIMITS.text || handled.length > LIMITS.text) return undefined;
  if (override !== null && typeof override !== 'boolean') return undefined;
  const createdAt = str(r['createdAt']) ?? at;
  return {
    v: ENTRY_VERSION,
    id,
    clientId,
    at,
    channel,
    what,
    handled,
    minutes,
    billed: bool(r['billed']) ?? false,
    rude: bool(r['rude']) ?? false,
    unpaidAsk: bool(r['unpaidAsk']) ?? false,
    afterHoursOverride: override,
    createdAt,
    updatedAt: str(r['updatedAt']) ?? createdAt,
  };
}

export function migrateClient(raw: unknown): Client | undefined {
  if (!isRecord(raw)) return undefined;
  const id = str(raw['id']);
  const name = str(raw['name']);
  if (!id || !name || name.length > LIMITS.clientName) return undefined;
  return { id, name, createdAt: str(raw['createdAt']) ?? new Date(0).toISOString() };
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `date` written as local time at `offsetMinutes` east of UTC, with that offset: 2026-03-03T21:15:00+09:00. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`
  );
}

/** Two entries that describe the same contact (ids aside): how merging spots duplicates. */
export function sameContact(a: Entry, b: Entry): boolean {
  return (
    a.clientId === b.clientId &&
    parseInstant(a.at)?.getTime() === parseInstant(b.at)?.getTime() &&
    a.channel === b.channel &&
    a.what === b.what &&
    a.handled === b.handled &&
    a.minutes === b.minutes
  );
}

/** A key for `sameContact`, so merging 10,000 rows against 5,000 is not quadratic. */
export function contactKey(e: Entry): string {
  return [e.clientId, parseInstant(e.at)?.getTime(), e.channel, e.minutes, e.what, e.handled].join('\u0001');
}
