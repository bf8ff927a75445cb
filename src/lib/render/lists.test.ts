import { describe, expect, it } from 'vitest';
import { listOf } from './lists.ts';
import { koreanAnd } from './lists-ko.ts';

describe('lists of 1–3 names', () => {
  it.each([
    ['ko', 'and', ['이음웍스'], '이음웍스'],
    ['ko', 'and', ['이음웍스', '바른기획'], '이음웍스와 바른기획'],
    ['ko', 'and', ['바른기획', '한결', '이음웍스'], '바른기획, 한결, 그리고 이음웍스'],
    ['ko', 'or', ['이음웍스', '바른기획'], '이음웍스 또는 바른기획'],
    ['ko', 'and', ['A Studio', 'B Works', 'C Lab'], 'A Studio, B Works, 그리고 C Lab'],
    ['ko', 'and', ['A Studio', 'C Lab', 'Jane'], 'A Studio, C Lab, 그리고 Jane'],
    // A person with a title no list could foresee is not counted as a place (review 12 #1).
    ['ko', 'and', ['공간다움', '최윤서 실장', '집짓는사람들'], '공간다움, 최윤서 실장, 그리고 집짓는사람들'],
    ['ko', 'or', ['A', 'B', 'C'], 'A, B 또는 C'],
    ['tr', 'and', ['Mavi Ajans'], 'Mavi Ajans'],
    ['tr', 'and', ['Deniz Yazılım', 'Atlas Medya'], 'Deniz Yazılım ve Atlas Medya'],
    ['tr', 'or', ['Deniz Yazılım', 'Atlas Medya', 'Ufuk Dijital'], 'Deniz Yazılım, Atlas Medya veya Ufuk Dijital'],
    ['id', 'and', ['Kreasi Nusantara'], 'Kreasi Nusantara'],
    ['id', 'and', ['A', 'B'], 'A dan B'],
    ['id', 'or', ['A', 'B', 'C'], 'A, B, atau C'],
    ['id', 'and', ['A', 'B', 'C'], 'A, B, dan C'],
  ] as const)('%s %s %j → %s', (lang, type, items, expected) => {
    expect(lang === 'ko' && type === 'and' ? koreanAnd(items) : listOf(items, lang, type)).toBe(expected);
  });
  it('an empty list is empty', () => expect(listOf([], 'tr')).toBe(''));
});
