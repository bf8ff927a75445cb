/**
 * Lists of names in running text: "and" for names that all apply, "or" where
 * the client picks one.
 *
 * Intl.ListFormat gives the native form for Turkish (A, B ve C / A, B veya C),
 * Indonesian (A, B, dan C / A, B, atau C) and Korean "or" (A, B 또는 C). Korean
 * "and" is own code: Intl writes the legal 및, while people say and write
 * "A와 B", "A, B와 C", with 와/과 chosen by the sound of the name before it.
 */
import type { Lang } from '../../i18n/locales.ts';
import { listFormat } from '../intl-cache.ts';
import { particle } from '../grammar/korean.ts';

const TAG: Record<Lang, string> = { ko: 'ko-KR', tr: 'tr-TR', id: 'id-ID' };

/** @example listOf(['A', 'B', 'C'], 'id', 'or') // 'A, B, atau C' */
export function listOf(items: readonly string[], lang: Lang, type: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (lang === 'ko' && type === 'and') {
    const head = items.slice(0, -2);
    const pair = `${particle(items.at(-2) ?? '', '과/와')} ${items.at(-1)}`;
    return [...head, pair].join(', ');
  }
  return listFormat(TAG[lang], { style: 'long', type: type === 'and' ? 'conjunction' : 'disjunction' }).format(items);
}
