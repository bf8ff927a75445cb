/**
 * What a log says at a glance: contacts per week, the share outside working
 * hours, unpaid time, counts per flag, the longest run of late-night contacts,
 * and the weekly series the chart draws. Days and weeks are the reader's local
 * ones (weeks start on Monday, as in all three countries' calendars).
 */
import { parseInstant, type Entry } from './entry.ts';
import { isAfterHours, isLateNight, localParts, withinHours, type LocalParts, type WorkingHours } from './hours.ts';

export interface WeekBucket {
  /** The Monday that starts the week, as a local calendar date YYYY-MM-DD. */
  start: string;
  total: number;
  afterHours: number;
}

export interface Summary {
  total: number;
  /** First and last contact, ISO with offset as logged (undefined for an empty log). */
  first?: string;
  last?: string;
  /** Weeks from the first contact's week to the last one's, inclusive. */
  weeks: number;
  perWeek: number;
  afterHours: number;
  /** 0…1 */
  afterHoursShare: number;
  lateNight: number;
  unpaidMinutes: number;
  rude: number;
  unpaidAsk: number;
  longestLateStreak: { nights: number; from?: string; to?: string };
  weekly: WeekBucket[];
}

const DAY = 86_400_000;

// Entries are never changed in place (an edit makes a new object), so each
// one's local time and instant are remembered per object, for the redraw after
// every change to a log of thousands.
const entryParts = new WeakMap<Entry, { zone: string; parts: LocalParts | undefined }>();
function partsOf(e: Entry, timeZone: string): LocalParts | undefined {
  const known = entryParts.get(e);
  if (known && known.zone === timeZone) return known.parts;
  const parts = cachedParts(e.at, timeZone);
  entryParts.set(e, { zone: timeZone, parts });
  return parts;
}
const instants = new WeakMap<Entry, number>();
export function instantOf(e: Entry): number {
  let t = instants.get(e);
  if (t === undefined) instants.set(e, (t = parseInstant(e.at)?.getTime() ?? 0));
  return t;
}

// formatToParts is the slow part of a redraw; an entry's local time only changes
// with its date or the zone, so it is remembered per (zone, date).
const partsCache = new Map<string, LocalParts>();
export function cachedParts(at: string, timeZone: string): LocalParts | undefined {
  const key = `${timeZone}|${at}`;
  let parts = partsCache.get(key);
  if (!parts) {
    const date = parseInstant(at);
    if (!date) return undefined;
    parts = localParts(date, timeZone);
    if (partsCache.size > 200_000) partsCache.clear();
    partsCache.set(key, parts);
  }
  return parts;
}

/** Days since 1970-01-01 of a local calendar date. */
const dayNumber = (p: Pick<LocalParts, 'year' | 'month' | 'day'>) => Date.UTC(p.year, p.month - 1, p.day) / DAY;
export const dayText = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
/** The Monday on or before a day. */
const mondayOf = (n: number) => n - ((new Date(n * DAY).getUTCDay() + 6) % 7);

export function summarize(entries: readonly Entry[], hours: WorkingHours): Summary {
  let afterHours = 0, lateNight = 0, unpaidMinutes = 0, rude = 0, unpaidAsk = 0;
  let firstMs = Infinity, lastMs = -Infinity, first: string | undefined, last: string | undefined;
  const weeks = new Map<number, WeekBucket>();
  const lateNights = new Set<number>();
  for (const e of entries) {
    const parts = partsOf(e, hours.timeZone);
    if (!parts) continue;
    const ms = instantOf(e);
    if (ms < firstMs) { firstMs = ms; first = e.at; }
    if (ms > lastMs) { lastMs = ms; last = e.at; }
    const day = dayNumber(parts);
    const after = e.afterHoursOverride ?? !withinHours(parts.weekday, parts.minutes, hours);
    if (after) afterHours++;
    if (isLateNight(parts)) {
      lateNight++;
      // A contact at 01:00 belongs to the night that began the evening before.
      lateNights.add(parts.minutes < 12 * 60 ? day - 1 : day);
    }
    if (!e.billed) unpaidMinutes += e.minutes;
    if (e.rude) rude++;
    if (e.unpaidAsk) unpaidAsk++;
    const monday = mondayOf(day);
    let bucket = weeks.get(monday);
    if (!bucket) weeks.set(monday, (bucket = { start: dayText(monday), total: 0, afterHours: 0 }));
    bucket.total++;
    if (after) bucket.afterHours++;
  }
  const total = entries.length;
  const weekly = fillWeeks(weeks);
  return {
    total,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    weeks: weekly.length,
    perWeek: weekly.length ? total / weekly.length : 0,
    afterHours,
    afterHoursShare: total ? afterHours / total : 0,
    lateNight,
    unpaidMinutes,
    rude,
    unpaidAsk,
    longestLateStreak: longestRun(lateNights),
    weekly,
  };
}

/** Every week from the first to the last, empty ones included, so the chart shows quiet weeks too. */
function fillWeeks(weeks: Map<number, WeekBucket>): WeekBucket[] {
  if (!weeks.size) return [];
  const keys = [...weeks.keys()];
  const from = Math.min(...keys), to = Math.max(...keys);
  const out: WeekBucket[] = [];
  for (let w = from; w <= to; w += 7) out.push(weeks.get(w) ?? { start: dayText(w), total: 0, afterHours: 0 });
  return out;
}

/** The longest run of consecutive nights in a set of day numbers. */
export function longestRun(nights: Set<number>): Summary['longestLateStreak'] {
  let best = { nights: 0, from: 0, to: 0 };
  for (const n of nights) {
    if (nights.has(n - 1)) continue;
    let end = n;
    while (nights.has(end + 1)) end++;
    if (end - n + 1 > best.nights) best = { nights: end - n + 1, from: n, to: end };
  }
  return best.nights ? { nights: best.nights, from: dayText(best.from), to: dayText(best.to) } : { nights: 0 };
}

/** Entries newest first (by instant), as the list and report show them. */
export function byTimeDesc(entries: readonly Entry[]): Entry[] {
  // Each date parsed once, not once per comparison: 5,000 entries sort in about a millisecond.
  return entries
    .map((e) => ({ e, t: instantOf(e) }))
    .sort((a, b) => b.t - a.t)
    .map(({ e }) => e);
}

export { isAfterHours };
