/**
 * The generator's form, as data: field names (stable; the URL query uses the
 * same names, so the quiz can open the generator prefilled), limits, parsing
 * and validation. Pure: no DOM.
 *
 * URL and form names: kind (person | organisation), client, contact, title,
 * you, business, reasons (comma list or repeated), facts, factsFor (the reason
 * the typed example illustrates; default the first ticked), contract, endDate,
 * fee, completed, lastDay, filesBy, refundBy (YYYY-MM-DD), refundMethod
 * (bank | original | agreed), referrals and referralContacts (repeated, paired
 * by position, up to three), channel, tone, lang, notice.
 */
import { isLang, locales, type Lang } from '../../i18n/locales.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { capGraphemes, cleanLine, cleanMultiline, hasLetterOrDigit } from '../text-hygiene.ts';
import { parseAmount as readAmount, type AmountResult } from '../amount/index.ts';
import { looksLikeOrganisation, type ClientKind } from '../grammar/addressee.ts';
import { idHonorific } from '../grammar/indonesian.ts';
import { trHonorific } from '../grammar/turkish-title.ts';

export const reasonIds = ['overcommunication', 'time', 'free-work', 'aggression', 'unprofitable', 'fit'] as const;
export type ReasonId = (typeof reasonIds)[number];
export const contractModes = ['serve-until-end', 'end-now'] as const;
export type ContractMode = (typeof contractModes)[number];
export const channels = ['phone', 'video', 'in-person'] as const;
export type Channel = (typeof channels)[number];
export const tones = ['formal', 'warm'] as const;
export type Tone = (typeof tones)[number];

export const clientKinds = ['person', 'organisation'] as const satisfies readonly ClientKind[];
/** How a refund is paid: bank transfer, back through the channel the client paid by, or to be agreed. */
export const refundMethods = ['bank', 'original', 'agreed'] as const;
export type RefundMethod = (typeof refundMethods)[number];

export const MAX_REFERRALS = 3;
/** The longest notice limit the clause offers (days). */
export const MAX_NOTICE_DAYS = 14;

/** Longest text each field keeps; longer input is cut, and the form says so. */
export const LIMITS = {
  client: 80,
  contact: 80,
  title: 20,
  you: 80,
  business: 80,
  facts: 500,
  fee: 20,
  completed: 3,
  referral: 80,
  referralContact: 120,
  notice: 2,
} as const;

export interface Referral {
  name: string;
  contact: string;
}

export interface ScriptInput {
  /** A person or an organisation; a typed legal form ((주), A.Ş., PT …) makes organisation the default. */
  kind: ClientKind;
  client: string;
  /** For an organisation: the person spoken to (optional). */
  contact: string;
  title: string;
  you: string;
  business: string;
  reasons: ReasonId[];
  facts: string;
  /**
   * The reason the typed example illustrates ('' = the first ticked one). Only a
   * ticked reason counts: anything else falls back to the first ticked (see factsReason).
   */
  factsFor: ReasonId | '';
  contract: ContractMode;
  /** ISO date, YYYY-MM-DD. */
  endDate: string;
  /** As typed; parsed with parseAmount(). */
  fee: string;
  /** Percentage of the paid work done, as typed. */
  completed: string;
  /** end-now: the last working day (ISO; '' = today), the day files are delivered ('' = the last day), the refund date ('' = a week after the last day). */
  lastDay: string;
  filesBy: string;
  refundBy: string;
  refundMethod: RefundMethod;
  referrals: Referral[];
  channel: Channel;
  tone: Tone;
  lang: Lang;
  /** Notice period in days for the contract clause, as typed. */
  notice: string;
}

export type FieldName = keyof typeof LIMITS | 'reasons' | 'endDate';

/** Why a filled-in field is refused (a missing one has no reason). */
export type FieldRefusal = 'noLetter' | 'past' | 'amount' | 'honorific';

export interface FieldError {
  field: FieldName;
  reason?: FieldRefusal;
  /** For `amount`: what the amount parser said (reason, what it understood). */
  amount?: Extract<AmountResult, { ok: false }>;
}

/** The form's starting state for a page in `lang`. */
export function emptyInput(lang: Lang, defaultTitle = ''): ScriptInput {
  return {
    kind: 'person', client: '', contact: '', title: defaultTitle, you: '', business: '', reasons: [], facts: '', factsFor: '', contract: 'serve-until-end',
    endDate: '', fee: '', completed: '', lastDay: '', filesBy: '', refundBy: '', refundMethod: 'bank',
    referrals: [], channel: 'phone', tone: 'formal', lang, notice: '14',
  };
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Cut to `max` characters without splitting a grapheme (a joined emoji, a surrogate pair, a Hangul syllable). */
export const cap = capGraphemes;

/** A field as kept (see src/lib/text-hygiene.ts): NFC, no bidi controls or stray invisibles, capped; newlines only in `multiline` text. */
export function cleanText(text: string, max: number, multiline = false): string {
  return multiline ? cleanMultiline(text, max) : cleanLine(text, max);
}

/**
 * Read the form's fields from URL query parameters (or FormData entries).
 * Unknown values fall back to defaults; text is cleaned and capped.
 */
export function inputFromParams(params: URLSearchParams, pageLang: Lang, defaultTitle = ''): ScriptInput {
  const base = emptyInput(pageLang, defaultTitle);
  const text = (name: keyof typeof LIMITS) => cleanText(params.get(name) ?? '', LIMITS[name]);
  const lang = params.get('lang');
  const reasons = params
    .getAll('reasons')
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter((r): r is ReasonId => (reasonIds as readonly string[]).includes(r));
  const names = params.getAll('referrals');
  const contacts = params.getAll('referralContacts');
  const referrals = names
    .slice(0, MAX_REFERRALS)
    .map((name, i) => ({ name: cleanText(name, LIMITS.referral), contact: cleanText(contacts[i] ?? '', LIMITS.referralContact) }))
    .filter((r) => r.name.trim() || r.contact.trim());
  const endDate = params.get('endDate') ?? '';
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return validDate(value) ? value : '';
  };
  const client = text('client');
  return {
    // Without an explicit choice, a legal form in the name decides.
    kind: pick(params.get('kind'), clientKinds, looksLikeOrganisation(client) ? 'organisation' : 'person'),
    client,
    contact: text('contact'),
    title: params.has('title') ? text('title') : base.title,
    you: text('you'),
    business: text('business'),
    reasons: [...new Set(reasons)],
    facts: cleanText(params.get('facts') ?? '', LIMITS.facts, true),
    factsFor: pick<ReasonId | ''>(params.get('factsFor'), reasonIds, ''),
    contract: pick(params.get('contract'), contractModes, base.contract),
    endDate: /^\d{4}-\d{2}-\d{2}$/.test(endDate) ? endDate : '',
    fee: text('fee'),
    completed: text('completed'),
    lastDay: date('lastDay'),
    filesBy: date('filesBy'),
    refundBy: date('refundBy'),
    refundMethod: pick(params.get('refundMethod'), refundMethods, base.refundMethod),
    referrals,
    channel: pick(params.get('channel'), channels, base.channel),
    tone: pick(params.get('tone'), tones, base.tone),
    lang: isLang(lang) ? lang : pageLang,
    notice: params.has('notice') ? text('notice') : base.notice,
  };
}

/** The same input as URL query parameters (empty fields left out). */
export function inputToParams(input: ScriptInput): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => value && params.set(name, value);
  params.set('kind', input.kind);
  set('client', input.client);
  set('contact', input.contact);
  set('title', input.title);
  set('you', input.you);
  set('business', input.business);
  if (input.reasons.length) params.set('reasons', input.reasons.join(','));
  set('facts', input.facts);
  set('factsFor', input.factsFor);
  params.set('contract', input.contract);
  set('endDate', input.endDate);
  set('fee', input.fee);
  set('completed', input.completed);
  set('lastDay', input.lastDay);
  set('filesBy', input.filesBy);
  set('refundBy', input.refundBy);
  params.set('refundMethod', input.refundMethod);
  for (const r of input.referrals) {
    params.append('referrals', r.name);
    params.append('referralContacts', r.contact);
  }
  params.set('channel', input.channel);
  params.set('tone', input.tone);
  params.set('lang', input.lang);
  set('notice', input.notice);
  return params;
}

/**
 * The ticked reason the typed example follows: the one chosen when it is still
 * ticked, else the first ticked (a reader who unticks the chosen reason keeps an
 * example that follows a reason still said), or undefined with no reason.
 */
export function factsReason(input: Pick<ScriptInput, 'reasons' | 'factsFor'>): ReasonId | undefined {
  return input.factsFor && input.reasons.includes(input.factsFor) ? input.factsFor : input.reasons[0];
}

/** The fee as the amount module reads it, in the output language's currency. */
export function readFee(input: Pick<ScriptInput, 'fee' | 'lang'>): AmountResult {
  return readAmount(input.fee, input.lang, locales[input.lang].currency);
}

/**
 * A typed amount in `lang`'s currency as a number, or null when it is refused
 * (src/lib/amount says why).
 * @example parseAmount('15.000,50 TL', 'tr') // 15000.5
 * @example parseAmount('100만원', 'ko') // 1000000
 */
export function parseAmount(text: string, lang: Lang): number | null {
  const result = readFee({ fee: text, lang });
  return result.ok ? result.value : null;
}

/** A whole-number percentage 0–100, or null. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/** Whole days 1–90, or null. */
export function parseNotice(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  // B15: notify *immediately*; the number is only the latest limit. A month or more beside
  // "immediately" read as a contradiction to every native reviewer, so the limit stays within two weeks.
  return value >= 1 && value <= MAX_NOTICE_DAYS ? value : null;
}

export function validDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Fields that are missing or wrong, in form order. Empty when the texts can be composed.
 * A name needs a letter or digit (punctuation alone would leave an empty slot once
 * the grammar drops it); an end date may be today but not before; the fee must be an
 * amount src/lib/amount accepts.
 * @param today YYYY-MM-DD, the reader's today (tests pass a fixed one)
 */
export function validateInput(input: ScriptInput, today = localToday()): FieldError[] {
  const errors: FieldError[] = [];
  const name = (field: 'client' | 'you' | 'business', required: boolean) => {
    const value = normalizeName(input[field]);
    if (!value) {
      if (required) errors.push({ field });
    } else if (!hasLetterOrDigit(value)) errors.push({ field, reason: 'noLetter' });
  };
  name('client', true);
  if (needsHonorific(input)) errors.push({ field: 'title', reason: 'honorific' });
  name('you', true);
  name('business', false);
  if (input.reasons.length === 0) errors.push({ field: 'reasons' });
  if (input.contract === 'serve-until-end') {
    if (!validDate(input.endDate)) errors.push({ field: 'endDate' });
    else if (input.endDate < today) errors.push({ field: 'endDate', reason: 'past' });
  }
  if (input.contract === 'end-now') {
    const fee = readFee(input);
    if (!fee.ok) errors.push(fee.reason === 'empty' ? { field: 'fee' } : { field: 'fee', reason: 'amount', amount: fee });
    if (parsePercent(input.completed) === null) errors.push({ field: 'completed' });
  }
  if (parseNotice(input.notice) === null) errors.push({ field: 'notice' });
  return errors;
}

/**
 * True when the output language cannot address the person spoken to without an
 * honorific the reader has not given, so the form asks which rather than guessing
 * from the name. Indonesian calls a person Pak/Bu (Bapak/Ibu in writing): a bare
 * name is rude and "Bapak/Ibu" cannot be said to one person; a title typed before
 * the name (Pak Budi, Bu Sari) counts. Turkish speaks to a client as "siz", and
 * "siz" goes with "Yusuf Bey" / "Ayşe Hanım", never a bare first name (tr review
 * 13, first glance); a title typed after the name counts. Korean has a neutral
 * default (님). An organisation without a contact person needs none (the call
 * asks for the person in charge).
 */
export function needsHonorific(input: Pick<ScriptInput, 'lang' | 'kind' | 'client' | 'contact' | 'title'>): boolean {
  if (input.lang !== 'id' && input.lang !== 'tr') return false;
  const person = normalizeName(input.kind === 'organisation' ? input.contact : input.client);
  if (person === '') return false;
  return (input.lang === 'id' ? idHonorific(person, input.title) : trHonorific(person, input.title)) === '';
}
