import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources.ts';
import { langs, locales, type Lang } from '../../i18n/locales.ts';
import { describeAmount, type AmountMessages } from './explain.ts';
import { parseAmount } from './parse.ts';

function messagesFor(lang: Lang): AmountMessages {
  const validation = (resources[lang]['generator'] as { validation: { amountParsed: string; amount: AmountMessages['refused'] } }).validation;
  return { parsed: validation.amountParsed, refused: validation.amount };
}

const say = (typed: string, lang: Lang, currency: string = locales[lang].currency) =>
  describeAmount(parseAmount(typed, lang, currency), typed, lang, currency, messagesFor(lang));

describe('describeAmount()', () => {
  it('shows the parsed amount the way the page’s readers write money', () => {
    expect(say('100만원', 'ko')).toBe('= 1,000,000원');
    expect(say('1,5 milyon TL', 'tr')).toBe('= 1.500.000 TL');
    expect(say('Rp 2 juta', 'id')).toBe('= Rp2.000.000');
    expect(say('', 'ko')).toBe('');
  });
  it('says what was understood in every refusal', () => {
    expect(say('-500000', 'ko')).toContain('-500,000원');
    expect(say('1e9', 'tr')).toContain('1.000.000.000 TL');
    expect(say('1e9', 'tr')).toContain('1e9');
    expect(say('0.001', 'id')).toContain('Rp0,001');
    expect(say('1,250', 'id')).toContain('Rp1,25');
    expect(say('1,250', 'id')).toContain('Rp1.250');
    expect(say('Rp 2 juta', 'ko')).toContain('Rp2,000,000');
    expect(say('Rp 2 juta', 'ko')).toContain('대한민국 원');
    expect(say('abc', 'tr')).toContain('abc');
    expect(say('99999999999999999999', 'ko')).toContain('100,000,000,000,000,000,000원');
  });
  const cases = ['-500000', '0', '0.001', '0,001', '99999999999999999999', '1e9', '1e999', '1,250', '1.250', 'Rp 2 juta', '45 bin TL', '₩100', 'abc', '100만원', '1,5 milyon TL', '2jt'];
  for (const lang of langs) {
    it.each(cases)(`${lang}: "%s" gives a complete sentence in the page’s language`, (typed) => {
      for (const output of langs) {
        const text = say(typed, lang, locales[output].currency);
        expect(text).not.toBe('');
        expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|\(\)/u);
      }
    });
  }
});
