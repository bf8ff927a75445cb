import { describe, expect, it } from 'vitest';
import { buildReport, handoffSentence, hoursText } from './report.ts';
import { defaultHours } from './hours.ts';
import { summarize } from './summary.ts';
import { entry, words } from './test-words.ts';

const client = { id: 'c1', name: 'Budi Santoso', createdAt: '' };
// 41 contacts from 3 March 2026, 17 of them after 21:00 (Seoul), the rest at 10:00 on weekdays.
const log = Array.from({ length: 41 }, (_, i) => {
  const day = 3 + Math.floor(i / 2);
  const late = i < 34 && i % 2 === 1;
  return entry(`2026-03-${String(day).padStart(2, '0')}T${late ? '22:30' : '10:00'}:00+09:00`, { rude: i % 10 === 0 });
});
const hours = defaultHours('Asia/Seoul');

describe('the neutral handoff sentence', () => {
  const s = summarize(log, hours);
  it('has the facts, written natively in each language', () => {
    expect(s.lateNight).toBe(17);
    expect(handoffSentence(s, hours, words.ko)).toMatch(/^2026년 3월 3일부터 연락이 41건 있었고, 그중 17건은 밤 9시 이후였습니다\. 근무시간 외 연락은 \d+건이었습니다\.$/);
    expect(handoffSentence(s, hours, words.tr)).toMatch(/^3 Mart 2026 tarihinden bu yana 41 kez görüştük ya da yazıştık; bunların 17 tanesi saat 21\.00’den sonraydı\./);
    expect(handoffSentence(s, hours, words.id)).toMatch(/^Sejak 3 Maret 2026 tercatat 41 kali komunikasi, 17 di antaranya setelah pukul 21\.00\./);
  });
  it('leaves out what did not happen, and is empty for an empty log', () => {
    const day = summarize([entry('2026-03-03T10:00:00+09:00')], hours);
    expect(handoffSentence(day, hours, words.id)).toBe('Sejak 3 Maret 2026 tercatat 1 kali komunikasi.');
    expect(handoffSentence(summarize([], hours), hours, words.ko)).toBe('');
  });
  it('carries no words of blame', () => {
    for (const w of Object.values(words)) expect(handoffSentence(s, hours, w)).not.toMatch(/무례|공격|kaba|saldırgan|kasar|agresif/i);
  });
});

describe('the factual report', () => {
  it('gives the period, the counts and every entry in date order, in the chosen language', () => {
    const report = buildReport(client, [...log].reverse(), hours, words.tr);
    expect(report.title).toBe('Budi Santoso ile iletişim kaydı');
    expect(report.period).toBe('Dönem: 3 Mart 2026 – 23 Mart 2026');
    expect(report.counts[0]).toBe('Toplam kayıt: 41');
    expect(report.counts).toContain('Saat 21.00 ile 06.00 arasındaki kayıtlar: 17');
    expect(report.rows).toHaveLength(41);
    expect(report.rows[0]!.when).toContain('3 Mar 2026');
    expect(report.rows[0]!.channel).toBe('Arama');
    expect(report.rows[0]!.notes).toContain('kaba ya da saldırgan davranış');
    expect(report.hoursNote).toContain('09:00–18:00');
  });
  it('words the working hours with the language’s weekday names', () => {
    expect(hoursText(hours, words.ko)).toBe('월, 화, 수, 목, 금 09:00–18:00(Asia/Seoul)');
    expect(hoursText({ ...hours, days: [6, 0] }, words.id)).toContain('Sab');
  });
  it('says so when there is nothing to report', () => {
    expect(buildReport(client, [], hours, words.id).period).toBe('Tidak ada kontak yang tercatat.');
  });
});
