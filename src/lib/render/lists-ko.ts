/**
 * Korean "and" lists as people say and write them: "A와 B", "A, B와 C", with
 * 와/과 chosen by the sound of the name before it (Intl's Korean conjunction is
 * the legal 및); a plain comma list when the particle cannot be told. Kept apart from lists.ts so es-hangul loads only with Korean.
 */
import { particle } from '../grammar/korean.ts';

/** @example koreanAnd(['이음웍스', '바른기획']) // '이음웍스와 바른기획' */
export function koreanAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const joined = particle(items.at(-2) ?? '', '과/와');
  // When the sound of the name cannot be told (C Lab), a plain comma list reads better than 과(와).
  if (joined.endsWith(')')) return items.join(', ');
  return [...items.slice(0, -2), `${joined} ${items.at(-1)}`].join(', ');
}
