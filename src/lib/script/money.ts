/**
 * Refund maths (B8, B15). The refund is what the client paid for and did not
 * get: fee × (100 − completed) %, rounded to the currency's smallest unit in use
 * (whole won and rupiah; kuruş for lira). Amounts are written and said with
 * src/lib/render/money.ts.
 */
import { locales, type Lang } from '../../i18n/locales.ts';
import { currencyDigits } from '../amount/index.ts';

export function currencyOf(lang: Lang): string {
  return locales[lang].currency;
}

/**
 * @example refundAmount(3_000_000, 40, 'KRW') // 1_800_000
 */
export function refundAmount(fee: number, completedPercent: number, currency: string): number {
  const digits = currencyDigits(currency);
  const factor = 10 ** digits;
  const remaining = Math.min(100, Math.max(0, 100 - completedPercent));
  // Work in the smallest unit to avoid binary fractions: 1234.5 TL × 35 % = 432.08 TL.
  return Math.round((Math.round(fee * factor) * remaining) / 100) / factor;
}
