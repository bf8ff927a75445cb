/**
 * An amount written back the way a reader of `lang` writes money, for the
 * "= 1,250,000원" beside the fee field and for refusal messages:
 * ko 1,250,000원, tr 45.000 TL (kuruş only when there are any), id Rp1.250.000
 * (EYD: no space after Rp). Another currency on a page (a Turkish script
 * prepared on the Korean page) gets Intl's narrow symbol in the page's numbers.
 */
import { locales, type Lang } from '../../i18n/locales.ts';
import { numberFormat } from '../intl-cache.ts';
import { currencyDigits } from './parse.ts';

/** Fraction digits to show: none for a whole amount, else the currency's, more if the value has them (0.001). */
function fractionDigits(value: number, currency: string): number {
  if (Number.isInteger(value)) return 0;
  const decimals = (/\.(\d+)$/u.exec(String(Math.abs(value)))?.[1] ?? '').length;
  return Math.min(6, Math.max(currencyDigits(currency), decimals));
}

export function formatAmount(value: number, lang: Lang, currency: string): string {
  const digits = fractionDigits(value, currency);
  const tag = locales[lang].tag;
  const plain = () => numberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (lang === 'ko' && currency === 'KRW') return `${plain()}원`;
  if (lang === 'tr' && currency === 'TRY') return `${plain()} TL`;
  if (lang === 'id' && currency === 'IDR') return value < 0 ? `-Rp${plain().replace('-', '')}` : `Rp${plain()}`;
  return numberFormat(tag, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value)
    .replace(/^(-?)Rp\s+/u, '$1Rp');
}
