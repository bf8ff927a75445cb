/**
 * Korean "and" lists as people say and write them: "A와 B", "A, B와 C", with
 * 와/과 chosen by the sound of the name before it (Intl's Korean conjunction is
 * the legal 및). Kept apart from lists.ts so es-hangul loads only with Korean.
 */
import { particle } from '../grammar/korean.ts';

/** @example koreanAnd(['이음웍스', '바른기획']) // '이음웍스와 바른기획' */
export function koreanAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const pair = `${particle(items.at(-2) ?? '', '과/와')} ${items.at(-1)}`;
  return [...items.slice(0, -2), pair].join(', ');
}
