import { describe, expect, it } from 'vitest';
import { weekendDay, weekendNotes } from './weekend.ts';

const endNow = { contract: 'end-now' as const, lastDay: '', filesBy: '', refundBy: '' };
const MONDAY = '2026-11-30';

describe('weekendDay', () => {
  it.each([
    ['2026-11-28', 'sat'],
    ['2026-11-29', 'sun'],
    ['2026-11-30', undefined],
    ['2026-12-04', undefined],
    ['2026-12-05', 'sat'],
    ['2027-01-03', 'sun'],
    ['2028-02-29', undefined], // a Tuesday in a leap year
    ['2027-02-29', undefined], // not a date
    ['', undefined],
    ['2026-12-6', undefined],
  ])('%s → %s', (iso, day) => {
    expect(weekendDay(iso)).toBe(day);
  });
});

describe('weekendNotes', () => {
  it('says nothing for weekdays', () => {
    expect(weekendNotes({ ...endNow, lastDay: '2026-12-04', filesBy: '2026-12-07', refundBy: '2026-12-11' }, MONDAY)).toEqual([]);
  });

  it('notes each typed weekend date, in form order, with its day', () => {
    expect(weekendNotes({ ...endNow, lastDay: '2026-12-06', filesBy: '2026-12-05', refundBy: '2026-12-09' }, MONDAY)).toEqual([
      { field: 'lastDay', day: 'sun', today: false },
      { field: 'filesBy', day: 'sat', today: false },
    ]);
    expect(weekendNotes({ ...endNow, refundBy: '2026-12-13' }, MONDAY)).toEqual([{ field: 'refundBy', day: 'sun', today: false }]);
  });

  it('an empty last working day stands for today, so a weekend today is noted', () => {
    expect(weekendNotes(endNow, '2026-11-28')).toEqual([{ field: 'lastDay', day: 'sat', today: true }]);
    expect(weekendNotes(endNow, '2026-11-29')).toEqual([{ field: 'lastDay', day: 'sun', today: true }]);
    expect(weekendNotes(endNow, MONDAY)).toEqual([]);
    // A typed weekday wins over a weekend today.
    expect(weekendNotes({ ...endNow, lastDay: '2026-12-01' }, '2026-11-29')).toEqual([]);
  });

  it('empty files and refund dates are not noted (their defaults follow the last working day)', () => {
    expect(weekendNotes({ ...endNow, lastDay: '2026-12-02' }, '2026-11-28')).toEqual([]);
  });

  it('serving to the end of the contract checks nothing', () => {
    expect(weekendNotes({ ...endNow, contract: 'serve-until-end', lastDay: '2026-12-06' }, '2026-11-28')).toEqual([]);
  });
});
