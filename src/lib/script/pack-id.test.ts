import { describe, expect, it } from 'vitest';
import { groupReasonsId, joinReasonId, pack, withJuga } from './pack-id.ts';
import script from '../../i18n/locales/id/script.json';

describe('joinReasonId: stacked reasons read as one account', () => {
  it('leaves the first reason as written and joins the second and third', () => {
    expect(joinReasonId('Pesan dan telepon di luar jam kerja sudah terlalu banyak.', 0)).toBe('Pesan dan telepon di luar jam kerja sudah terlalu banyak.');
    expect(joinReasonId('Pesan dan telepon di luar jam kerja sudah terlalu banyak.', 1)).toBe('Selain itu, pesan dan telepon di luar jam kerja sudah terlalu banyak.');
    expect(joinReasonId('Setelah saya hitung, tarifnya tidak menutup biaya.', 2)).toBe('Di samping itu, setelah saya hitung, tarifnya tidak menutup biaya.');
  });
  it('keeps an acronym at the start as it is', () => {
    expect(joinReasonId('PPN tidak termasuk.', 1)).toBe('Selain itu, PPN tidak termasuk.');
  });
  it('is the Indonesian pack’s hook', () => {
    expect(pack.joinReason).toBe(joinReasonId);
  });
});

describe('groupReasonsId: three or more reasons stay about two lines of short sentences (review 7, B5/B9; round 11)', () => {
  it('never glues reasons with a semicolon; a later reason says "juga" before its predicate (round 11, first glance)', () => {
    const three = ['Tarif yang berlaku tidak sebanding.', 'Selain itu, kebutuhan proyek ini kurang cocok dengan layanan saya.', 'Di samping itu, tenggatnya makin ketat.'];
    expect(groupReasonsId(three).lines).toEqual([three[0], 'Selain itu, kebutuhan proyek ini kurang cocok dengan layanan saya. Tenggatnya juga makin ketat.']);
  });
  const lines = ['Tarif proyek ini sudah tidak sebanding.', 'Selain itu, tenggat yang diminta terlalu ketat.', 'Di samping itu, harga dan cakupan pekerjaan terus kita bahas ulang.'];
  it('keeps one or two reasons as they are', () => {
    expect(groupReasonsId(lines.slice(0, 2))).toEqual({ lines: lines.slice(0, 2), lineOf: [0, 1] });
  });
  it('joins the second and third into one sentence, and says where each reason went', () => {
    expect(groupReasonsId(lines)).toEqual({
      lines: ['Tarif proyek ini sudah tidak sebanding.', 'Selain itu, tenggat yang diminta terlalu ketat. Di samping itu, harga dan cakupan pekerjaan terus kita bahas ulang.'],
      lineOf: [0, 1, 1],
    });
  });
  it('is the Indonesian pack’s hook', () => {
    expect(pack.groupReasons).toBe(groupReasonsId);
  });
});

describe('the Indonesian reason templates can be listed (review 7)', () => {
  const reasons = (script as { call: { reasons: Record<string, string> }; shared: { reasonsNone: Record<string, string> } });
  const all = { ...reasons.call.reasons, ...Object.fromEntries(Object.entries(reasons.shared.reasonsNone).map(([k, v]) => [`none.${k}`, v])) };
  it.each(Object.entries(all))('%s is one clause without an inner comma or a second sentence', (_key, text) => {
    expect(text).not.toContain(',');
    expect(text.slice(0, -1)).not.toMatch(/[.;]/u);
  });
  it.each(Object.entries(all))('%s can be said as a later reason with "juga" (round 11)', (_key, text) => {
    const later = withJuga(`Di samping itu, ${text.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('id-ID'))}`);
    expect(later).toMatch(/^\p{Lu}\S*( .*)? juga \S/u);
    expect(later).not.toContain('Di samping itu');
  });
  it('never collocates "jumlah pekerjaan … ketat" nor points at a field with no antecedent', () => {
    expect(Object.values(all).join(' ')).not.toMatch(/jumlah pekerjaan yang diminta terlalu ketat|bidang itu|\bdi awal\b/u);
  });
});
