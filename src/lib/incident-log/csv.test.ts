import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, decodeCsv, neutralise, parseCsv, restore, toCsv, type ExportRow, type ImportOptions } from './csv.ts';
import { mergeImport } from './merge.ts';
import { computedAfterHours, defaultHours } from './hours.ts';
import { entry, words } from './test-words.ts';
import type { Entry } from './entry.ts';

const hours = defaultHours('Asia/Seoul');
const now = new Date('2026-11-27T12:00:00Z');
let ids = 0;
const options: ImportOptions = {
  words: Object.values(words).map((w) => w.csv), now, makeId: () => `new-${++ids}`, computedAfterHours: (at) => computedAfterHours(at, hours),
};
const exported = (e: Entry, clientName = 'Ahmet Yılmaz'): ExportRow => ({ ...e, clientName, afterHours: e.afterHoursOverride ?? computedAfterHours(e.at, hours) });
const strip = ({ clientName: _c, ...rest }: { clientName: string } & Omit<Entry, 'clientId'>) => rest;
const withoutClient = ({ clientId: _c, ...rest }: Entry) => rest;

const tricky = [
  entry('2026-03-02T21:15:00+09:00', { what: 'He said "now", then hung up', handled: 'line one\nline two, with comma; and semicolon', rude: true }),
  entry('2026-03-03T08:00:00+03:00', { what: '=HYPERLINK("http://x","click")', handled: '+90 555 000 00 00', unpaidAsk: true, minutes: 0 }),
  entry('2026-03-04T10:00:00+07:00', { what: '-5 discount', handled: '@everyone', afterHoursOverride: true, billed: true }),
  entry('2026-03-05T12:00:00+08:00', { what: "'=already quoted", handled: '\tindented', afterHoursOverride: false, channel: 'voicemail' }),
  entry('2026-03-06T23:59:59+09:00', { what: '😀 emoji 👩🏽‍💻 and 한국어, Türkçe İıŞş, Bahasa', handled: 'مرحبا RTL text ‏', channel: 'email' }),
  entry('2026-03-07T00:00:00Z', { what: 'x'.repeat(10_000), handled: '\r\nCR first', channel: 'other', minutes: 1440 }),
];

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, CRLF, localized headers and the language’s delimiter', () => {
    const ko = toCsv([exported(tricky[0]!)], words.ko.csv);
    expect(ko.startsWith(BOM)).toBe(true);
    expect(ko).toContain('\r\n');
    expect(ko.split('\r\n')[0]).toBe(`${BOM}ID,고객,일시(ISO 8601),연락 방법,내용,대응,쓴 시간(분),청구함,무례하거나 공격적,무료 작업·할인 요구,근무시간 외,근무시간 외 직접 지정,기록 일시,수정 일시`);
    expect(ko).toContain('"He said ""now"", then hung up"');
    const tr = toCsv([exported(tricky[0]!)], words.tr.csv);
    expect(tr.split('\r\n')[0]).toContain('Kayıt no;Müşteri;Tarih ve saat (ISO 8601)');
    expect(tr).toContain(';Arama;');
    expect(toCsv([exported(tricky[0]!)], words.id.csv)).toContain(';Telepon;');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const text = toCsv(tricky.map((e) => exported(e)), words.ko.csv);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(text).toContain(",'+90 555 000 00 00,");
    expect(text).toContain(",'-5 discount,'@everyone,");
    expect(text).toContain(`,''=already quoted,'\tindented,`);
    for (const cell of ['=1+1', '+1', '-1', '@x', '\tx', '\rx', "'=x", "''+x"]) expect(neutralise(cell).startsWith("'")).toBe(true);
    for (const cell of ['1-1', "it's", 'a=b', '']) expect(neutralise(cell)).toBe(cell);
  });

  it('round-trips every cell through neutralise/restore', () => {
    fc.assert(fc.property(fc.string(), (s) => restore(neutralise(s)) === s));
  });
});

describe('CSV import', () => {
  for (const lang of ['ko', 'tr', 'id'] as const) {
    it(`gets back exactly what was exported (${lang}): quotes, newlines, emoji, RTL, formula-like text`, () => {
      const text = toCsv(tricky.map((e) => exported(e)), words[lang].csv);
      const { rows, problems } = parseCsv(text, options);
      expect(problems).toEqual([]);
      expect(rows.map(strip)).toEqual(tricky.map(withoutClient));
      expect(rows.every((r) => r.clientName === 'Ahmet Yılmaz')).toBe(true);
    });
  }

  it('round-trips arbitrary text fields (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.integer({ min: 0, max: 1440 }), (what, handled, minutes) => {
        const e = entry('2026-03-02T21:15:00+09:00', { what, handled, minutes });
        const { rows, problems } = parseCsv(toCsv([exported(e)], words.tr.csv), options);
        return problems.length === 0 && rows.length === 1 && rows[0]!.what === what && rows[0]!.handled === handled && rows[0]!.minutes === minutes;
      }),
      { numRuns: 200 },
    );
  });

  it('names the row and field of each problem', () => {
    const header = toCsv([], words.ko.csv);
    const text = `${header}\r\n` + [
      'a,X,2026-03-02T21:15:00+09:00,전화,ok,ok,10,예,아니요,아니요,예,아니요,,',
      'b,X,2026-13-02 21:15,전화,ok,ok,10,예,아니요,아니요,예,아니요,,',
      'c,X,2026-03-02T21:15:00+09:00,팩스,ok,ok,-3,예,아니요,아니요,예,아니요,,',
      'd,X,2027-03-02T21:15:00+09:00,전화,ok,ok,10,maybe,아니요,아니요,예,아니요,,',
    ].join('\r\n');
    const { rows, problems } = parseCsv(text, options);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { row: 3, field: 'at', reason: 'invalid' },
      { row: 4, field: 'channel', reason: 'invalid' },
      { row: 4, field: 'minutes', reason: 'range' },
      { row: 5, field: 'at', reason: 'future' },
      { row: 5, field: 'billed', reason: 'invalid' },
    ]);
  });

  it('refuses a file with the wrong columns, an unclosed quote, or nothing in it', () => {
    expect(parseCsv('name,amount\r\nA,1', options).problems).toEqual([{ row: 1, reason: 'columns', missing: ['at', 'channel'] }]);
    const unclosed = parseCsv('at,channel,what\r\n2026-03-02T21:15:00+09:00,call,"never closed\r\n', options);
    expect(unclosed.rows).toEqual([]);
    expect(unclosed.problems[0]).toMatchObject({ reason: 'quotes' });
    expect(parseCsv('', options).problems).toEqual([{ row: 0, reason: 'empty' }]);
  });

  it('accepts a minimal file with language-neutral column names', () => {
    const { rows, problems } = parseCsv('at,channel,what\n2026-03-02T21:15:00+09:00,call,Late call\n', options);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ channel: 'call', what: 'Late call', minutes: 0, clientName: '', afterHoursOverride: null });
  });

  it('handles 50,000 rows', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => exported(entry(new Date(Date.UTC(2026, 0, 1) + i * 300_000).toISOString().replace('.000Z', 'Z'), { what: `row ${i}` })));
    const text = toCsv(many, words.id.csv);
    const { rows, problems } = parseCsv(text, options);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(50_000);
    expect(rows[49_999]!.what).toBe('row 49999');
  }, 60_000); // speed is measured by `npm run bench:log`, in a browser
});

describe('file encodings', () => {
  const utf8 = new TextEncoder().encode(`${BOM}at,channel\r\n2026-03-02T21:15:00+09:00,Arama`);
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeCsv(utf8)).toEqual({ text: 'at,channel\r\n2026-03-02T21:15:00+09:00,Arama' });
    expect(decodeCsv(new TextEncoder().encode('İ'))).toEqual({ text: 'İ' });
  });
  it('decodes UTF-16 with a byte-order mark and refuses it without one', () => {
    const text = 'Müşteri,전화';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { le[2 + i * 2] = text.charCodeAt(i) & 0xff; le[3 + i * 2] = text.charCodeAt(i) >> 8; }
    expect(decodeCsv(le)).toEqual({ text });
    expect(decodeCsv(le.subarray(2))).toEqual({ problem: 'utf16' });
  });
  it('recognises Windows-1254 (Turkish) and other legacy encodings', () => {
    // "Müşteri ışık" in Windows-1254: ü=FC ş=FE ı=FD
    expect(decodeCsv(new Uint8Array([0x4d, 0xfc, 0xfe, 0x74, 0x65, 0x72, 0x69, 0x20, 0xfd, 0xfe, 0xfd, 0x6b]))).toEqual({ problem: 'win1254' });
    // "고객" in EUC-KR
    expect(decodeCsv(new Uint8Array([0xb0, 0xed, 0xb0, 0xb4]))).toEqual({ problem: 'legacy' });
  });
});

describe('merging an import', () => {
  const base = { makeId: () => `c-${++ids}`, now, defaultClientName: '고객 1' };
  it('adds new entries, skips duplicates by id or by content, and matches clients by name', () => {
    const existing = [{ id: 'c1', name: 'Ahmet Yılmaz', createdAt: '' }];
    const log = [tricky[0]!, tricky[1]!];
    const rows = [
      { ...strip({ ...tricky[0]!, clientName: '' }), clientName: 'Ahmet Yılmaz' }, // same id
      { ...strip({ ...tricky[1]!, clientName: '' }), id: 'other-id', clientName: 'Ahmet Yılmaz' }, // same contact, new id
      { ...strip({ ...tricky[2]!, clientName: '' }), clientName: 'Ahmet Yılmaz' },
      { ...strip({ ...tricky[3]!, clientName: '' }), clientName: 'Budi Santoso' },
    ];
    const result = mergeImport(existing, log, rows, { ...base });
    expect(result.duplicates).toBe(2);
    expect(result.entries.map((e) => e.id)).toEqual([tricky[2]!.id, tricky[3]!.id]);
    expect(result.clients.map((c) => c.name)).toEqual(['Budi Santoso']);
    expect(result.entries[0]!.clientId).toBe('c1');
    expect(result.entries[1]!.clientId).toBe(result.clients[0]!.id);
  });
  it('puts rows without a client into the current one', () => {
    const rows = [{ ...strip({ ...tricky[4]!, clientName: '' }), clientName: '' }];
    expect(mergeImport([], [], rows, { ...base, currentClientId: 'cur' }).entries[0]!.clientId).toBe('cur');
  });
});
