/**
 * Dates on the generator's form that fall on a Saturday or Sunday, so the form
 * can say so beside the field. A note, never an error: some readers do work
 * at weekends, and the texts are composed either way.
 *
 * Why: the texts tell the client "I keep working until Sunday 6 December" or
 * "the files by Saturday" exactly as picked, and a native reader stops at a
 * last working day on a Sunday (id review 22, both editors, first glance).
 * The tool cannot know whether the reader works at weekends, so it asks.
 *
 * Which dates: the three dates of ending now (last working day, files, refund).
 * The last working day counts when it is left empty and today is a weekend day,
 * because the texts then name today. The refund's default date (a week after
 * the last working day) is the same weekday, so the last day's note covers it.
 * A serve-until-end contract's end date is not checked: a contract ends on a
 * calendar date (often the end of a month) whatever its weekday.
 */
import { isIsoDate } from '../render/dates.ts';
import type { ScriptInput } from './input.ts';

export const weekendFields = ['lastDay', 'filesBy', 'refundBy'] as const;
export type WeekendField = (typeof weekendFields)[number];

export interface WeekendNote {
  field: WeekendField;
  day: 'sat' | 'sun';
  /** The field is empty and stands for today (only the last working day has that default). */
  today: boolean;
}

/** 'sat' or 'sun' for an ISO date on a weekend, else undefined. */
export function weekendDay(iso: string): 'sat' | 'sun' | undefined {
  if (!isIsoDate(iso)) return undefined;
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? 'sat' : day === 0 ? 'sun' : undefined;
}

/**
 * The weekend notes for the form as filled in, in form order.
 * @param today YYYY-MM-DD, the reader's today
 */
export function weekendNotes(input: Pick<ScriptInput, 'contract' | WeekendField>, today: string): WeekendNote[] {
  if (input.contract !== 'end-now') return [];
  const notes: WeekendNote[] = [];
  for (const field of weekendFields) {
    const typed = input[field];
    const assumed = field === 'lastDay' && typed === '';
    const day = weekendDay(assumed ? today : typed);
    if (day) notes.push({ field, day, today: assumed });
  }
  return notes;
}
