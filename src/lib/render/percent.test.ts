import { describe, expect, it } from 'vitest';
import { spokenPercent, writtenPercent } from './percent.ts';

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
