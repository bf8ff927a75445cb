import { describe, expect, it } from 'vitest';
import { joinReasonId, pack } from './pack-id.ts';

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
