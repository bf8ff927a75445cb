import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../i18n/locales.ts';
import { resources } from '../../i18n/resources.ts';
import { flatten } from '../i18n-parity.ts';
import { callText, composeScript, followUpText, handoverText, type ScriptTexts } from './compose.ts';
import { contractModes, emptyInput, reasonIds, tones, type ScriptInput } from './input.ts';
import { defaultTitle, nameFormatters } from './names.ts';
import { addressFor, tFor } from './test-setup.ts';

const names: Record<Lang, { client: string; title: string; you: string; business: string }> = {
  ko: { client: '김민수', title: '대표님', you: '이지은', business: '지은디자인' },
  tr: { client: 'Ahmet Yılmaz', title: 'Bey', you: 'Zeynep Kaya', business: 'Kaya Tasarım' },
  id: { client: 'Budi Santoso', title: 'Bapak', you: 'Sari Dewi', business: 'Studio Sari' },
};

function input(lang: Lang, over: Partial<ScriptInput> = {}): ScriptInput {
  return {
    ...emptyInput(lang, defaultTitle[lang]),
    ...names[lang],
    reasons: ['time'],
    endDate: '2026-12-31',
    fee: '3000000',
    completed: '40',
    referrals: [{ name: 'Mina Park', contact: 'mina@example.com' }],
    ...over,
  };
}

function allText(texts: ScriptTexts): string {
  return [callText(texts, 'x'), followUpText(texts), handoverText(texts, 'x'), texts.clause].join('\n');
}

/** Nothing that looks like a template slot, a missing value or a broken join. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/ ,|,,|\(\s*\)|\.\s*\./);
  expect(text).not.toMatch(/^\s*[,.;:]/m);
}

describe('composeScript() for every reasons × contract × tone × language', () => {
  const cases: [Lang, string, string, string][] = [];
  for (const lang of langs) for (const reason of reasonIds) for (const contract of contractModes) for (const tone of tones) cases.push([lang, reason, contract, tone]);

  it.each(cases)('%s %s %s %s', (lang, reason, contract, tone) => {
    const texts = composeScript(
      input(lang, { reasons: [reason as ScriptInput['reasons'][number]], contract: contract as ScriptInput['contract'], tone: tone as ScriptInput['tone'] }),
      tFor(lang),
      addressFor(lang),
    );
    const text = allText(texts);
    expectClean(text);
    expect(texts.call.map((s) => s.id)).toEqual(['opening', 'decision', 'reasons', 'next', 'referrals', 'thanks', 'close', 'pushback']);
    for (const section of texts.call) for (const line of section.lines) expect(line.trim().length, `${section.id}`).toBeGreaterThan(3);
    expect(text).toContain(names[lang].you);
    if (contract === 'end-now') expect(texts.refund?.amount).toBe(1_800_000);
    else expect(texts.refund).toBeUndefined();
  });
});

describe('optional fields', () => {
  it.each(langs)('%s: no business, no facts and no referrals leave no gap', (lang) => {
    const texts = composeScript(input(lang, { business: '', facts: '', referrals: [], reasons: ['fit', 'aggression'] }), tFor(lang), addressFor(lang));
    const text = allText(texts);
    expectClean(text);
    expect(text).not.toContain(names[lang].business);
  });

  it.each(langs)('%s: all reasons, facts, three referrals and a business together', (lang) => {
    const texts = composeScript(
      input(lang, {
        reasons: [...reasonIds],
        facts: 'Last month: 14 calls after 22:00.',
        referrals: [{ name: 'A Studio', contact: '010-1234-5678' }, { name: 'B Works', contact: '' }, { name: 'C Lab', contact: 'c@lab.example' }],
      }),
      tFor(lang),
      addressFor(lang),
    );
    const text = allText(texts);
    expectClean(text);
    expect(text).toContain('14 calls after 22:00');
    for (const n of ['A Studio', 'B Works', 'C Lab']) expect(text).toContain(n);
    expect(texts.call.find((s) => s.id === 'reasons')?.lines.length).toBe(1 + reasonIds.length + 1);
  });

  it.each(langs)('%s: full refund and completed work pick their own sentences', (lang) => {
    const none = composeScript(input(lang, { contract: 'end-now', completed: '0' }), tFor(lang), addressFor(lang));
    expect(none.refund?.amount).toBe(3_000_000);
    const done = composeScript(input(lang, { contract: 'end-now', completed: '100' }), tFor(lang), addressFor(lang));
    expect(done.refund?.amount).toBe(0);
    expect(done.handover.join('\n')).not.toContain(done.refund?.amountText ?? '#');
    expectClean(allText(none));
    expectClean(allText(done));
  });

  it.each(langs)('%s: blocking contact is suggested only for a toxic client', (lang) => {
    const block = flatten(resources[lang]['script'] ?? {}).get('handover.block');
    expect(composeScript(input(lang, { reasons: ['aggression'] }), tFor(lang), addressFor(lang)).handover).toContain(block);
    expect(composeScript(input(lang, { reasons: ['unprofitable'] }), tFor(lang), addressFor(lang)).handover).not.toContain(block);
  });
});

describe('names in the texts', () => {
  it('Korean attaches particles and the honorific to the whole address', () => {
    const text = allText(composeScript(input('ko'), tFor('ko'), addressFor('ko')));
    expect(text).toContain('김민수 대표님');
    expect(text).not.toMatch(/김민수 대표님(을\(를\)|이\(가\)|은\(는\))/);
  });
  it('Turkish inflects the title, not the name', () => {
    const texts = composeScript(input('tr', { client: 'Ayşe Demir', title: 'Hanım' }), tFor('tr'), addressFor('tr'));
    expect(allText(texts)).toContain('Ayşe Demir Hanım');
  });
  it('Indonesian puts Bapak/Ibu before the name', () => {
    expect(allText(composeScript(input('id'), tFor('id'), addressFor('id')))).toContain('Bapak Budi Santoso');
  });
  it('the same input can be written in another language than the page', () => {
    const texts = composeScript({ ...input('id'), client: '김민수', title: 'Bapak' }, tFor('id'), addressFor('id'));
    expect(texts.lang).toBe('id');
    expect(allText(texts)).toContain('Bapak 김민수');
  });
});

describe('the templates', () => {
  const known = new Set(Object.keys(nameFormatters()));
  it.each(langs)('%s uses only formatters that exist', (lang) => {
    const used = [...JSON.stringify(resources[lang]['script']).matchAll(/\{\{\s*\w+\s*,\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? '');
    expect(used.filter((f) => !known.has(f))).toEqual([]);
  });
});

describe('Korean register', () => {
  const sentences = (texts: ScriptTexts) => [
    ...texts.call.filter((s) => s.id !== 'pushback').flatMap((s) => s.lines),
    ...texts.call.filter((s) => s.id === 'pushback').flatMap((s) => s.lines.filter((_, i) => i % 2 === 1)),
    ...texts.followUp.body.split('\n').slice(0, -2),
  ].flatMap((line) => line.split(/(?<=[.?!])\s+/)).filter((s) => /[가-힣][.?!]$/.test(s));

  it.each(contractModes)('keeps the warm texts in 해요체 and the formal ones in 합니다체 (%s)', (contract) => {
    const base = input('ko', { contract, reasons: [...reasonIds], facts: '지난달 밤 10시 이후 전화 14통.' });
    const warm = sentences(composeScript({ ...base, tone: 'warm' }, tFor('ko'), addressFor('ko')));
    const formal = sentences(composeScript({ ...base, tone: 'formal' }, tFor('ko'), addressFor('ko')));
    expect(warm.filter((s) => /니다[.?!]$|니까[.?!]$/.test(s))).toEqual([]);
    expect(formal.filter((s) => /요[.?!]$/.test(s))).toEqual([]);
  });
});
