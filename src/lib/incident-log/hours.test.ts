import { describe, expect, it } from 'vitest';
import { computedAfterHours, defaultHours, isAfterHours, isoInZone, localParts, migrateHours, parseClock, withinHours, zonedInstant } from './hours.ts';

// 2026-03-02 is a Monday. Offsets: Seoul +9, Istanbul +3, Jakarta +7, Makassar +8, Jayapura +9.
const zones = { 'Asia/Seoul': 540, 'Europe/Istanbul': 180, 'Asia/Jakarta': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 } as const;

describe('local time in the reader’s zone', () => {
  for (const [zone, offset] of Object.entries(zones)) {
    it(`${zone}: wall clock, weekday and offset`, () => {
      const parts = localParts(new Date('2026-03-02T00:30:00Z'), zone);
      expect(parts.offset).toBe(offset);
      const local = 30 + offset;
      expect(parts.minutes).toBe(local % 1440);
      expect(parts.day).toBe(2);
      expect(parts.weekday).toBe(1);
    });

    it(`${zone}: 17:59 is inside, 18:00 and 08:59 are outside, a Saturday is outside`, () => {
      const hours = defaultHours(zone);
      const at = (local: string) => isoInZone(zonedInstant('2026-03-03', local, zone)!, zone);
      expect(computedAfterHours(at('17:59'), hours)).toBe(false);
      expect(computedAfterHours(at('09:00'), hours)).toBe(false);
      expect(computedAfterHours(at('18:00'), hours)).toBe(true);
      expect(computedAfterHours(at('08:59'), hours)).toBe(true);
      const saturday = isoInZone(zonedInstant('2026-03-07', '11:00', zone)!, zone);
      expect(computedAfterHours(saturday, hours)).toBe(true);
    });
  }

  it('judges an entry in the reader’s zone, not the zone it was logged in', () => {
    // 10:00 in Istanbul on a Monday is 16:00 in Seoul: inside for both readers.
    const at = '2026-03-02T10:00:00+03:00';
    expect(computedAfterHours(at, defaultHours('Europe/Istanbul'))).toBe(false);
    expect(computedAfterHours(at, defaultHours('Asia/Seoul'))).toBe(false);
    // 17:30 Istanbul Monday = 23:30 Seoul: after hours for a reader in Seoul.
    expect(computedAfterHours('2026-03-02T17:30:00+03:00', defaultHours('Asia/Seoul'))).toBe(true);
    expect(computedAfterHours('2026-03-02T17:30:00+03:00', defaultHours('Europe/Istanbul'))).toBe(false);
  });

  it('crosses midnight into the next day and the next week', () => {
    // 23:30 UTC on Sunday 2026-03-01 is already Monday in Seoul and Istanbul.
    const parts = localParts(new Date('2026-03-01T23:30:00Z'), 'Asia/Seoul');
    expect([parts.day, parts.weekday, parts.minutes]).toEqual([2, 1, 8 * 60 + 30]);
    const ist = localParts(new Date('2026-03-01T23:30:00Z'), 'Europe/Istanbul');
    expect([ist.day, ist.weekday, ist.minutes]).toEqual([2, 1, 2 * 60 + 30]);
    // New Year's Eve in UTC is already New Year in Jayapura.
    const nye = localParts(new Date('2026-12-31T16:00:00Z'), 'Asia/Jayapura');
    expect([nye.year, nye.month, nye.day, nye.minutes]).toEqual([2027, 1, 1, 60]);
  });

  it('supports working hours across midnight (a night shift)', () => {
    const night = { days: [1, 2, 3, 4, 5], start: 22 * 60, end: 6 * 60, timeZone: 'Asia/Jakarta' };
    expect(withinHours(1, 23 * 60, night)).toBe(true); // Monday 23:00
    expect(withinHours(2, 2 * 60, night)).toBe(true); // Tuesday 02:00, Monday's shift
    expect(withinHours(6, 2 * 60, night)).toBe(true); // Saturday 02:00, Friday's shift
    expect(withinHours(1, 2 * 60, night)).toBe(false); // Monday 02:00: Sunday had no shift
    expect(withinHours(3, 12 * 60, night)).toBe(false);
    expect(withinHours(6, 23 * 60, night)).toBe(false);
  });

  it('honours edited days and the per-entry override', () => {
    const sixDays = { ...defaultHours('Asia/Makassar'), days: [1, 2, 3, 4, 5, 6] };
    const saturday = '2026-03-07T11:00:00+08:00';
    expect(computedAfterHours(saturday, sixDays)).toBe(false);
    expect(isAfterHours({ at: saturday, afterHoursOverride: true }, sixDays)).toBe(true);
    expect(isAfterHours({ at: '2026-03-07T23:00:00+08:00', afterHoursOverride: false }, sixDays)).toBe(false);
    expect(isAfterHours({ at: '2026-03-07T23:00:00+08:00', afterHoursOverride: null }, sixDays)).toBe(true);
  });

  it('turns a wall-clock date and time into the instant, with the zone’s offset', () => {
    for (const [zone, offset] of Object.entries(zones)) {
      const instant = zonedInstant('2026-03-03', '21:15', zone)!;
      expect(instant.getTime()).toBe(Date.UTC(2026, 2, 3, 21, 15) - offset * 60_000);
      const sign = '+', hh = String(offset / 60).padStart(2, '0');
      expect(isoInZone(instant, zone)).toBe(`2026-03-03T21:15:00${sign}${hh}:00`);
    }
    expect(zonedInstant('2026-3-3', '21:15', 'Asia/Seoul')).toBeUndefined();
  });

  it('reads clock text and settings defensively', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('24:00')).toBeUndefined();
    expect(migrateHours({ days: [1, 9, 'x', 1], start: 600, end: -1, timeZone: 'Mars/Base' }, 'Asia/Seoul')).toEqual({
      days: [1], start: 600, end: 18 * 60, timeZone: 'Asia/Seoul',
    });
    expect(migrateHours(null, 'Asia/Jayapura')).toEqual(defaultHours('Asia/Jayapura'));
  });
});
