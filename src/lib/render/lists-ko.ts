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
 * not the English "A, B and C". The lists are of referrals (studios, agencies), so the counter is 곳;
 * with a person among them, "A, B, 그리고 C" (the counter would call the person a place, and a 와/과
 * between the last two is misheard when a name itself holds one: "이다솜 작가와 펜과붓" sounds like
 * "a writer, a pen and a brush"; Korean review 10 #2).
 * @example koreanAnd(['바다번역', '청춘영상', '김수아 디자이너']) // '바다번역, 청춘영상, 그리고 김수아 디자이너'
 * Two names are joined with 와/과 unless one of them holds 와/과/랑 itself ("한길번역, 그리고 펜과붓").
 */
// A name that ends in a person's title or trade (김수아 디자이너, 박지훈 님) is a person, not a 곳.
const PERSON = /(?:님|씨|디자이너|작가|번역가|편집자|기자|개발자|강사|선생|프리랜서|일러스트레이터|포토그래퍼|에디터|마케터|감독|PD|피디)$/u;

export function koreanAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  // A person among three or more is not counted as a place ("…, 김수아 디자이너 세 곳"): "A, B, 그리고 C" instead.
  if (items.length >= 3 && !items.some((item) => PERSON.test(item.trim()))) return `${items.join(', ')} ${counts[items.length] ?? `${items.length}`}${items.length > 10 ? '곳' : ' 곳'}`;
  const holdsAnd = items.some((item) => /[과와랑]/u.test(item));
  if (items.length >= 3 || holdsAnd) return `${items.slice(0, -1).join(', ')}, 그리고 ${items.at(-1)}`;
  const joined = particle(items.at(-2) ?? '', '과/와');
  // When the sound of the name cannot be told (C Lab), a plain comma list reads better than 과(와).
  if (joined.endsWith(')')) return items.join(', ');
  return [...items.slice(0, -2), `${joined} ${items.at(-1)}`].join(', ');
}
