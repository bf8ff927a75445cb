import { describe, expect, it } from 'vitest';
import { refundAmount } from './money.ts';
import { parseAmount, parsePercent } from './input.ts';

describe('refundAmount()', () => {
  it.each([
    [3_000_000, 40, 'KRW', 1_800_000],
    [3_000_000, 0, 'KRW', 3_000_000],
    [3_000_000, 100, 'KRW', 0],
    [1_000_001, 33, 'KRW', 670_001],
    [1234.5, 35, 'TRY', 802.43],
    [30_000, 60, 'TRY', 12_000],
    [8_000_000, 40, 'IDR', 4_800_000],
    [999, 50, 'IDR', 500],
  ])('%d with %d%% done in %s → %d', (fee, done, currency, expected) => {
    expect(refundAmount(fee, done, currency)).toBe(expected);
  });
  it('clamps impossible percentages', () => {
    expect(refundAmount(100, 150, 'TRY')).toBe(0);
    expect(refundAmount(100, -5, 'TRY')).toBe(100);
  });
});

describe('parseAmount() and parsePercent()', () => {
  it.each([
    ['1,500,000', 'ko', 1_500_000],
    ['₩ 1500000', 'ko', 1_500_000],
    ['1.500.000', 'tr', 1_500_000],
    ['15.000,50 TL', 'tr', 15_000.5],
    ['1500000.50', 'tr', 1_500_000.5],
    ['Rp1.500.000', 'id', 1_500_000],
    ['abc', 'id', null],
    ['1,2,3', 'tr', null],
  ] as const)('%s (%s) → %s', (text, lang, expected) => expect(parseAmount(text, lang)).toBe(expected));
  it('accepts whole percentages 0–100 only', () => {
    expect(parsePercent('40')).toBe(40);
    expect(parsePercent('40 %')).toBe(40);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('4.5')).toBeNull();
    expect(parsePercent('')).toBeNull();
  });
});
