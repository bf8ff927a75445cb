import { describe, expect, it } from 'vitest';
import { compoundTails, koreanStem, nounsIn, stripParticle } from './korean.ts';

describe('koreanStem', () => {
  it.each([
    ['고객에게', '고객'],
    ['연락이', '연락'],
    ['입금을', '입금'],
    ['계약서를', '계약서'],
    ['환불은', '환불'],
    ['카톡으로', '카톡'],
    ['환불하는', '환불'],
    ['환불받으려면', '환불'],
    ['해지된', '해지'],
    ['헤어지는', '헤어지'],
    ['끝내려면', '끝내'],
  ])('%s → %s', (word, stem) => expect(koreanStem(word)).toBe(stem));

  it('keeps nouns that only end like a particle', () => {
    expect(koreanStem('사이')).toBe('사이'); // 이 needs a final consonant before it
    expect(koreanStem('회의')).toBe('회의'); // one syllable left is too short to trust
    expect(stripParticle('나이')).toBeUndefined();
  });

  it('leaves words that are not Hangul alone', () => {
    expect(koreanStem('PDF')).toBe('PDF');
  });
});

describe('compoundTails', () => {
  const nouns = new Set(['개인', '정보', '처리', '방침', '계약']);
  it('lists the later parts of a compound', () => {
    expect(compoundTails('개인정보처리방침', nouns)).toEqual(['정보', '처리', '방침']);
    expect(compoundTails('재계약', nouns)).toEqual(['계약']);
  });
  it('does not cut words that are not made of known nouns', () => {
    expect(compoundTails('프리랜서', nouns)).toEqual([]);
    expect(compoundTails('정보', nouns)).toEqual([]);
  });
});

describe('nounsIn', () => {
  it('takes nouns from words with particles or 하다 endings only', () => {
    expect([...nounsIn(['정보를', '환불하는', '빨리', '고객이'])].sort()).toEqual(['고객', '정보', '환불']);
  });
});
