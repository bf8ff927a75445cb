import { describe, expect, it } from 'vitest';
import { foldTurkish } from './turkish.ts';

describe('foldTurkish', () => {
  it.each([
    ['IPTAL', 'iptal'],
    ['İPTAL', 'iptal'],
    ['iptal', 'iptal'],
    ['ödeme', 'odeme'],
    ['GÖRÜŞME', 'gorusme'],
    ['kısa', 'kisa'],
    ['Iğdır', 'igdir'],
  ])('%s → %s', (word, folded) => expect(foldTurkish(word)).toBe(folded));

  it('gives the same answer whatever the default locale would do', () => {
    expect(foldTurkish('ISLAK')).toBe(foldTurkish('ıslak'));
    expect(foldTurkish('İzmir')).toBe(foldTurkish('izmir'));
  });
});
