/**
 * Echoes where independently written pieces meet, over a broad matrix of inputs in all three languages
 * (see echo.ts for what counts as an echo). Echoes that exist today are listed in `knownEchoes` with the
 * exact sentence pair and why; the test fails on any NEW echo, and on a listed one that no longer occurs
 * (so the list is emptied as the templates are fixed). Findings are also written to the file named by
 * ECHO_REPORT, when set, for the reports in round10/echo-*.txt.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeScript, type ScriptTexts } from './compose.ts';
import { channels, emptyInput, tones, type ReasonId, type Referral, type ScriptInput } from './input.ts';
import { addressFor, tFor } from './test-setup.ts';
import { adjacentEchoes, ignoredWords, sameDateTwice, nameInTwoItems, sentences, thanksSentences, todayUntilThen } from './echo.ts';
import type { Lang } from '../../i18n/locales.ts';
import { knownEchoes, type KnownEcho } from './compose-echo.known.ts';

const TODAY = '2026-11-27';

interface People {
  defaultTitle: string;
  who: Record<'person' | 'org' | 'orgContact', Partial<ScriptInput>>;
  you: string;
  business: string;
  fee: string;
  referrals: Referral[];
  /** A typed example per reason, the way a reader would write it. */
  facts: Partial<Record<ReasonId, string>>;
}
const people: Record<Lang, People> = {
  ko: {
    defaultTitle: '님',
    who: {
      person: { kind: 'person', client: '윤성민', title: '팀장님' },
      org: { kind: 'organisation', client: '주식회사 새봄건축', contact: '', title: '' },
      orgContact: { kind: 'organisation', client: '한빛출판', contact: '이수진', title: '과장님' },
    },
    you: '정다은',
    business: '다은마케팅',
    fee: '3,300,000',
    referrals: [{ name: '글다움', contact: '010-4444-5555' }, { name: '문장공방', contact: '' }],
    facts: {
      overcommunication: '지난달에는 밤 11시 이후에 받은 카톡이 20건이 넘었습니다',
      'free-work': '지난달에 계약에 없던 현수막 시안 세 개를 추가로 만들었어요',
      aggression: '지난주 회의에서 큰 소리로 제 작업을 깎아내리셨습니다',
      time: '이번 달에만 수정 요청이 열두 번 들어왔습니다',
    },
  },
  tr: {
    defaultTitle: '',
    who: {
      person: { kind: 'person', client: 'Hakan Yurt', title: 'Bey' },
      org: { kind: 'organisation', client: 'Pınar Eğitim Ltd. Şti.', contact: '', title: '' },
      orgContact: { kind: 'organisation', client: 'Mavi Turizm A.Ş.', contact: 'Ece Yılmaz', title: 'Hanım' },
    },
    you: 'Gizem Tan',
    business: 'Tan Çizim',
    fee: '52.000',
    referrals: [{ name: 'Nur Aksu', contact: '0532 111 22 33' }, { name: 'Renk Atölye', contact: '' }],
    facts: {
      overcommunication: 'Son iki ayda mesai dışında 30 kez arandım',
      'free-work': 'Sözleşmede olmayan üç afişi ek ücret almadan hazırladım',
      aggression: 'Geçen haftaki toplantıda sesinizi yükselttiniz',
      time: 'Bu ay tasarımlar için on iki kez revizyon istendi',
    },
  },
  id: {
    defaultTitle: 'Bapak',
    who: {
      person: { kind: 'person', client: 'Andi Saputra', title: 'Bapak' },
      org: { kind: 'organisation', client: 'PT Samudra Logistik', contact: '', title: '' },
      orgContact: { kind: 'organisation', client: 'PT Samudra Logistik', contact: 'Siti Rahmawati', title: 'Ibu' },
    },
    you: 'Wulan Sari',
    business: 'Wulan Grafis',
    fee: '6.600.000',
    referrals: [{ name: 'Studio Garis', contact: '0812-3456-7890' }, { name: 'Rumah Kata', contact: '' }],
    facts: {
      overcommunication: 'bulan ini ada lebih dari 15 telepon setelah pukul 22.00',
      'free-work': 'bulan lalu saya membuat tiga desain spanduk yang tidak ada di kontrak',
      aggression: 'dalam rapat minggu lalu suara Bapak meninggi di depan tim',
      time: 'bulan ini ada dua belas kali permintaan revisi',
    },
  },
};

/** Progress 0 / part / 100, today or later, with the dates the same, different or absent; or serving out. */
const situations: Record<string, Partial<ScriptInput>> = {
  'now 0 % today': { contract: 'end-now', completed: '0' },
  'now 40 % today': { contract: 'end-now', completed: '40' },
  'now 40 % later, dates absent': { contract: 'end-now', completed: '40', lastDay: '2026-12-04' },
  'now 40 % later, dates same': { contract: 'end-now', completed: '40', lastDay: '2026-12-04', filesBy: '2026-12-04', refundBy: '2026-12-04' },
  'now 40 % later, dates different': { contract: 'end-now', completed: '40', lastDay: '2026-12-04', filesBy: '2026-12-07', refundBy: '2026-12-14' },
  'now 100 % today': { contract: 'end-now', completed: '100' },
  'now 100 % later': { contract: 'end-now', completed: '100', lastDay: '2026-12-04', filesBy: '2026-12-07' },
  'serve later': { contract: 'serve-until-end', endDate: '2027-01-15' },
  'serve today': { contract: 'serve-until-end', endDate: TODAY },
};
/** 1–3 reasons, with and without aggression; the typed example goes with the one marked by `factsFor`. */
const reasonSets: { reasons: ReasonId[]; factsFor?: ReasonId }[] = [
  { reasons: ['fit'] },
  { reasons: ['overcommunication'], factsFor: 'overcommunication' },
  { reasons: ['aggression', 'overcommunication'], factsFor: 'aggression' },
  { reasons: ['time', 'free-work', 'unprofitable'], factsFor: 'free-work' },
  { reasons: ['free-work', 'aggression', 'time'] , factsFor: 'time' },
];
/** None; one with and one without a contact; two mixed; two without; two with contacts. */
const referralSets = (p: People): Referral[][] => {
  const [a, b] = [p.referrals[0]!, p.referrals[1]!];
  const bare = (r: Referral) => ({ ...r, contact: '' });
  return [[], [a], [bare(b)], [a, bare(b)], [bare(a), bare(b)], [a, { ...b, contact: a.contact.replace(/\d$/u, '9') }]];
};

interface Case {
  name: string;
  input: ScriptInput;
  texts: ScriptTexts;
}

/** The matrix, sampled: every who × situation × referrals × reasons, with channel and tone rotating (all pairs occur). */
function casesFor(lang: Lang): Case[] {
  const p = people[lang];
  const t = tFor(lang);
  const grammar = addressFor(lang);
  const out: Case[] = [];
  let n = 0;
  for (const [w, who] of Object.entries(p.who))
    for (const [s, situation] of Object.entries(situations))
      for (const [ri, referrals] of referralSets(p).entries())
        for (const rs of reasonSets) {
          const channel = channels[n % channels.length]!;
          const tone = tones[Math.floor(n / channels.length) % tones.length]!;
          n++;
          const facts = rs.factsFor ? (p.facts[rs.factsFor] ?? '') : '';
          const input: ScriptInput = {
            ...emptyInput(lang, p.defaultTitle),
            you: p.you,
            business: p.business,
            fee: p.fee,
            reasons: rs.reasons,
            facts,
            factsFor: rs.factsFor ?? '',
            referrals,
            channel,
            tone,
            // Not n % 3: that would tie each refund method to one channel.
            refundMethod: (['bank', 'original', 'agreed'] as const)[Math.floor(n / 6) % 3]!,
            ...who,
            ...situation,
          };
          out.push({ name: `${w} · ${s} · ref${ri} · ${rs.reasons.join('+')}${facts ? ' (example)' : ''} · ${channel} · ${tone}`, input, texts: composeScript(input, t, grammar, { today: TODAY }) });
        }
  return out;
}

export interface Finding {
  /** Where: call, call.pushback, followUp, handover. */
  where: string;
  kind: string;
  what: string;
  a: string;
  b: string;
}

/** Every echo in one composed case. */
function findings(c: Case): Finding[] {
  const lang = c.input.lang;
  const i = c.input;
  const ignore = ignoredWords([i.client, i.contact, i.title, i.you, i.business, ...i.referrals.flatMap((r) => [r.name, r.contact])], lang);
  const out: Finding[] = [];
  const echoes = (where: string, lines: string[]) => {
    for (const e of adjacentEchoes(lines, lang, { ignore, sameForm: where !== 'handover' })) out.push({ where, ...e });
    for (const s of lines.flatMap((l) => sentences(l))) {
      const d = sameDateTwice(s, lang);
      if (d) out.push({ where, kind: 'date twice', what: d, a: s, b: s });
      if (todayUntilThen(s, lang)) out.push({ where, kind: 'today, until then', what: 'today … until then', a: s, b: s });
    }
  };
  const flow = c.texts.call.filter((s) => s.id !== 'pushback').flatMap((s) => s.lines);
  echoes('call', flow);
  // Pushback: a client's line and the answer echo on purpose (the answer takes up the question); each line alone.
  for (const line of c.texts.call.find((s) => s.id === 'pushback')?.lines ?? []) echoes('call.pushback', [line]);
  // The contract clause is not checked: a legal text repeats its defined terms (수행자, Hizmet Sağlayıcı,
  // Penyedia Jasa) and its verbs on purpose; every "echo" found there was one.
  const body = c.texts.followUp.body.split('\n').filter((l) => l.trim() !== '');
  echoes('followUp', body);
  // Checklist items: each item alone, and each with the next one (two steps in a row about the same thing).
  echoes('handover', c.texts.handover);
  // Two checklist items about the same referral.
  for (const e of nameInTwoItems(c.texts.handover, i.referrals.map((r) => r.name), lang)) out.push({ where: 'handover', ...e, kind: 'same referral twice' });
  for (const item of c.texts.handover) {
    const d = sameDateTwice(item, lang);
    if (d && sentences(item).length > 1) out.push({ where: 'handover', kind: 'date twice', what: d, a: item, b: item });
  }
  for (const [where, lines] of [['call', flow], ['followUp', body]] as const) {
    const thanks = thanksSentences(lines, lang);
    if (thanks.length > 1) out.push({ where, kind: 'thanks twice', what: 'thanks', a: thanks[0]!, b: thanks[1]! });
  }
  return out;
}

/** An echo is the repeated stem, phrase or check (`what`) in an exact pair of sentences. */
const key = (f: { what: string; a: string; b: string }) => `${f.what}\n${f.a}\n${f.b}`;

describe.each(['ko', 'tr', 'id'] as const)('%s: no echo where two pieces meet', (lang) => {
  const cases = casesFor(lang);
  const found = new Map<string, Finding & { cases: string[] }>();
  for (const c of cases)
    for (const f of findings(c)) {
      const k = key(f);
      const seen = found.get(k);
      if (seen) seen.cases.push(c.name);
      else found.set(k, { ...f, cases: [c.name] });
    }
  if (process.env['ECHO_REPORT']) writeFileSync(`${process.env['ECHO_REPORT']}-${lang}.json`, JSON.stringify([...found.values()], null, 1));
  const known = knownEchoes[lang].flatMap((k: KnownEcho) => k.pairs.map(([a, b]) => ({ what: k.what, a, b })));

  it(`composes a broad matrix (${cases.length} inputs)`, () => {
    expect(cases.length).toBeGreaterThan(800);
  });

  it('finds no echo beyond the known ones', () => {
    const knownKeys = new Set(known.map(key));
    const fresh = [...found.values()].filter((f) => !knownKeys.has(key(f)));
    // The message lists each new echo and, for an echo that is accepted for now, the entry to paste into
    // compose-echo.known.ts (with its reason filled in).
    const entries = fresh.map((f) => `    { what: ${JSON.stringify(f.what)}, why: 'TODO', pairs: [[${JSON.stringify(f.a)}, ${JSON.stringify(f.b)}]] },`);
    const message = fresh.map((f) => `[${f.where}] ${f.kind} «${f.what}» (${f.cases.length} inputs, e.g. ${f.cases[0]})\n  ${f.a}\n  ${f.b}`);
    expect(fresh.map((f) => f.what), [...message, '', 'compose-echo.known.ts entries:', ...entries].join('\n')).toEqual([]);
  });

  it('every known echo still occurs (remove the fixed pairs from compose-echo.known.ts)', () => {
    const stale = known.filter((k) => !found.has(key(k))).map((k) => `«${k.what}» ${k.a}\n  ${k.b}`);
    expect(stale, stale.join('\n')).toEqual([]);
  });
});
