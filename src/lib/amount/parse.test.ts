import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/locales.ts';
import { parseAmount } from './parse.ts';
import { formatAmount } from './format.ts';

const currencyOf: Record<Lang, string> = { ko: 'KRW', tr: 'TRY', id: 'IDR' };

const accepted: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
  ko: [
    ['1,250,000', 1_250_000],
    ['1250000', 1_250_000],
    ['1.250.000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['125만', 1_250_000],
    ['125만 원', 1_250_000],
    ['125만원', 1_250_000],
    ['100만원', 1_000_000],
    ['１００만', 1_000_000],
    ['１，２５０，０００원', 1_250_000],
    ['1억', 100_000_000],
    ['1억 2천만', 120_000_000],
    ['1억2천만원', 120_000_000],
    ['1.5억', 150_000_000],
    ['12억 3456만 7890원', 1_234_567_890],
    ['3천', 3_000],
    ['2천5백', 2_500],
    ['천만 원', 10_000_000],
    ['만 원', 10_000],
    ['오십만 원', 500_000],
    ['1,200만', 12_000_000],
    ['₩1,000,000', 1_000_000],
    ['￦1,000,000', 1_000_000],
    ['₩ 1500000', 1_500_000],
    ['1,000,000.00', 1_000_000],
    ['+500000', 500_000],
  ],
  tr: [
    ['1.250.000', 1_250_000],
    ['1,250,000', 1_250_000],
    ['1250000', 1_250_000],
    ['45 bin', 45_000],
    ['45 bin TL', 45_000],
    ['45 BİN TL', 45_000],
    ['1,5 milyon', 1_500_000],
    ['1,5 milyon TL', 1_500_000],
    ['1,5 MİLYON TL', 1_500_000],
    ['2 milyon 500 bin', 2_500_000],
    ['₺45.000,00', 45_000],
    ['45.000 TL', 45_000],
    ['45.000TL', 45_000],
    ['15.000,50 TL', 15_000.5],
    ['1500000.50', 1_500_000.5],
    ['1,5', 1.5],
    ['0,01', 0.01],
    ['bin TL', 1_000],
    ['50k', 50_000],
    ['3 milyar', 3_000_000_000],
  ],
  id: [
    ['1.250.000', 1_250_000],
    ['1,250,000', 1_250_000],
    ['1250000', 1_250_000],
    ['Rp 2 juta', 2_000_000],
    ['Rp2jt', 2_000_000],
    ['2jt', 2_000_000],
    ['7,5 juta', 7_500_000],
    ['750 ribu', 750_000],
    ['750rb', 750_000],
    ['1,2 miliar', 1_200_000_000],
    ['Rp 1,2 M', 1_200_000_000],
    ['2 juta 500 ribu', 2_500_000],
    ['Rp1.500.000', 1_500_000],
    ['Rp. 2.000.000,-', 2_000_000],
    ['IDR 2000000', 2_000_000],
    ['2 juta rupiah', 2_000_000],
    ['sejuta', 1_000_000],
    ['125만', 1_250_000],
    ['Rp 1.500.000,00', 1_500_000],
  ],
};

describe('parseAmount() reads amounts as people write them', () => {
  for (const lang of ['ko', 'tr', 'id'] as const) {
    it.each(accepted[lang])(`${lang}: %s → %d`, (text, value) => {
      expect(parseAmount(text, lang, currencyOf[lang])).toEqual({ ok: true, value });
    });
  }
});

type Refusal = readonly [text: string, reason: string, understood?: number, alternative?: number];

const refused: Record<Lang, readonly Refusal[]> = {
  ko: [
    ['', 'empty'],
    ['   ', 'empty'],
    ['-500000', 'negative', -500_000],
    ['−500,000원', 'negative', -500_000],
    ['₩-500000', 'negative', -500_000],
    ['0', 'zero', 0],
    ['0원', 'zero', 0],
    ['0.001', 'fraction', 0.001],
    ['1500000.5', 'fraction', 1_500_000.5],
    ['99999999999999999999', 'too-large', 1e20],
    ['10조 1만', 'too-large', 10_000_000_010_000],
    ['1e9', 'exponent', 1e9],
    ['1E+9', 'exponent', 1e9],
    ['Infinity', 'garbage'],
    ['NaN', 'garbage'],
    ['abc', 'garbage'],
    ['1,2,3', 'garbage'],
    ['12,50,000', 'garbage'],
    ['100 20', 'garbage'],
    ['100-200', 'garbage'],
    ['만억', 'garbage'],
    ['5 bin 3만', 'garbage'],
    ['1.250', 'ambiguous', 1.25, 1250],
    ['45.000', 'ambiguous', 45, 45_000],
    ['1억 5000', 'ambiguous', 100_005_000, 150_000_000],
    ['1억 2천', 'ambiguous', 100_002_000, 120_000_000],
    ['Rp 2 juta', 'currency', 2_000_000],
    ['45.000 TL', 'currency', 45_000],
  ],
  tr: [
    ['-500000', 'negative', -500_000],
    ['0,00 TL', 'zero', 0],
    ['0,001', 'fraction', 0.001],
    ['1e9', 'exponent', 1e9],
    ['1,250', 'ambiguous', 1.25, 1250],
    ['2 milyon 500', 'ambiguous', 2_000_500, 2_500_000],
    ['1,5 M', 'garbage'],
    ['yüz lira', 'garbage'],
    ['₩1,000,000', 'currency', 1_000_000],
    ['15 trilyon', 'too-large', 15e12],
  ],
  id: [
    ['-500000', 'negative', -500_000],
    ['Rp -2 juta', 'negative', -2_000_000],
    ['0', 'zero', 0],
    ['0.001', 'fraction', 0.001],
    ['1.5', 'fraction', 1.5],
    ['1e9', 'exponent', 1e9],
    ['1,250', 'ambiguous', 1.25, 1250],
    ['2 juta 500', 'ambiguous', 2_000_500, 2_500_000],
    ['dua juta', 'garbage'],
    ['Rp 2 juta TL', 'garbage'],
    ['45 bin TL', 'currency', 45_000],
  ],
};

describe('parseAmount() refuses with a reason and what it understood', () => {
  for (const lang of ['ko', 'tr', 'id'] as const) {
    const rows = refused[lang].map(([text, reason, understood, alternative]) => ({ text, reason, understood, alternative }));
    it.each(rows)(`${lang}: "$text" → $reason`, ({ text, reason, understood, alternative }) => {
      const result = parseAmount(text, lang, currencyOf[lang]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe(reason);
      expect(result.understood).toBe(understood);
      expect(result.alternative).toBe(alternative);
    });
  }
  it('names the other currency', () => {
    expect(parseAmount('Rp 2 juta', 'ko', 'KRW')).toMatchObject({ reason: 'currency', named: 'IDR' });
    expect(parseAmount('45 bin TL', 'id', 'IDR')).toMatchObject({ reason: 'currency', named: 'TRY' });
  });
  it('follows the currency, not the page: a lira amount on the Korean page may have kuruş', () => {
    expect(parseAmount('1,500.50', 'ko', 'TRY')).toEqual({ ok: true, value: 1500.5 });
    expect(parseAmount('1,500.50', 'ko', 'KRW')).toMatchObject({ ok: false, reason: 'fraction' });
  });
  it('is exact where floating point is not', () => {
    expect(parseAmount('1,2 miliar', 'id', 'IDR')).toEqual({ ok: true, value: 1_200_000_000 });
    expect(parseAmount('0,1 juta', 'id', 'IDR')).toEqual({ ok: true, value: 100_000 });
    expect(parseAmount('9.999.999.999.999', 'id', 'IDR')).toEqual({ ok: true, value: 9_999_999_999_999 });
  });
  it('treats prototype names as garbage, not as units', () => {
    for (const text of ['constructor', '__proto__', '1 toString', '5 hasOwnProperty']) {
      expect(parseAmount(text, 'tr', 'TRY')).toEqual({ ok: false, reason: 'garbage' });
    }
  });
});

describe('formatAmount()', () => {
  it('writes money the way each language does', () => {
    expect(formatAmount(1_250_000, 'ko', 'KRW')).toBe('1,250,000원');
    expect(formatAmount(45_000, 'tr', 'TRY')).toBe('45.000 TL');
    expect(formatAmount(45_000.5, 'tr', 'TRY')).toBe('45.000,50 TL');
    expect(formatAmount(1_250_000, 'id', 'IDR')).toBe('Rp1.250.000');
    expect(formatAmount(-500_000, 'id', 'IDR')).toBe('-Rp500.000');
    expect(formatAmount(0.001, 'ko', 'KRW')).toBe('0.001원');
  });
  it('writes another currency with its symbol in the page’s numbers', () => {
    expect(formatAmount(45_000, 'ko', 'TRY')).toBe('₺45,000');
    expect(formatAmount(2_000_000, 'tr', 'IDR')).toBe('Rp2.000.000');
  });
});
