/**
 * Korean "and" lists as people say and write them: "A와 B", "A, B와 C", with
 * 와/과 chosen by the sound of the name before it (Intl's Korean conjunction is
 * the legal 및); a plain comma list when the particle cannot be told. Kept apart from lists.ts so es-hangul loads only with Korean.
 */
import { particle } from '../grammar/korean.ts';

/**
 * @example koreanAnd(['이음웍스', '바른기획']) // '이음웍스와 바른기획'
 * @example koreanAnd(['바른기획', '한결', '이음웍스']) // '바른기획, 한결, 그리고 이음웍스'
 * Three or more are listed with commas and "그리고" before the last, never counted ("A, B, C 세 곳"):
 * a referral may be a person, and a name does not say so ("최윤서 실장" was counted as a place,
 * Korean review 12 #1, after "김수아 디자이너" in review 10); nor "A, B와 C": a 와/과 between the last
 * two is misheard when a name itself holds one ("이다솜 작가와 펜과붓" sounds like "a writer, a pen and
 * a brush", Korean review 10 #2).
 * Two names are joined with 와/과 unless one of them holds 와/과/랑 itself ("한길번역, 그리고 펜과붓").
 */
export function koreanAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const holdsAnd = items.some((item) => /[과와랑]/u.test(item));
  if (items.length >= 3 || holdsAnd) return `${items.slice(0, -1).join(', ')}, 그리고 ${items.at(-1)}`;
  const joined = particle(items.at(-2) ?? '', '과/와');
  // When the sound of the name cannot be told (C Lab), a plain comma list reads better than 과(와).
  if (joined.endsWith(')')) return items.join(', ');
  return [...items.slice(0, -2), `${joined} ${items.at(-1)}`].join(', ');
}
