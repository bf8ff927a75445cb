/**
 * The generator's field checks as the reader sees them: the parsed amount
 * beside the fee field ("= 1,250,000원", a polite live region), and the
 * specific reason in the error summary and under the field when a filled-in
 * value is refused (a name with no letter, a past end date, an amount that
 * cannot be read). The rules are in src/lib (script/input.ts, amount/); this
 * file only writes text. Nothing here changes what the reader typed.
 */
import { describeAmount, type AmountMessages } from '../lib/amount/explain.ts';
import { readFee, type FieldError, type ScriptInput } from '../lib/script/input.ts';
import { locales, type Lang } from '../i18n/locales.ts';
import type { WeekendNote } from '../lib/script/weekend.ts';

export interface ValidationMessages {
  clientNoLetter: string;
  youNoLetter: string;
  businessNoLetter: string;
  endDatePast: string;
  amountParsed: string;
  amount: AmountMessages['refused'];
}

const amountMessages = (m: ValidationMessages): AmountMessages => ({ parsed: m.amountParsed, refused: m.amount });

function reasonText(error: FieldError, input: ScriptInput, pageLang: Lang, m: ValidationMessages): string | undefined {
  if (error.reason === 'noLetter') {
    if (error.field === 'client') return m.clientNoLetter;
    if (error.field === 'you') return m.youNoLetter;
    if (error.field === 'business') return m.businessNoLetter;
  }
  if (error.reason === 'past') return m.endDatePast;
  if (error.reason === 'amount' && error.amount) {
    return describeAmount(error.amount, input.fee, pageLang, locales[input.lang].currency, amountMessages(m));
  }
  return undefined;
}

/** Give each error message its specific reason where there is one, else the field's usual text. */
export function explainErrors(root: HTMLElement, errors: FieldError[], input: ScriptInput, pageLang: Lang, m: ValidationMessages): void {
  const specific = new Map<string, string>();
  for (const error of errors) {
    const text = reasonText(error, input, pageLang, m);
    if (text) specific.set(error.field, text);
  }
  const targets = [
    ...root.querySelectorAll<HTMLElement>('[data-error-for] a'),
    ...root.querySelectorAll<HTMLElement>('[data-field-error]'),
  ];
  for (const el of targets) {
    const field = el.dataset['fieldError'] ?? el.closest<HTMLElement>('[data-error-for]')?.dataset['errorFor'] ?? '';
    el.dataset['usualText'] ??= el.textContent ?? '';
    const text = specific.get(field) ?? el.dataset['usualText'];
    if (el.textContent !== text) el.textContent = text;
  }
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * The amount as read, beside the fee field. Written after the reader pauses
 * (400 ms), so a screen reader hears the result, not every keystroke; left
 * empty while the field's own error message says the same thing.
 */
export function showParsedAmount(output: HTMLElement | null, input: ScriptInput, pageLang: Lang, m: ValidationMessages, errorShown: boolean): void {
  if (!output) return;
  const fee = readFee(input);
  const text = errorShown ? '' : describeAmount(fee, input.fee, pageLang, locales[input.lang].currency, amountMessages(m));
  output.toggleAttribute('data-refused', !fee.ok);
  clearTimeout(timers.get(output));
  timers.set(
    output,
    setTimeout(() => {
      if (output.textContent !== text) output.textContent = text;
    }, 400),
  );
}

export type DateNoteMessages = Record<'sat' | 'sun' | 'todaySat' | 'todaySun', string>;

/**
 * The note under a date field that falls on a Saturday or Sunday (the rule is in
 * src/lib/script/weekend.ts), emptied when the date moves to a weekday.
 */
export function showWeekendNotes(root: HTMLElement, notes: WeekendNote[], m: DateNoteMessages): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-weekend-note]')) {
    const note = notes.find((n) => n.field === el.dataset['weekendNote']);
    const text = note ? m[note.today ? (note.day === 'sat' ? 'todaySat' : 'todaySun') : note.day] : '';
    if (el.textContent !== text) el.textContent = text;
  }
}

/** A note under a field (the progress field's "at 0 % the texts say the work has not started"), or nothing. */
export function showNote(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
