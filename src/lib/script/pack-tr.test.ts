import { describe, expect, it } from 'vitest';
import { joinReasonTr, pack } from './pack-tr.ts';

describe('joinReasonTr: stacked reasons are linked as people say them (tr review 14 #3)', () => {
  it('leaves the first reason as it is and opens the second with "Ayrıca", later ones with "Bunun yanı sıra"', () => {
    const line = 'Görüşmelerimiz giderek gerginleşiyor.';
    expect(joinReasonTr(line, 0)).toBe(line);
    expect(joinReasonTr(line, 1)).toBe('Ayrıca görüşmelerimiz giderek gerginleşiyor.');
    expect(joinReasonTr(line, 2)).toBe('Bunun yanı sıra görüşmelerimiz giderek gerginleşiyor.');
  });
  it('lowercases a dotted capital İ to i (Turkish casing), and keeps an acronym', () => {
    expect(joinReasonTr('İş yükü arttı.', 1)).toBe('Ayrıca iş yükü arttı.');
    expect(joinReasonTr('KDV dahil değil.', 2)).toBe('Bunun yanı sıra KDV dahil değil.');
  });
  it('is the Turkish pack’s joiner', () => {
    expect(pack.joinReason).toBe(joinReasonTr);
  });
});

describe('accEach: several referrals as one object, each name inflected (tr review 14 #11)', () => {
  const accEach = pack.formatters['accEach']!;
  it('puts the accusative on every name, so a studio and a person are not heard as one firm', () => {
    expect(accEach(['Çizgi Atölye', 'Burak Eren'], 'tr')).toBe("Çizgi Atölye'yi ve Burak Eren'i");
    expect(accEach(['Ada Ltd.', 'Selin Kaya', 'Mert Işık'], 'tr')).toMatch(/^Ada Ltd\.'\S+, Selin Kaya'yı ve Mert Işık'ı$/u);
  });
  it('inflects a single name like `acc`', () => {
    expect(accEach('Burak Eren', 'tr')).toBe(pack.formatters['acc']!('Burak Eren', 'tr'));
  });
});
