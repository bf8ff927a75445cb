/**
 * Lists of names in running text: "and" for names that all apply, "or" where
 * the client picks one.
 *
 * Intl.ListFormat gives the native form for Turkish (A, B ve C / A, B veya C),
 * Indonesian (A, B, dan C / A, B, atau C) and Korean "or" (A, B 또는 C). Korean
 * "and" is own code (lists-ko.ts, loaded with the Korean pack only): Intl writes
 * the legal 및, while people say and write "A와 B", "A, B와 C".
 */
import type { Lang } from '../../i18n/locales.ts';
import { listFormat } from '../intl-cache.ts';

const TAG: Record<Lang, string> = { ko: 'ko-KR', tr: 'tr-TR', id: 'id-ID' };

/** @example listOf(['A', 'B', 'C'], 'id', 'or') // 'A, B, atau C' */
export function listOf(items: readonly string[], lang: Lang, type: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return listFormat(TAG[lang], { style: 'long', type: type === 'and' ? 'conjunction' : 'disjunction' }).format(items);
}
