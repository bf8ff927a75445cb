import { describe, expect, it } from 'vitest';
import { indonesianStem, stripClitic } from './indonesian.ts';

describe('indonesianStem', () => {
  it.each([
    ['membatalkan', 'batal'],
    ['pembatalan', 'batal'],
    ['dibatalkan', 'batal'],
    ['pemutusan', 'putus'],
    ['memutus', 'putus'],
    ['menghubungi', 'hubung'],
    ['tagihan', 'tagih'],
    ['kliennya', 'klien'],
    ['penagihan', 'tagih'],
  ])('%s → %s', (word, stem) => expect(indonesianStem(word)).toBe(stem));
});

describe('stripClitic', () => {
  it('removes -nya and particles but keeps short words', () => {
    expect(stripClitic('kliennya')).toBe('klien');
    expect(stripClitic('apakah')).toBe('apa');
    expect(stripClitic('nya')).toBe('nya');
  });
});
