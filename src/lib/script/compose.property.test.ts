/**
 * Property tests for composing the texts: any input a reader could type, read
 * the way the form reads it (inputFromParams, with its hygiene) and accepted by
 * validateInput, gives texts in all three output languages with no template
 * slot, no JavaScript internals, no bidi control and no empty slot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langs } from '../../i18n/locales.ts';
import { INTERNALS, TRICKY, anyText, nameLike } from '../property-arbitraries.ts';
import { callText, composeScript, followUpText, handoverText, type ScriptTexts } from './compose.ts';
import { contractModes, inputFromParams, reasonIds, tones, validateInput, type ScriptInput } from './input.ts';
import { titlesFor } from './names.ts';
import { addressFor, tFor } from './test-setup.ts';

const RUNS = { numRuns: 200 };
const TODAY = '2026-01-01';

function allText(texts: ScriptTexts): string {
  return [callText(texts, 'x'), followUpText(texts), handoverText(texts, 'x'), texts.clause].join('\n');
}

const goodFees = fc.constantFrom('3000000', '1.250.000', '1,250,000', '125만', '1억 2천만', '45 bin', '1,5 milyon', '2 juta', '750rb', '3.000.000,00');
const anyFee = fc.oneof({ weight: 3, arbitrary: goodFees }, fc.constantFrom('Rp 2 juta', '45 bin TL', '-500000', '1e9', '0.001', '0'), anyText);

/** Form fields as the URL or the form would carry them. */
function params(fields: {
  client: string; title: string; you: string; business: string; facts: string; referrals: [string, string][];
  reasons: string[]; contract: string; fee: string; completed: string; tone: string; lang: string; notice: string;
}): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['client', 'title', 'you', 'business', 'facts', 'contract', 'fee', 'completed', 'tone', 'lang', 'notice'] as const) p.set(key, fields[key]);
  p.set('reasons', fields.reasons.join(','));
  p.set('endDate', '2030-01-31');
  for (const [name, contact] of fields.referrals) {
    p.append('referrals', name);
    p.append('referralContacts', contact);
  }
  return p;
}

/** A form with names from `name` and free text from `free`; `strict`: every other field valid too. */
function formOf(name: fc.Arbitrary<string>, free: fc.Arbitrary<string>, strict: boolean) {
  const mostly = (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>) => (strict ? good : fc.oneof({ weight: 4, arbitrary: good }, bad));
  return fc.constantFrom(...langs).chain((lang) =>
    fc.record({
      client: name,
      // Indonesian texts need Bapak or Ibu for a person, Turkish ones Bey or Hanım (validateInput asks);
      // a strict form gives one, a loose one mostly does.
      title: lang === 'ko' ? mostly(fc.constantFrom(...titlesFor[lang]), anyText)
        : strict ? fc.constantFrom(...titlesFor[lang].filter(Boolean))
        : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...titlesFor[lang].filter(Boolean)) }, fc.constantFrom(...titlesFor[lang]), anyText),
      you: name,
      business: fc.oneof(fc.constant(''), name),
      facts: free,
      referrals: fc.array(fc.tuple(name, free), { maxLength: 3 }),
      reasons: fc.subarray([...reasonIds], { minLength: 1 }),
      contract: fc.constantFrom(...contractModes),
      fee: strict ? goodFees : anyFee,
      completed: mostly(fc.integer({ min: 0, max: 100 }).map(String), anyText),
      tone: fc.constantFrom(...tones),
      lang: fc.constant(lang),
      notice: mostly(fc.integer({ min: 1, max: 14 }).map(String), anyText),
    }),
  );
}

/** The forms the texts name the client by (greeting, vocative, letter), none of them empty. */
function clientForms(input: ScriptInput): string[] {
  const a = addressFor(input.lang).addressee({ kind: input.kind, name: input.client, contact: input.contact, title: input.title }, input.tone);
  return [a.greet, a.vocative, a.letter].filter((form) => form !== '');
}
const namesClient = (text: string, input: ScriptInput) => clientForms(input).some((form) => text.includes(form));

function compose(input: ScriptInput): string | undefined {
  if (validateInput(input, TODAY).length) return undefined;
  return allText(composeScript(input, tFor(input.lang), addressFor(input.lang)));
}

describe('composeScript() over random Unicode', () => {
  it('never shows a template slot, JavaScript internals or a bidi control', () => {
    let composed = 0;
    fc.assert(
      fc.property(formOf(fc.oneof(anyText, nameLike), anyText, false), (fields) => {
        const text = compose(inputFromParams(params(fields), 'ko'));
        if (text === undefined) return;
        composed += 1;
        expect(text).not.toMatch(INTERNALS);
        expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u);
        expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
      }),
      RUNS,
    );
    // The property means something only if many random inputs were accepted.
    expect(composed).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('leaves no empty slot for names as people write them', () => {
    fc.assert(
      fc.property(formOf(nameLike, fc.oneof(fc.constant(''), nameLike), true), (fields) => {
        const input = inputFromParams(params(fields), 'tr');
        const text = compose(input);
        expect(text, JSON.stringify(input)).toBeDefined();
        if (text === undefined) return;
        expect(text).not.toMatch(INTERNALS);
        // Punctuation with nothing before it, or an empty pair of brackets: a slot left empty.
        expect(text).not.toMatch(/ [,.;:!?]|,,|\(\s*\)|（\s*）|  /u);
        expect(text).not.toMatch(/^\s*[,.;:]/mu);
        expect(namesClient(text, input), JSON.stringify(clientForms(input))).toBe(true);
        expect(text).toContain(input.you.trim().replace(/\s+/gu, ' '));
      }),
      RUNS,
    );
  });

  it('reads every tricky input without throwing, in every output language', () => {
    for (const lang of langs) {
      for (const tricky of TRICKY) {
        const input = inputFromParams(params({
          client: tricky, title: '', you: tricky, business: tricky, facts: tricky, referrals: [[tricky, tricky]],
          reasons: ['time'], contract: 'end-now', fee: tricky, completed: '50', tone: 'warm', lang, notice: '14',
        }), lang);
        const text = compose(input);
        if (text === undefined) continue;
        expect(text).not.toMatch(INTERNALS);
        // An accepted name is never reduced to nothing by the grammar (QA 1.6: "안녕하세요, . ...입니다").
        const forms = clientForms(input);
        expect(forms.length).toBeGreaterThan(0);
        for (const form of forms) expect(form).toMatch(/[\p{L}\p{N}]/u);
        expect(namesClient(text, input)).toBe(true);
      }
    }
  });
});
