/**
 * The words people write amounts with: unit words (만, bin, juta …) and
 * currency markers (₩, 원, TL, Rp …). Kept in Maps so that no typed text can
 * reach an object's prototype (`constructor`, `__proto__`).
 */
import type { Lang } from '../../i18n/locales.ts';

export type UnitFamily = 'ko' | 'western';

export interface Unit {
  /** Power of ten the unit multiplies by. */
  readonly exp: number;
  /**
   * Korean counts in groups of four digits: 십/백/천 multiply a digit inside a
   * group ("small"), 만/억/조 close a group ("big"). Turkish and Indonesian
   * units all close a group of three.
   */
  readonly kind: 'small' | 'big';
  readonly family: UnitFamily;
  /** Only read on pages of these languages (an ambiguous abbreviation elsewhere). */
  readonly only?: readonly Lang[];
}

const ko = (exp: number, kind: Unit['kind']): Unit => ({ exp, kind, family: 'ko' });
const western = (exp: number, only?: readonly Lang[]): Unit => ({ exp, kind: 'big', family: 'western', ...(only ? { only } : {}) });

/** Unit words, lower-case. Hangul units are single syllables and may be glued together (1억2천만). */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['십', ko(1, 'small')],
  ['백', ko(2, 'small')],
  ['천', ko(3, 'small')],
  ['만', ko(4, 'big')],
  ['억', ko(8, 'big')],
  ['조', ko(12, 'big')],
  // Turkish
  ['bin', western(3)],
  ['milyon', western(6)],
  ['milyar', western(9)],
  ['trilyon', western(12)],
  // Indonesian, with the abbreviations of invoices and chats (rb, jt, M)
  ['ribu', western(3)],
  ['rb', western(3)],
  ['rebu', western(3)],
  ['juta', western(6)],
  ['jt', western(6)],
  ['jta', western(6)],
  ['miliar', western(9)],
  ['triliun', western(12)],
  // "M" is miliar to an Indonesian but may be milyon to a Turk: read it on id pages only.
  ['m', western(9, ['id'])],
  // "50k" (thousand) is common in Turkish and Indonesian chats alike.
  ['k', western(3)],
]);

/** Indonesian se- forms: one of the unit (seribu = 1 000). */
export const ONE_UNITS: ReadonlyMap<string, string> = new Map([
  ['seribu', 'ribu'],
  ['sejuta', 'juta'],
  ['semiliar', 'miliar'],
  ['setriliun', 'triliun'],
]);

/** Sino-Korean digits (삼천만, 오십만) as some readers spell amounts. */
export const HANGUL_DIGITS: ReadonlyMap<string, number> = new Map([
  ['일', 1], ['이', 2], ['삼', 3], ['사', 4], ['오', 5], ['육', 6], ['칠', 7], ['팔', 8], ['구', 9],
]);

/** Currency markers a reader may put before or after the amount, lower-case, longest first. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['₩', 'KRW'], ['krw', 'KRW'],
  ['₺', 'TRY'], ['try', 'TRY'], ['tl', 'TRY'],
  ['rp.', 'IDR'], ['rp', 'IDR'], ['idr', 'IDR'],
];
export const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['원', 'KRW'], ['₩', 'KRW'], ['krw', 'KRW'], ['won', 'KRW'],
  ['türk lirası', 'TRY'], ['lira', 'TRY'], ['₺', 'TRY'], ['try', 'TRY'], ['tl', 'TRY'],
  ['rupiah', 'IDR'], ['idr', 'IDR'], ['rp', 'IDR'],
];
