import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expandTerms, matchStrength, extraTerms, pagefindTerms, queryTerms, relaxedQueries, wordMatches, type LanguageData } from './normalize.ts';

const data = (lang: string) => parse(readFileSync(`content/search/${lang}.yaml`, 'utf8')) as LanguageData;

describe('queryTerms', () => {
  it('normalises each language the way the index does', () => {
    expect(queryTerms('ko', '고객에게 연락이')).toEqual(['고객', '연락']);
    expect(queryTerms('tr', 'İPTAL ödeme')).toEqual(['iptal', 'odeme']);
    expect(queryTerms('id', 'Kliennya')).toEqual(['klien']);
    expect(queryTerms('ko', '  ')).toEqual([]);
  });
});

describe('relaxedQueries', () => {
  it('splits a long Korean compound, then drops words from the end', () => {
    expect(relaxedQueries('ko', ['환불정책'])).toEqual([['환불', '정책'], ['환불']]);
    expect(relaxedQueries('id', ['uang', 'muka', 'besar'])).toEqual([['uang', 'muka'], ['uang']]);
  });
});

describe('extraTerms', () => {
  it('adds Korean compound parts the text does not have alone', () => {
    expect(extraTerms('ko', '개인정보를 지키세요', data('ko'), new Set(['개인', '정보']))).toContain('정보');
  });
  it('adds folded Turkish spellings of words with ı', () => {
    expect(extraTerms('tr', 'Kısa bir görüşme', data('tr'))).toContain('kisa');
  });
  it('adds loanwords readers type for the site words a section uses', () => {
    const extra = extraTerms('id', 'Minta uang muka sebelum mulai dan kirim tagihan.', data('id'));
    expect(extra).toEqual(expect.arrayContaining(['dp', 'invoice']));
    expect(extraTerms('id', 'Tidak ada kata terkait.', data('id'))).not.toContain('dp');
  });
});

describe('wordMatches', () => {
  it('marks the words a query found', () => {
    expect(wordMatches('ko', '개인정보를', ['정보'])).toBe(true);
    expect(wordMatches('tr', 'Görüşmeyi', ['gorusme'])).toBe(true);
    expect(wordMatches('id', 'pembatalan', ['membatalkan'])).toBe(true);
    expect(wordMatches('id', 'kontrak', ['batal'])).toBe(false);
  });
  it('marks the site word for a loanword', () => {
    const terms = expandTerms('id', ['invoice'], data('id'));
    expect(wordMatches('id', 'tagihan', terms)).toBe(true);
  });
});

describe('matchStrength', () => {
  it('ranks the same word over a longer form over a related form', () => {
    expect(matchStrength('tr', 'Mesajla', ['mesajla'])).toBe(3);
    expect(matchStrength('tr', 'mesajları', ['mesajla'])).toBe(2);
    expect(matchStrength('id', 'Akhiri', ['pengakhiran'])).toBe(1);
    expect(matchStrength('ko', '환불이', ['환불'])).toBe(3);
    expect(matchStrength('ko', '계약', ['환불'])).toBe(0);
  });
});

describe('short terms', () => {
  it('a two-letter term counts in a heading only as itself, not as the start of a word', () => {
    expect(matchStrength('id', 'waktu', ['wa'])).toBe(0);
    expect(matchStrength('id', 'WA', ['wa'])).toBe(3);
  });

  it('a reader\'s two-letter abbreviation is asked as the site\'s word; other words as typed', () => {
    expect(pagefindTerms('id', ['wa'], data('id'))).toEqual(['pesan']);
    expect(pagefindTerms('id', ['dp', 'klien'], data('id'))).toEqual(['uang', 'muka', 'klien']);
    expect(pagefindTerms('id', ['invoice'], data('id'))).toEqual(['invoice']);
    // Two Hangul syllables are a whole word (카톡), never an abbreviation to replace.
    expect(pagefindTerms('ko', ['카톡'], data('ko'))).toEqual(['카톡']);
  });
});

describe('Turkish negative imperative', () => {
  it('is cut to the verb, so every form of it matches', () => {
    expect(queryTerms('tr', 'suçlamayın')).toEqual(['sucla']);
    expect(queryTerms('tr', 'SUCLAMAYIN')).toEqual(['sucla']);
    expect(queryTerms('tr', 'bitirmeyiniz')).toEqual(['bitir']);
    // Nouns ending in -me stay whole.
    expect(queryTerms('tr', 'ödeme')).toEqual(['odeme']);
  });
});
