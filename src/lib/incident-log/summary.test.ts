import { describe, expect, it } from 'vitest';
import { entry } from './test-words.ts';
import { defaultHours } from './hours.ts';
import { longestRun, summarize } from './summary.ts';

describe('summary', () => {
  const seoul = defaultHours('Asia/Seoul');

  it('is all zeros for an empty log', () => {
    const s = summarize([], seoul);
    expect(s).toMatchObject({ total: 0, weeks: 0, perWeek: 0, afterHoursShare: 0, longestLateStreak: { nights: 0 }, weekly: [] });
  });

  it('counts per week, after hours, unpaid time, flags and the late-night streak', () => {
    const log = [
      entry('2026-03-02T10:00:00+09:00', { minutes: 30 }), // Mon, inside
      entry('2026-03-02T22:00:00+09:00', { rude: true }), // Mon night, late
      entry('2026-03-04T01:30:00+09:00', { unpaidAsk: true }), // Wed 01:30: the night of Tue
      entry('2026-03-04T23:00:00+09:00', { billed: true, minutes: 60 }), // Wed night
      entry('2026-03-05T21:10:00+09:00'), // Thu night
      // Two quiet weeks, then one contact on a Sunday
      entry('2026-03-22T12:00:00+09:00', { minutes: 5 }),
    ];
    const s = summarize(log, seoul);
    expect(s.total).toBe(6);
    expect(s.weeks).toBe(3);
    expect(s.perWeek).toBeCloseTo(2);
    expect(s.afterHours).toBe(5);
    expect(s.afterHoursShare).toBeCloseTo(5 / 6);
    expect(s.lateNight).toBe(4);
    expect(s.unpaidMinutes).toBe(30 + 10 + 10 + 10 + 5);
    expect(s.rude).toBe(1);
    expect(s.unpaidAsk).toBe(1);
    // Nights of Mar 2, 3 (the 01:30 on the 4th), 4 and 5: four in a row.
    expect(s.longestLateStreak).toEqual({ nights: 4, from: '2026-03-02', to: '2026-03-05' });
    expect(s.weekly).toEqual([
      { start: '2026-03-02', total: 5, afterHours: 4 },
      { start: '2026-03-09', total: 0, afterHours: 0 },
      { start: '2026-03-16', total: 1, afterHours: 1 },
    ]);
    expect(s.first).toBe('2026-03-02T10:00:00+09:00');
    expect(s.last).toBe('2026-03-22T12:00:00+09:00');
  });

  it('puts a contact in the reader’s local week, even across midnight and a week boundary', () => {
    // Sunday 23:30 in Istanbul is Monday 05:30 in Jayapura: a new week there.
    const at = '2026-03-08T23:30:00+03:00';
    expect(summarize([entry(at)], defaultHours('Europe/Istanbul')).weekly[0]?.start).toBe('2026-03-02');
    expect(summarize([entry(at)], defaultHours('Asia/Jayapura')).weekly[0]?.start).toBe('2026-03-09');
  });

  it('uses the per-entry override', () => {
    const s = summarize([entry('2026-03-02T10:00:00+09:00', { afterHoursOverride: true }), entry('2026-03-02T23:00:00+09:00', { afterHoursOverride: false })], seoul);
    expect(s.afterHours).toBe(1);
    expect(s.weekly[0]).toMatchObject({ total: 2, afterHours: 1 });
  });

  it('finds the longest run of consecutive nights', () => {
    expect(longestRun(new Set([10, 11, 12, 20, 21]))).toMatchObject({ nights: 3 });
    expect(longestRun(new Set())).toEqual({ nights: 0 });
  });
});
