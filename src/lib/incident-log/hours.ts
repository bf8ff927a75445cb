/**
 * Working hours and local time. Every entry is judged in the reader's time zone
 * (an IANA name from Intl, e.g. Asia/Jayapura), whatever offset it was logged
 * with, using Date and Intl.DateTimeFormat only (Temporal is not available).
 *
 * Hours may cross midnight (a night shift 22:00–06:00): the early-morning part
 * belongs to the working day on which the shift started.
 */
import { isoWithOffset, parseInstant, type Entry } from './entry.ts';

export interface WorkingHours {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after midnight. start === end means the whole day. */
  start: number;
  end: number;
  timeZone: string;
}

/** 09:00–18:00, Monday to Friday, in `timeZone`. */
export const defaultHours = (timeZone: string): WorkingHours => ({ days: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60, timeZone });

/** The late-night window of A2 ("calls late at night"): 21:00 to 06:00. */
export const LATE_NIGHT = { from: 21 * 60, to: 6 * 60 } as const;

/** The reader's zone as the browser reports it (UTC if it cannot tell). */
export function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
  /** Offset east of UTC, in minutes. */
  offset: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partsFormats.set(timeZone, f);
  }
  return f;
}

/** The zone's offset east of UTC at an instant, in minutes, straight from Intl (slow: ~30 µs). */
function offsetFromIntl(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p['year'] ?? 1970, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

// Offsets change at most once on any day (a DST switch), so the offset at both
// ends of a UTC day, when equal, holds for the whole day: two Intl calls per day
// instead of one per entry, which keeps a 10,000-row import well under a second.
const dayOffsets = new Map<string, number | null>();
function offsetAt(ms: number, timeZone: string): number {
  const day = Math.floor(ms / 86_400_000);
  const key = `${timeZone}|${day}`;
  let known = dayOffsets.get(key);
  if (known === undefined) {
    const start = offsetFromIntl(day * 86_400_000, timeZone);
    known = start === offsetFromIntl((day + 1) * 86_400_000 - 1000, timeZone) ? start : null;
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    dayOffsets.set(key, known);
  }
  return known ?? offsetFromIntl(ms, timeZone);
}

/** The wall-clock date and time of an instant in a zone. */
export function localParts(date: Date, timeZone: string): LocalParts {
  const offset = offsetAt(date.getTime(), timeZone);
  const local = new Date(date.getTime() + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    offset,
  };
}

/** An instant written with the offset its zone has at that instant. */
export function isoInZone(date: Date, timeZone: string): string {
  return isoWithOffset(date, localParts(date, timeZone).offset);
}

/**
 * The instant of a wall-clock time in a zone (for the form's date and time
 * fields). In a gap or overlap of a DST change (none in our five zones) the
 * first matching offset wins.
 */
export function zonedInstant(dateText: string, timeText: string, timeZone: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
  const t = /^(\d{2}):(\d{2})$/.exec(timeText);
  if (!d || !t) return undefined;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  let instant = guess - localParts(new Date(guess), timeZone).offset * 60_000;
  instant = guess - localParts(new Date(instant), timeZone).offset * 60_000;
  const date = new Date(instant);
  return Number.isNaN(instant) ? undefined : date;
}

/** Is a local time (weekday + minutes) inside working hours? */
export function withinHours(weekday: number, minutes: number, hours: WorkingHours): boolean {
  const { days, start, end } = hours;
  if (start === end) return days.includes(weekday);
  if (start < end) return days.includes(weekday) && minutes >= start && minutes < end;
  // Across midnight: the evening part on a working day, the morning part after one.
  return (days.includes(weekday) && minutes >= start) || (days.includes((weekday + 6) % 7) && minutes < end);
}

export function computedAfterHours(at: string, hours: WorkingHours): boolean {
  const date = parseInstant(at);
  if (!date) return false;
  const local = localParts(date, hours.timeZone);
  return !withinHours(local.weekday, local.minutes, hours);
}

/** Outside working hours: the reader's override if set, else computed. */
export function isAfterHours(entry: Pick<Entry, 'at' | 'afterHoursOverride'>, hours: WorkingHours): boolean {
  return entry.afterHoursOverride ?? computedAfterHours(entry.at, hours);
}

export function isLateNight(local: Pick<LocalParts, 'minutes'>): boolean {
  return local.minutes >= LATE_NIGHT.from || local.minutes < LATE_NIGHT.to;
}

/** "09:30" → 570; undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export const formatClock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Settings read back from storage: anything odd falls back to the defaults. */
export function migrateHours(raw: unknown, fallbackZone: string): WorkingHours {
  const base = defaultHours(fallbackZone);
  if (typeof raw !== 'object' || raw === null) return base;
  const r = raw as Record<string, unknown>;
  const days = Array.isArray(r['days']) ? r['days'].filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6) : base.days;
  const minute = (x: unknown, d: number) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1440 ? (x as number) : d);
  const zone = typeof r['timeZone'] === 'string' && isTimeZone(r['timeZone']) ? r['timeZone'] : base.timeZone;
  return { days: [...new Set(days)].sort(), start: minute(r['start'], base.start), end: minute(r['end'], base.end), timeZone: zone };
}
