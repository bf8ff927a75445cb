import { describe, expect, it } from 'vitest';
import { entryProblems, isoWithOffset, migrateClient, migrateEntry, parseInstant } from './entry.ts';
import { entry } from './test-words.ts';

const now = new Date('2026-11-27T12:00:00Z');

describe('entries', () => {
  it('accepts a valid entry and refuses bad fields with a field and reason', () => {
    expect(entryProblems(entry('2026-11-27T20:00:00+09:00'), now)).toEqual([]);
    expect(entryProblems({ ...entry('2027-01-01T00:00:00+09:00'), minutes: -1, what: 'x'.repeat(10_001) }, now)).toEqual([
      { field: 'at', reason: 'future' },
      { field: 'what', reason: 'tooLong' },
      { field: 'minutes', reason: 'range' },
    ]);
    expect(entryProblems({ ...entry('2026-03-02 21:15'), minutes: 1e9 }, now)).toEqual([
      { field: 'at', reason: 'invalid' },
      { field: 'minutes', reason: 'range' },
    ]);
    expect(entryProblems({ ...entry(''), minutes: 1.5 }, now).map((p) => p.reason)).toEqual(['missing', 'range']);
  });

  it('only reads ISO 8601 dates that carry an offset', () => {
    expect(parseInstant('2026-03-02T21:15:00+09:00')?.toISOString()).toBe('2026-03-02T12:15:00.000Z');
    expect(parseInstant('2026-03-02T21:15:00')).toBeUndefined();
    expect(parseInstant('2026-02-30T21:15:00+09:00')?.getUTCDate()).toBe(2); // JS rolls over; still a real instant
    expect(isoWithOffset(new Date('2026-03-02T12:15:00Z'), -150)).toBe('2026-03-02T09:45:00-02:30');
  });

  it('migrates a version 1 record (epoch time, flag array) to the current shape', () => {
    const v1 = { id: 'a', clientId: 'c', time: Date.UTC(2026, 2, 2, 12, 15), tz: 540, channel: 'call', what: 'w', handled: 'h', minutes: 5, flags: ['rude', 'unpaid'] };
    expect(migrateEntry(v1)).toMatchObject({ v: 2, at: '2026-03-02T21:15:00+09:00', rude: true, unpaidAsk: true, billed: false, afterHoursOverride: null });
  });

  it('refuses what it cannot read (the store sets it aside)', () => {
    for (const bad of [null, 'x', [], { v: 9 }, { ...entry('2026-03-02T21:15:00+09:00'), channel: 'fax' }, { ...entry('2026-03-02T21:15:00+09:00'), minutes: '5' }]) {
      expect(migrateEntry(bad)).toBeUndefined();
    }
    expect(migrateEntry(entry('2026-03-02T21:15:00+09:00'))).toBeDefined();
    expect(migrateClient({ id: 'c', name: '' })).toBeUndefined();
    expect(migrateClient({ id: 'c', name: 'Ali' })?.name).toBe('Ali');
  });
});
