/**
 * Amounts read the way people write them, or refused with a reason.
 *
 * `parseAmount(text, lang, currency)` reads what a reader typed into a money
 * field: digits with the separators of `lang` (ko 1,250,000.5; tr and id
 * 1.250.000,5), unit words (125만, 1억 2천만, 45 bin, 1,5 milyon, 2 juta,
 * 750rb, 1,2 miliar), currency markers before or after (₩, 원, ₺, TL, Rp, IDR),
 * full-width digits from an IME (１００만) and the Indonesian ",-" ending.
 * Arithmetic is exact (BigInt over decimal digits), so 1,2 miliar is
 * 1 200 000 000, not 1 200 000 000.0000002.
 *
 * It refuses, rather than guesses:
 * - `negative` (-500000), `zero`, `too-large` (over 10^13), `exponent` (1e9),
 * - `fraction`: finer than the currency's smallest unit (won and rupiah have
 *   no fraction in practice; lira has kuruş, two digits),
 * - `ambiguous`: one separator before exactly three digits, written the other
 *   way round from `lang` (1.250 on a Korean page: 1.25 or 1250?), and a bare
 *   number after a large unit (1억 5000: 100 005 000, or 1억 5천만 as said
 *   aloud?); both readings are given,
 * - `currency`: a marker of another currency (Rp 2 juta for a script in won),
 * - `garbage`: anything else, `empty` for nothing at all.
 * Every refusal that read a number carries it as `understood`.
 */
import { langs, locales, type Lang } from '../../i18n/locales.ts';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, HANGUL_DIGITS, ONE_UNITS, UNITS, type UnitFamily } from './words.ts';

export type AmountRefusal = 'empty' | 'garbage' | 'exponent' | 'ambiguous' | 'negative' | 'currency' | 'zero' | 'too-large' | 'fraction';

export type AmountResult =
  | { ok: true; value: number }
  | {
      ok: false;
      reason: AmountRefusal;
      /** The amount as read, where a number was read. */
      understood?: number;
      /** `ambiguous`: the other reading. */
      alternative?: number;
      /** `currency`: the currency the text names (ISO 4217). */
      named?: string;
    };

/** Largest amount accepted: 10^13 (10조, 10 trilyon, 10 triliun). */
export const MAX_AMOUNT = 10_000_000_000_000;

/** Fraction digits each currency is written with in practice: no jeon, no sen, but kuruş (also used by the refund maths). */
const CURRENCY_DIGITS: ReadonlyMap<string, number> = new Map([['KRW', 0], ['IDR', 0], ['TRY', 2]]);

export function currencyDigits(currency: string): number {
  return CURRENCY_DIGITS.get(currency) ?? 2;
}

/** An exact decimal: n / 10^scale. */
interface Dec {
  n: bigint;
  scale: number;
}

const ZERO: Dec = { n: 0n, scale: 0 };
const ONE: Dec = { n: 1n, scale: 0 };
const pow10 = (e: number): bigint => 10n ** BigInt(e);
const align = (a: Dec, b: Dec): [bigint, bigint, number] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * pow10(scale - a.scale), b.n * pow10(scale - b.scale), scale];
};
const add = (a: Dec, b: Dec): Dec => {
  const [x, y, scale] = align(a, b);
  return { n: x + y, scale };
};
const times10 = (a: Dec, exp: number): Dec => ({ n: a.n * pow10(exp), scale: a.scale });
const isZero = (a: Dec): boolean => a.n === 0n;
const lessThan = (a: Dec, b: Dec): boolean => {
  const [x, y] = align(a, b);
  return x < y;
};
function toNumber(a: Dec): number {
  const negative = a.n < 0n;
  const digits = (negative ? -a.n : a.n).toString().padStart(a.scale + 1, '0');
  const text = a.scale ? `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}` : digits;
  return Number(negative ? `-${text}` : text);
}
const decOf = (digits: string, fraction = ''): Dec => ({ n: BigInt(digits + fraction), scale: fraction.length });

type Read = { ok: true; value: Dec; named?: string } | { ok: false; reason: AmountRefusal; understood?: Dec; alternative?: Dec };

/** The decimal separator `lang` writes; the other mark groups thousands. */
const decimalMark = (lang: Lang): string => (lang === 'ko' ? '.' : ',');

/** One run of digits and separators ("1.250.000,50") as a number. */
function readNumber(token: string, lang: Lang): Read {
  if (/[.,]$|[.,]{2}/u.test(token)) return { ok: false, reason: 'garbage' };
  const marks = token.replace(/\d/gu, '');
  if (marks === '') return { ok: true, value: decOf(token) };
  const grouped = (text: string, mark: string): string | null => {
    const groups = text.split(mark);
    const [head = '', ...rest] = groups;
    return /^\d{1,3}$/u.test(head) && rest.every((g) => /^\d{3}$/u.test(g)) ? groups.join('') : null;
  };
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // Both marks: the last one is the decimal point (45.000,00 or 1,250,000.50).
    const decimal = marks.at(-1) ?? '';
    const group = decimal === '.' ? ',' : '.';
    if (marks.indexOf(decimal) !== marks.length - 1) return { ok: false, reason: 'garbage' };
    const [whole = '', fraction = ''] = token.split(decimal);
    const digits = grouped(whole, group);
    return digits === null ? { ok: false, reason: 'garbage' } : { ok: true, value: decOf(digits, fraction) };
  }
  const mark = marks[0] ?? '';
  if (marks.length > 1) {
    // The same mark more than once can only group thousands (1,250,000 / 1.250.000).
    const digits = grouped(token, mark);
    return digits === null ? { ok: false, reason: 'garbage' } : { ok: true, value: decOf(digits) };
  }
  const [whole = '', fraction = ''] = token.split(mark);
  const asDecimal = decOf(whole, fraction);
  // Not three digits after it, or a head that cannot start a group (0,500 / 1234.567): a decimal.
  if (fraction.length !== 3 || !/^[1-9]\d{0,2}$/u.test(whole)) return { ok: true, value: asDecimal };
  const asGroup = decOf(whole + fraction);
  if (mark !== decimalMark(lang)) return { ok: true, value: asGroup };
  // "1.250" on a Korean page, "1,250" on a Turkish one: written the other way round, perhaps.
  return { ok: false, reason: 'ambiguous', understood: asDecimal, alternative: asGroup };
}

type Token = { kind: 'number'; value: Dec } | { kind: 'unit'; exp: number; unitKind: 'small' | 'big'; family: UnitFamily; implied: boolean };

/** Split the amount (currency markers and sign already removed) into numbers and unit words. */
function tokenize(text: string, lang: Lang): Token[] | Read {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d[\d.,]*)|([\uAC00-\uD7A3])|(\p{L}+))/uy;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return text.slice(at).trim() === '' ? tokens : { ok: false, reason: 'garbage' };
    at = pattern.lastIndex;
    const [, digits, syllable, word] = match;
    if (digits !== undefined) {
      const read = readNumber(digits, lang);
      if (!read.ok) return read;
      tokens.push({ kind: 'number', value: read.value });
      continue;
    }
    const piece = syllable ?? word ?? '';
    const hangulDigit = HANGUL_DIGITS.get(piece);
    if (hangulDigit !== undefined) {
      tokens.push({ kind: 'number', value: decOf(String(hangulDigit)) });
      continue;
    }
    const oneOf = ONE_UNITS.get(piece);
    const unit = UNITS.get(oneOf ?? piece);
    if (!unit || (unit.only && !unit.only.includes(lang))) return { ok: false, reason: 'garbage' };
    tokens.push({ kind: 'unit', exp: unit.exp, unitKind: unit.kind, family: unit.family, implied: oneOf !== undefined });
  }
  return tokens;
}

/**
 * Numbers and units to one amount. Korean groups by four digits: inside a
 * group 십/백/천 multiply the digit before them (2천5백 = 2 500), and 만/억/조
 * close the group (1억 2천만 = 1×10^8 + 2 000×10^4). Turkish and Indonesian
 * units all close a group (2 milyon 500 bin). Units must come largest first.
 */
function combine(tokens: Token[]): Read {
  if (!tokens.some((t) => t.kind === 'number' || t.kind === 'unit')) return { ok: false, reason: 'garbage' };
  let total = ZERO;
  let group = ZERO;
  let groupHasUnit = false;
  let pending: Dec | null = null;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  let family: UnitFamily | undefined;
  for (const token of tokens) {
    if (token.kind === 'number') {
      if (pending !== null) return { ok: false, reason: 'garbage' }; // "100 200"
      pending = token.value;
      continue;
    }
    if (family !== undefined && family !== token.family) return { ok: false, reason: 'garbage' };
    family = token.family;
    if (token.implied && pending !== null) return { ok: false, reason: 'garbage' }; // "2 sejuta"
    if (token.unitKind === 'small') {
      if (token.exp >= lastSmall) return { ok: false, reason: 'garbage' };
      group = add(group, times10(pending ?? ONE, token.exp));
      groupHasUnit = true;
      lastSmall = token.exp;
    } else {
      if (token.exp >= lastBig) return { ok: false, reason: 'garbage' };
      let value = pending === null ? group : add(group, pending);
      if (pending === null && !groupHasUnit) value = ONE; // 만 원, bin TL
      total = add(total, times10(value, token.exp));
      group = ZERO;
      groupHasUnit = false;
      lastBig = token.exp;
      lastSmall = Infinity;
    }
    pending = null;
  }
  const tail = pending === null ? group : add(group, pending);
  const result = add(total, tail);
  // A bare number after a large unit is how amounts are said aloud: "1억 5000" may mean
  // 1억 5천만, "2 juta 500" may mean 2,5 juta. Refuse with both readings.
  const spokenStep = family === 'ko' ? 4 : lastBig - 3;
  const large = family === 'ko' ? lastBig >= 8 : lastBig >= 6;
  if (lastBig !== Infinity && large && !isZero(tail) && lessThan(tail, { n: pow10(spokenStep), scale: 0 })) {
    return { ok: false, reason: 'ambiguous', understood: result, alternative: add(total, times10(tail, spokenStep)) };
  }
  return { ok: true, value: result };
}

/** Remove one currency marker from the start and the end; say which currency they name. */
function stripCurrency(text: string): { rest: string; named: Set<string> } {
  let rest = text;
  const named = new Set<string>();
  for (const [marker, code] of CURRENCY_PREFIXES) {
    if (rest.startsWith(marker)) {
      rest = rest.slice(marker.length).trimStart();
      named.add(code);
      break;
    }
  }
  for (const [marker, code] of CURRENCY_SUFFIXES) {
    // A Latin marker must stand apart from a Latin word before it ("45 bin tl", not "bintl"… nor "jt" as "t").
    if (rest.endsWith(marker) && !(/^\p{Script=Latin}/u.test(marker) && /\p{Script=Latin}$/u.test(rest.slice(0, -marker.length)))) {
      rest = rest.slice(0, -marker.length).trimEnd();
      named.add(code);
      break;
    }
  }
  return { rest, named };
}

/** The text as compared: compatibility forms folded (full-width digits, ￦), spaces unified, lower-case. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u061C]/gu, '')
    .replace(/[\s\u00A0\u202F]+/gu, ' ')
    .toLowerCase()
    .replace(/\u0307/gu, '') // İ lower-cased without the Turkish locale
    .replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/gu, '-')
    .trim();
}

function refuse(read: Extract<Read, { ok: false }>, named?: string): AmountResult {
  return {
    ok: false,
    reason: read.reason,
    ...(read.understood ? { understood: toNumber(read.understood) } : {}),
    ...(read.alternative ? { alternative: toNumber(read.alternative) } : {}),
    ...(named ? { named } : {}),
  };
}

/**
 * A typed amount in `currency`, read with the number conventions of `lang`.
 * @example parseAmount('125만 원', 'ko', 'KRW') // { ok: true, value: 1_250_000 }
 * @example parseAmount('1,5 milyon TL', 'tr', 'TRY') // { ok: true, value: 1_500_000 }
 * @example parseAmount('1.250', 'ko', 'KRW') // { ok: false, reason: 'ambiguous', understood: 1.25, alternative: 1250 }
 */
export function parseAmount(text: string, lang: Lang, currency: string): AmountResult {
  let s = fold(text);
  if (s === '') return { ok: false, reason: 'empty' };
  const exponent = /(\d+(?:[.,]\d+)?)\s*e\s*([+-]?\d+)/u.exec(s);
  if (exponent) {
    const value = Number(`${(exponent[1] ?? '').replace(',', '.')}e${exponent[2] ?? ''}`);
    return { ok: false, reason: 'exponent', ...(Number.isFinite(value) && value <= MAX_AMOUNT * 1e6 ? { understood: value } : {}) };
  }
  // Indonesian invoices close an amount with ",-" (Rp 2.000.000,-).
  s = s.replace(/(\d)\s*[.,]-$/u, '$1');
  const { rest, named } = stripCurrency(s.replace(/^\+/u, ''));
  s = rest;
  let negative = false;
  const sign = /^-\s*/u.exec(s);
  if (sign) {
    negative = true;
    s = s.slice(sign[0].length);
  }
  // "-₩500" or "- Rp 500": the sign may come before the marker too.
  const again = stripCurrency(s);
  s = again.rest;
  for (const code of again.named) named.add(code);
  if (named.size > 1 || s.includes('-')) return { ok: false, reason: 'garbage' };
  // Digits grouped with spaces (1 250 000).
  s = s.replace(/(\d) (?=\d{3}(?!\d))/gu, '$1');
  // A marker says whose numbers these are: "45.000 TL" is read the Turkish way on any page.
  const [marked] = named;
  const tokens = tokenize(s, langs.find((l) => locales[l].currency === marked) ?? lang);
  if (!Array.isArray(tokens)) return refuse(tokens as Extract<Read, { ok: false }>);
  const read = combine(tokens);
  if (!read.ok) return refuse(read);
  const value = read.value;
  const understood = toNumber(value);
  const [other] = [...named].filter((code) => code !== currency);
  if (negative && !isZero(value)) return { ok: false, reason: 'negative', understood: -understood };
  if (other) return { ok: false, reason: 'currency', understood, named: other };
  if (isZero(value)) return { ok: false, reason: 'zero', understood: 0 };
  if (lessThan({ n: pow10(13), scale: 0 }, value)) return { ok: false, reason: 'too-large', understood };
  const digits = currencyDigits(currency);
  if (value.scale > digits && value.n % pow10(value.scale - digits) !== 0n) return { ok: false, reason: 'fraction', understood };
  return { ok: true, value: understood };
}
