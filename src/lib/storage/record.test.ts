import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, readRecord, writeRecord, type RecordSpec } from './record.ts';

/** A tool whose state is a non-empty string; before v2 it stored the bare JSON string. */
const spec: RecordSpec<string> = {
  version: 2,
  validate: (data) => (typeof data === 'string' && data.length > 0 ? data : null),
  legacy: (parsed) => (typeof parsed === 'string' && parsed.includes('=') ? parsed : null),
};

describe('readRecord()', () => {
  it('round-trips what writeRecord wrote, with time and tab', () => {
    const raw = writeRecord('client=Kim', spec, 1_767_139_200_000, 'tab1');
    expect(readRecord(raw, spec)).toEqual({ status: 'ok', legacy: false, record: { v: 2, savedAt: 1_767_139_200_000, tabId: 'tab1', data: 'client=Kim' } });
  });
  it('finds nothing in null or an empty string', () => {
    expect(readRecord(null, spec)).toEqual({ status: 'none' });
    expect(readRecord('', spec)).toEqual({ status: 'none' });
  });
  it('reads the older format once, marked legacy', () => {
    expect(readRecord(JSON.stringify('client=Kim'), spec)).toMatchObject({ status: 'ok', legacy: true, record: { data: 'client=Kim' } });
  });
  // QA 2.2: these used to show "restored" on an empty form.
  it.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a number', '123'],
    ['true', 'true'],
    ['an empty JSON string', '""'],
    ['an object inside a string', JSON.stringify('{"a":1}')],
    ['a list', '[]'],
    ['another version', JSON.stringify({ v: 3, savedAt: 1, data: 'client=Kim' })],
    ['invalid data', JSON.stringify({ v: 2, savedAt: 1, data: '' })],
    ['no time', JSON.stringify({ v: 2, data: 'client=Kim' })],
    ['a negative time', JSON.stringify({ v: 2, savedAt: -1, data: 'client=Kim' })],
    ['a tab id that is not text', JSON.stringify({ v: 2, savedAt: 1, tabId: 7, data: 'client=Kim' })],
    ['absurdly long', JSON.stringify({ v: 2, savedAt: 1, data: 'x='.padEnd(MAX_RECORD_CHARS, 'x') })],
  ])('calls %s corrupt', (_why, raw) => expect(readRecord(raw, spec)).toEqual({ status: 'corrupt' }));
  it('ignores prototype keys in stored JSON', () => {
    const raw = '{"__proto__":{"polluted":true},"v":2,"savedAt":1,"data":"client=Kim"}';
    expect(readRecord(raw, spec).status).toBe('ok');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
