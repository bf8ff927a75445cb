/**
 * Indonesian texts over every situation the form allows (review 8): what the freelancer promises in
 * the call must match what was just said about the work. Stopping early at 0 % or part-way, the
 * pushback never promises to "finish everything that is my duty" (the client would ask "then why
 * stop at 30 %?"); the refund reply states a fact, not an opinion; two replies in a row never open alike.
 */
import { describe, expect, it } from 'vitest';
import { composeScript, type ScriptTexts } from './compose.ts';
import { channels, emptyInput, refundMethods, tones, type ReasonId, type ScriptInput } from './input.ts';
import { addressFor, tFor } from './test-setup.ts';

const TODAY = '2026-11-27';
const compose = (input: ScriptInput) => composeScript(input, tFor('id'), addressFor('id'), { today: TODAY });

const who: Record<string, Partial<ScriptInput>> = {
  person: { kind: 'person', client: 'Andi Saputra', title: 'Bapak' },
  org: { kind: 'organisation', client: 'PT Samudra Logistik', contact: '', title: '' },
  orgContact: { kind: 'organisation', client: 'PT Samudra Logistik', contact: 'Siti Rahmawati', title: 'Ibu' },
};
const situations: Record<string, Partial<ScriptInput>> = {
  'now 0 % today': { contract: 'end-now', completed: '0' },
  'now 30 % today': { contract: 'end-now', completed: '30' },
  'now 15 % later': { contract: 'end-now', completed: '15', lastDay: '2026-12-11', filesBy: '2026-12-14', refundBy: '2026-12-18' },
  'now 100 % today': { contract: 'end-now', completed: '100' },
  'now 100 % later': { contract: 'end-now', completed: '100', lastDay: '2026-12-04' },
  'serve later': { contract: 'serve-until-end', endDate: '2026-12-07' },
};
const reasonSets: ReasonId[][] = [['unprofitable', 'free-work'], ['overcommunication', 'aggression'], ['fit', 'time']];

const cases: { name: string; situation: string; texts: ScriptTexts }[] = [];
for (const w of Object.keys(who))
  for (const s of Object.keys(situations))
    for (const channel of channels)
      for (const tone of tones)
        for (const reasons of reasonSets) {
          const input: ScriptInput = {
            ...emptyInput('id', 'Bapak'),
            you: 'Wulan Sari',
            business: 'Wulan Grafis',
            fee: '6.600.000',
            reasons,
            channel,
            tone,
            refundMethod: refundMethods[cases.length % refundMethods.length] ?? 'bank',
            ...who[w],
            ...situations[s],
          };
          cases.push({ name: `${w} ${s} ${channel} ${tone} ${reasons.join('+')}`, situation: s, texts: compose(input) });
        }

const section = (x: ScriptTexts, id: string) => x.call.find((sec) => sec.id === id)?.lines ?? [];
/** The freelancer's own pushback replies, without the "Anda: " label. */
const replies = (x: ScriptTexts) => section(x, 'pushback').filter((l) => l.startsWith('Anda: ')).map((l) => l.slice('Anda: '.length));

describe('Indonesian call: promises match the decision (review 8, first glance)', () => {
  it('covers every situation', () => expect(cases.length).toBe(3 * 6 * channels.length * tones.length * 3));

  it.each(cases.filter((c) => /^now (0|30|15) %/.test(c.situation)).map((c) => [c.name, c] as const))(
    '%s: stopping before the work is done, no line promises to finish every duty',
    (_name, c) => {
      const spoken = c.texts.call.flatMap((sec) => sec.lines).join('\n');
      // "akan/tetap saya selesaikan", "semua yang menjadi kewajiban / tanggung jawab saya" promise the work that stops.
      expect(spoken).not.toMatch(/(?:akan|tetap) saya (?:selesaikan|tuntaskan)|(?:kewajiban|tanggung jawab) saya/u);
    },
  );

  it.each(cases.map((c) => [c.name, c] as const))('%s: the reply to "unfair" keeps to the steps already said', (_name, c) => {
    const unfair = replies(c.texts)[1] ?? '';
    expect(unfair).toMatch(/bukan soal siapa yang salah/u);
    expect(unfair).toMatch(/yang tadi saya sampaikan .*jalankan sesuai jadwal/u);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the refund reply is a fact, and replies in a row never open alike', (_name, c) => {
    const said = replies(c.texts);
    for (const line of said) expect(line).not.toMatch(/menurut saya/u);
    const bigger = section(c.texts, 'pushback').findIndex((l) => l.includes('pengembalian dana yang lebih besar'));
    if (bigger >= 0) expect(section(c.texts, 'pushback')[bigger + 1]).toMatch(/^Anda: Jumlah itu \S+ persen dari pembayaran (?:pihak )?(?:Bapak|Ibu|Bapak\/Ibu), sebanding/u);
    const opener = (l: string) => l.split(/[,.]/u)[0];
    for (let i = 1; i < said.length; i++) expect(opener(said[i]!), said.join(' | ')).not.toBe(opener(said[i - 1]!));
  });
});

describe('Indonesian checklist: the days of work still owed are a step of their own (review 8, B6)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const items = c.texts.handover.join('\n');
    if (c.situation === 'now 15 % later') expect(items).toContain('Tetap kerjakan pekerjaan yang sedang berjalan sampai Jumat, 11 Desember 2026, lalu kirim semua berkas hasil kerja');
    else expect(items).not.toContain('Tetap kerjakan pekerjaan yang sedang berjalan');
    if (c.situation === 'now 100 % later') expect(items).toContain('Sampai Jumat, 4 Desember 2026, urus serah terima');
    // An item is ticked on its own: the invoice names its date rather than "tanggal tersebut".
    if (c.situation === 'serve later') expect(items).toContain('Kirim tagihan akhir untuk pekerjaan hingga Senin, 7 Desember 2026, setelah kontrak berakhir');
    expect(items).not.toContain('tanggal tersebut');
  });
});

describe('Indonesian pushback: the client offering more money speaks as themself or as the company (review 8 #9)', () => {
  it.each(cases.filter((c) => !c.name.includes('overcommunication')).map((c) => [c.name, c] as const))('%s', (name, c) => {
    const lines = section(c.texts, 'pushback').join('\n');
    expect(lines).toContain(name.startsWith('person') ? 'Klien: “Saya siap menaikkan bayarannya.' : 'Klien: “Kami siap menaikkan bayarannya.');
  });
});
