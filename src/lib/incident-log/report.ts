/**
 * The factual report (A6: the record the firm sent its client) and the neutral
 * sentence handed to the script generator. Only counts, dates and what the
 * reader wrote; the wording is the language's `report` / `handoff` strings,
 * which say what happened without judging anyone (B3, B4).
 */
import { fillTemplate as fill } from '../fill-template.ts';
import { dateFormat, listFormat, numberFormat } from '../intl-cache.ts';
import { parseInstant, type Client, type Entry } from './entry.ts';
import { formatClock, isAfterHours, type WorkingHours } from './hours.ts';
import { byTimeDesc, summarize, type Summary } from './summary.ts';
import type { LangWords } from './words.ts';

export interface ReportRow {
  when: string;
  channel: string;
  minutes: string;
  what: string;
  handled: string;
  notes: string;
}

export interface Report {
  title: string;
  period: string;
  counts: string[];
  hoursNote: string;
  rows: ReportRow[];
  summary: Summary;
}

const dateOnly = (tag: string, zone: string) => dateFormat(tag, { dateStyle: 'long', timeZone: zone });
const dateTime = (tag: string, zone: string) => dateFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
/** A calendar date (YYYY-MM-DD, already local) written in a language. */
const calendarDay = (tag: string, day: string) => dateFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "Mon–Fri 09:00–18:00"-style line in a language, days from Intl. */
export function hoursText(hours: WorkingHours, words: LangWords): string {
  const weekday = dateFormat(words.tag, { weekday: 'short', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: day d of the week is January 1 + d.
  const names = [1, 2, 3, 4, 5, 6, 0].filter((d) => hours.days.includes(d)).map((d) => weekday.format(new Date(Date.UTC(2023, 0, 1 + d))));
  // A plain comma list: all three languages write weekday lists this way ("월, 화, 수").
  const days = names.join(', ');
  return fill(words.hoursRange, { days, from: formatClock(hours.start), to: formatClock(hours.end), zone: hours.timeZone });
}

export function countLines(s: Summary, words: LangWords): string[] {
  const r = words.report;
  const n = (x: number, digits = 0) => numberFormat(words.tag, { maximumFractionDigits: digits }).format(x);
  const pct = numberFormat(words.tag, { style: 'percent', maximumFractionDigits: 0 }).format(s.afterHoursShare);
  const lines = [
    fill(r.total, { count: n(s.total) }),
    fill(r.perWeek, { count: n(s.perWeek, 1) }),
    fill(r.afterHours, { count: n(s.afterHours), share: pct }),
    fill(r.lateNight, { count: n(s.lateNight) }),
    fill(r.rude, { count: n(s.rude) }),
    fill(r.unpaidAsk, { count: n(s.unpaidAsk) }),
    fill(r.unpaidTime, { hours: n(s.unpaidMinutes / 60, 1) }),
  ];
  const streak = s.longestLateStreak;
  if (streak.nights > 1 && streak.from && streak.to) {
    lines.push(fill(r.streak, { nights: n(streak.nights), from: calendarDay(words.tag, streak.from), to: calendarDay(words.tag, streak.to) }));
  }
  return lines;
}

export function buildReport(client: Client, entries: readonly Entry[], hours: WorkingHours, words: LangWords): Report {
  const summary = summarize(entries, hours);
  const r = words.report;
  const zone = hours.timeZone;
  const first = summary.first ? parseInstant(summary.first) : undefined;
  const last = summary.last ? parseInstant(summary.last) : undefined;
  const period = first && last ? fill(r.period, { client: client.name, from: dateOnly(words.tag, zone).format(first), to: dateOnly(words.tag, zone).format(last) }) : r.empty;
  const rows = byTimeDesc(entries).reverse().map((e): ReportRow => {
    const notes = [e.rude && r.flags.rude, e.unpaidAsk && r.flags.unpaidAsk, isAfterHours(e, hours) && r.flags.afterHours].filter((x): x is string => Boolean(x));
    return {
      when: dateTime(words.tag, zone).format(parseInstant(e.at) ?? new Date(0)),
      channel: words.channels[e.channel],
      minutes: numberFormat(words.tag, {}).format(e.minutes),
      what: e.what,
      handled: e.handled,
      notes: listFormat(words.tag, { style: 'long', type: 'conjunction' }).format(notes),
    };
  });
  return { title: fill(r.title, { client: client.name }), period, counts: countLines(summary, words), hoursNote: fill(r.hoursNote, { hours: hoursText(hours, words) }), rows, summary };
}

/**
 * The facts sentence for the generator's `facts` field, in the output language:
 * "Since 3 March 2026, 41 contacts, 17 of them after 21:00." No judgement, only counts.
 */
export function handoffSentence(summary: Summary, hours: WorkingHours, words: LangWords): string {
  const first = summary.first ? parseInstant(summary.first) : undefined;
  if (!first) return '';
  const n = (x: number) => numberFormat(words.tag, {}).format(x);
  const date = dateOnly(words.tag, hours.timeZone).format(first);
  const h = words.handoff;
  const main = summary.lateNight
    ? fill(h.withLate, { date, total: n(summary.total), late: n(summary.lateNight) })
    : fill(h.plain, { date, total: n(summary.total) });
  return summary.afterHours ? `${main} ${fill(h.afterHours, { count: n(summary.afterHours) })}` : main;
}
