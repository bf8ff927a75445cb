/**
 * Korean "and" lists as people say and write them: "A와 B", "A, B와 C", with
 * 와/과 chosen by the sound of the name before it (Intl's Korean conjunction is
 * the legal 및); a plain comma list when the particle cannot be told. Kept apart from lists.ts so es-hangul loads only with Korean.
 */
import { particle } from '../grammar/korean.ts';

// Native Korean counting words before 곳 (세 곳, 네 곳 …); past ten, digits (11곳).
const counts = ['', '', '', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];

/**
 * @example koreanAnd(['이음웍스', '바른기획']) // '이음웍스와 바른기획'
 * @example koreanAnd(['바른기획', '한결', '이음웍스']) // '바른기획, 한결, 이음웍스 세 곳'
 * Three or more are listed with commas and counted ("A, B, C 세 곳"), the way Korean lists them,
 * not the English "A, B and C". The lists are of referrals (studios, agencies), so the counter is 곳.
 */
export function koreanAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length >= 3) return `${items.join(', ')} ${counts[items.length] ?? `${items.length}`}${items.length > 10 ? '곳' : ' 곳'}`;
  const joined = particle(items.at(-2) ?? '', '과/와');
  // When the sound of the name cannot be told (C Lab), a plain comma list reads better than 과(와).
  if (joined.endsWith(')')) return items.join(', ');
  return [...items.slice(0, -2), `${joined} ${items.at(-1)}`].join(', ');
}
