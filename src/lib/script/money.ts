/**
 * Refund maths and money formatting (B8, B15). The refund is what the client
 * paid for and did not get: fee × (100 − completed) %, rounded to the currency's
 * smallest unit in use (whole won and rupiah; kuruş for lira).
 */
import { locales, type Lang } from '../../i18n/locales.ts';
import { numberFormat } from '../intl-cache.ts';
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

/**
 * @example formatMoney(1_800_000, 'ko') // '₩1,800,000'
 * @example formatMoney(1_800_000, 'id') // 'Rp1.800.000'
 */
export function formatMoney(amount: number, lang: Lang): string {
  const currency = currencyOf(lang);
  const digits = currencyDigits(currency);
  const text = numberFormat(locales[lang].tag, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
  // Indonesian spelling (EYD) writes the rupiah sign without a space: Rp1.800.000.
  return currency === 'IDR' ? text.replace(/^Rp\s+/u, 'Rp') : text;
}
