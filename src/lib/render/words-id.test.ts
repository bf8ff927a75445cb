import { describe, expect, it } from 'vitest';
import { idNumberWords } from './words-id.ts';

describe('idNumberWords()', () => {
  it.each([
    [1, 'satu'], [7, 'tujuh'], [10, 'sepuluh'], [11, 'sebelas'], [14, 'empat belas'], [19, 'sembilan belas'],
    [20, 'dua puluh'], [21, 'dua puluh satu'], [30, 'tiga puluh'], [45, 'empat puluh lima'], [90, 'sembilan puluh'],
    [100, 'seratus'], [115, 'seratus lima belas'], [250, 'dua ratus lima puluh'],
  ])('%d → %s', (n, words) => expect(idNumberWords(n)).toBe(words));
});
