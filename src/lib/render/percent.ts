/**
 * Percentages: Korean writes and says "40%" (사십 퍼센트); Turkish writes the sign
 * first, "%40" (Intl gives it), and says "yüzde 40"; Indonesian writes "40%" and
 * says "40 persen".
 */
import type { Lang } from '../../i18n/locales.ts';
import { numberFormat } from '../intl-cache.ts';

/** @example writtenPercent(40, 'tr') // '%40' */
export function writtenPercent(value: number, lang: Lang): string {
  if (lang === 'tr') return numberFormat('tr-TR', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  return `${numberFormat(lang === 'ko' ? 'ko-KR' : 'id-ID', { maximumFractionDigits: 1 }).format(value)}%`;
}

/** @example spokenPercent(40, 'id') // '40 persen'; spokenPercent(50, 'ko') // '절반' */
export function spokenPercent(value: number, lang: Lang): string {
  if (lang === 'tr') return `yüzde ${numberFormat('tr-TR', { maximumFractionDigits: 1 }).format(value)}`;
  if (lang === 'id') return `${numberFormat('id-ID', { maximumFractionDigits: 1 }).format(value)} persen`;
  // Korean says a half as 절반 ("전체의 절반을 마쳤으니"), never "오십 퍼센트" (ko review 9 #3).
  return value === 50 ? '절반' : writtenPercent(value, lang);
}
