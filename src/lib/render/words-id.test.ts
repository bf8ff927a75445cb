import { describe, expect, it } from 'vitest';
import { idAmountWords, idNumberWords } from './words-id.ts';

describe('idNumberWords()', () => {
  it.each([
    [1, 'satu'], [7, 'tujuh'], [10, 'sepuluh'], [11, 'sebelas'], [14, 'empat belas'], [19, 'sembilan belas'],
    [20, 'dua puluh'], [21, 'dua puluh satu'], [30, 'tiga puluh'], [45, 'empat puluh lima'], [90, 'sembilan puluh'],
    [100, 'seratus'], [115, 'seratus lima belas'], [250, 'dua ratus lima puluh'],
  ])('%d → %s', (n, words) => expect(idNumberWords(n)).toBe(words));
});

describe('idAmountWords(): amounts as said aloud', () => {
  it.each([
    [0, 'nol'], [1000, 'seribu'], [1100, 'seribu seratus'], [11_000, 'sebelas ribu'], [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'], [1_000_000, 'satu juta'], [1_500_000, 'satu setengah juta'],
    [4_500_000, 'empat setengah juta'], [4_500_001, 'empat juta lima ratus ribu satu'], [2_475_000, 'dua juta empat ratus tujuh puluh lima ribu'],
    [21_000_000, 'dua puluh satu juta'], [250_500_000, 'dua ratus lima puluh juta lima ratus ribu'], [25_500_000, 'dua puluh lima juta lima ratus ribu'], [19_500_000, 'sembilan belas setengah juta'], [1_500_000_000, 'satu setengah miliar'],
    // Half a thousand is "seribu lima ratus", never "satu setengah ribu" (setengah only for juta and above).
    [1500, 'seribu lima ratus'], [2_000_000_000_000_000, 'dua ribu triliun'],
  ])('%d → %s', (n, words) => expect(idAmountWords(n)).toBe(words));
});
