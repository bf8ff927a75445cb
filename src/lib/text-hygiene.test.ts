import { describe, expect, it } from 'vitest';
import { capGraphemes, cleanLine, cleanMultiline, hasLetterOrDigit } from './text-hygiene.ts';

const family = '👩\u200D👩\u200D👧\u200D👦';
const technologist = '👩🏽\u200D💻';
const rainbowFlag = '🏳\uFE0F\u200D🌈';

describe('cleanLine()', () => {
  it('normalises to NFC', () => {
    expect(cleanLine('s\u0327')).toBe('ş');
    expect(cleanLine('\u1100\u1161')).toBe('가');
  });
  it.each([
    ['\u202Emoc.live@ti', 'moc.live@ti'],
    ['abc\u202E', 'abc'],
    ['\u202Aa\u202Bb\u202Cc\u202Dd', 'abcd'],
    ['\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['a\u200Eb\u200Fc\u061Cd', 'abcd'],
  ])('removes bidi controls: %j → %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });
  it('keeps right-to-left letters and combining marks', () => {
    expect(cleanLine('שָׁלוֹם عالم')).toBe('שָׁלוֹם عالم'.normalize('NFC'));
  });
  it('keeps joiners inside emoji sequences and drops them elsewhere', () => {
    expect(cleanLine(`${family} Ayşe`)).toBe(`${family} Ayşe`);
    expect(cleanLine(technologist)).toBe(technologist);
    expect(cleanLine(rainbowFlag)).toBe(rainbowFlag);
    expect(cleanLine('A\u200Bh\u200Dm\uFEFFe\u200Ct\u00AD')).toBe('Ahmet');
    expect(cleanLine(`👩\u200D`)).toBe('👩');
  });
  it('turns control characters into spaces and lone surrogates into U+FFFD', () => {
    expect(cleanLine('Ayşe\tYılmaz\nA.Ş.')).toBe('Ayşe Yılmaz A.Ş.');
    expect(cleanLine('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('cleanMultiline()', () => {
  it('keeps newlines, removes bidi controls', () => {
    expect(cleanMultiline('one\r\ntwo\u202E\rthree\u0007')).toBe('one\ntwo\nthree');
  });
});

describe('capGraphemes()', () => {
  it('never splits a joined emoji, a combining sequence or a surrogate pair', () => {
    expect(capGraphemes(`ab${family}`, 4)).toBe('ab');
    expect(capGraphemes(`ab${family}`, 9)).toBe(`ab${family}`);
    expect(capGraphemes('ae\u0301e\u0301', 2)).toBe('a');
    expect(capGraphemes('😀😀', 1)).toBe('😀');
    expect(capGraphemes('가나다', 2)).toBe('가나');
  });
});

describe('hasLetterOrDigit()', () => {
  it.each([['!!!', false], ['...', false], ['🙂', false], [',', false], ['(주)', true], ['7', true], ['김', true], ['Ş', true], ['٣', true]])(
    '%s → %s',
    (text, expected) => expect(hasLetterOrDigit(text)).toBe(expected),
  );
});
