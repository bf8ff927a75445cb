import { describe, expect, it } from 'vitest';
import { spokenPercent, writtenPercent } from './percent.ts';
import { pack as trPack } from '../script/pack-tr.ts';

describe('percentages', () => {
  it.each([
    ['ko', 40, '40%', '40%'],
    ['ko', 0, '0%', '0%'],
    ['ko', 100, '100%', '100%'],
    ['tr', 40, 'yüzde 40', '%40'],
    ['tr', 0, 'yüzde 0', '%0'],
    ['tr', 100, 'yüzde 100', '%100'],
    ['tr', 12.5, 'yüzde 12,5', '%12,5'],
    ['id', 40, '40 persen', '40%'],
    ['id', 100, '100 persen', '100%'],
    ['id', 12.5, '12,5 persen', '12,5%'],
  ] as const)('%s %d → %s / %s', (lang, value, spoken, written) => {
    expect(spokenPercent(value, lang)).toBe(spoken);
    expect(writtenPercent(value, lang)).toBe(written);
  });
});

describe('Turkish shares take the possessive after the percentage', () => {
  it.each([
    [20, "yüzde 20'si", "%20'si"],
    [50, "yüzde 50'si", "%50'si"],
    [60, "yüzde 60'ı", "%60'ı"],
    [70, "yüzde 70'i", "%70'i"],
    [30, "yüzde 30'u", "%30'u"],
    [100, "yüzde 100'ü", "%100'ü"],
    [0, "yüzde 0'ı", "%0'ı"],
  ])('%d', (value, spoken, written) => {
    const poss = trPack.formatters['poss'];
    expect(poss?.(spokenPercent(value, 'tr'), 'tr')).toBe(spoken);
    expect(poss?.(writtenPercent(value, 'tr'), 'tr')).toBe(written);
  });
});
