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
  // Files due on the last day itself (the default): review 9 #9.
  'now 30 % later same day': { contract: 'end-now', completed: '30', lastDay: '2026-12-04' },
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
  it('covers every situation', () => expect(cases.length).toBe(3 * 7 * channels.length * tones.length * 3));

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
    if (c.situation === 'now 15 % later')
      expect(items).toContain('Lanjutkan pekerjaan yang sedang berjalan seperti biasa dan kirim semua berkas hasil kerja (hari kerja terakhir: Jumat, 11 Desember 2026; batas pengiriman berkas: Senin, 14 Desember 2026)');
    else if (c.situation === 'now 30 % later same day')
      expect(items).toContain('Lanjutkan pekerjaan yang sedang berjalan seperti biasa dan kirim semua berkas hasil kerja (hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Jumat, 4 Desember 2026)');
    else expect(items).not.toContain('Lanjutkan pekerjaan yang sedang berjalan');
    if (c.situation === 'now 100 % later') expect(items).toContain('Urus serah terima, jawab pertanyaan yang masih ada, dan kirim berkas final beserta berkas sumbernya (hari kerja terakhir: Jumat, 4 Desember 2026;');
    // Review 9 #9: no "kerjakan pekerjaan", and no "then … at the latest" naming the day already given
    // (same day or not, the dates stand as two labelled facts, never as "lalu kirim … paling lambat").
    for (const item of c.texts.handover) {
      expect(item).not.toMatch(/kerjakan pekerjaan/u);
      expect(item).not.toMatch(/lalu kirim[^;]*paling lambat/u);
      const dates = item.match(/(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d+ \S+ \d{4}/gu) ?? [];
      // A date written twice in one item is only allowed as the two labelled dates.
      if (new Set(dates).size < dates.length) expect(item, item).toMatch(/hari kerja terakhir: [^;]+; batas pengiriman berkas: /u);
    }
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

describe('Indonesian checklist: the two referral items never contradict each other (review 9 #8, first glance)', () => {
  const base: ScriptInput = { ...emptyInput('id', 'Bapak'), you: 'Wulan Sari', fee: '6.600.000', reasons: ['fit'], contract: 'end-now', completed: '30', kind: 'person', client: 'Wahyu Pratama', title: 'Bapak' };
  const sets = {
    mixed: [{ name: 'Rumah Buku', contact: 'rumahbuku@contoh.id' }, { name: 'Sunting Kita', contact: '' }],
    all: [{ name: 'Rumah Buku', contact: 'rumahbuku@contoh.id' }, { name: 'Sunting Kita', contact: '0812 3456 7890' }],
    none: [{ name: 'Rumah Buku', contact: '' }, { name: 'Sunting Kita', contact: '' }],
  };
  const combos = Object.entries(sets).flatMap(([set, referrals]) =>
    channels.flatMap((channel) => tones.map((tone) => [`${set} ${channel} ${tone}`, set, compose({ ...base, channel, tone, referrals })] as const)),
  );
  it.each(combos)('%s', (_name, set, x) => {
    const items = x.handover;
    // No item ever says "the providers you recommend" without naming them, twice over.
    for (const item of items) expect(item).not.toMatch(/penyedia jasa yang Anda rekomendasikan/u);
    const noContact = items.find((i) => i.startsWith('Siapkan kontak'));
    const check = items.find((i) => i.includes('periksa kembali kontak'));
    if (set === 'mixed') {
      expect(noContact).toBe('Siapkan kontak Sunting Kita, yang belum tercantum dalam ringkasan tertulis, lalu kirimkan jika klien memintanya');
      expect(check).toBeDefined();
    }
    if (set === 'all') expect(noContact).toBeUndefined();
    if (set === 'none') {
      expect(noContact).toBe('Siapkan kontak Rumah Buku dan Sunting Kita, yang belum tercantum dalam ringkasan tertulis, lalu kirimkan jika klien memintanya');
      expect(check).toBeUndefined();
    }
  });
});

describe('Indonesian checklist: the refund step sends the proof promised in the call; access stands on its own (review 9 #10, #11)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const item of c.texts.handover) {
      expect(item).not.toMatch(/hari yang sama|dan simpan bukti|lalu simpan bukti/u);
      if (/^(?:Pastikan nomor rekening|Kembalikan dana|Sepakati cara pengembalian)/u.test(item)) expect(item).toMatch(/kirim bukti(?: transfer)?nya kepada \S.* dan simpan salinannya$/u);
    }
  });
});
