import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, spokenDate, writtenDate } from './dates.ts';

const today = '2026-11-27';

describe('dates', () => {
  it.each([
    // across the year boundary: the spoken form drops the near year; ko and id say it is next year (review 16)
    ['ko', '2027-01-31', '내년 1월 31일', '2027년 1월 31일(일)'],
    ['ko', '2026-12-31', '12월 31일', '2026년 12월 31일(목)'],
    ['ko', '2026-11-27', '11월 27일', '2026년 11월 27일(금)'],
    ['ko', '2028-03-01', '2028년 3월 1일', '2028년 3월 1일(수)'],
    ['tr', '2027-02-15', '15 Şubat', '15 Şubat 2027'],
    ['tr', '2026-12-31', '31 Aralık', '31 Aralık 2026'],
    ['tr', '2027-01-01', '1 Ocak', '1 Ocak 2027'],
    ['tr', '2028-03-01', '1 Mart 2028', '1 Mart 2028'],
    ['id', '2027-01-15', '15 Januari tahun depan', 'Jumat, 15 Januari 2027'],
    ['id', '2026-12-31', '31 Desember', 'Kamis, 31 Desember 2026'],
    ['id', '2027-03-01', '1 Maret tahun depan', 'Senin, 1 Maret 2027'],
    ['id', '2028-03-01', '1 Maret 2028', 'Rabu, 1 Maret 2028'],
  ] as const)('%s %s → %s / %s', (lang, iso, spoken, written) => {
    expect(spokenDate(iso, lang, today)).toBe(spoken);
    expect(writtenDate(iso, lang)).toBe(written);
  });
  it('adds days across a year boundary and checks ISO dates', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-1-5')).toBe(false);
  });
});
