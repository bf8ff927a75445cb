import { describe, expect, it } from 'vitest';
import broken from '../../tests/fixtures/i18n-broken.json';
import { checkParity, flatten, placeholders, pluralCategories, type Resources } from './i18n-parity.ts';

describe('pluralCategories()', () => {
  it('knows ko and id have only "other" and tr has "one" and "other"', () => {
    expect(pluralCategories('ko')).toEqual(['other']);
    expect(pluralCategories('id')).toEqual(['other']);
    expect(pluralCategories('tr')).toEqual(['one', 'other']);
  });
});

describe('placeholders()', () => {
  it('finds interpolations by name, ignoring formatters, and nesting', () => {
    expect([...placeholders('{{client, 을/를}} {{ count }} $t(common:x)')].sort()).toEqual(['$t(common:x)', 'client', 'count']);
    expect([...placeholders("{{client, dat}} {{client}}")]).toEqual(['client']);
  });
});

describe('flatten()', () => {
  it('turns nested messages into dotted keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' }).keys()]).toEqual(['a.b', 'a.c.d', 'e']);
  });
});

describe('checkParity() on the deliberately broken fixture', () => {
  const issues = checkParity(broken as unknown as Resources, 'ko');
  const found = (lang: string, kind: string, key = '') => issues.some((i) => i.lang === lang && i.kind === kind && i.key === key);

  it('reports a placeholder renamed in a translation', () => expect(found('tr', 'placeholders', 'greeting')).toBe(true));
  it('reports the tr "one" plural form as missing', () => expect(found('tr', 'missing', 'results_one')).toBe(true));
  it('reports an empty string (i18next treats it as missing)', () => expect(found('tr', 'empty', 'nav.home')).toBe(true));
  it('reports keys the reference lacks', () => expect(found('tr', 'extra', 'stray')).toBe(true));
  it('reports a namespace the reference lacks', () => expect(found('tr', 'extra-namespace')).toBe(true));
  it('reports a missing key', () => expect(found('id', 'missing', 'greeting')).toBe(true));
  it('reports a plural category the language does not have', () => expect(found('id', 'extra', 'results_one')).toBe(true));
  it('finds nothing wrong with the reference language itself', () => expect(issues.filter((i) => i.lang === 'ko')).toEqual([]));
});

describe('checkParity() on agreeing resources', () => {
  it('returns no issues', () => {
    const ok: Resources = {
      ko: { common: { a: '{{x}}', n_other: '{{count}}개' } },
      tr: { common: { a: '{{x}}!', n_one: 'bir tane', n_other: '{{count}} tane' } },
      id: { common: { a: '{{x}}.', n_other: '{{count}} buah' } },
    };
    expect(checkParity(ok, 'ko')).toEqual([]);
  });
});

describe('checkParity() and tone variants', () => {
  it('lets a language refine a key per tone, or not, but checks the variant\'s placeholders', () => {
    const res: Resources = {
      ko: { toned: { a: '{{x}}다', a_warm: '{{x}}요', b_formal: 'f', b_warm: 'w' } },
      tr: { toned: { a: '{{x}}', b_formal: 'f', b_warm: 'w' } },
      id: { toned: { a: '{{x}}', a_formal: '{{y}}', b_formal: 'f', b_warm: 'w' } },
    };
    expect(checkParity(res, 'ko').map((i) => `${i.lang}:${i.key}:${i.kind}`)).toEqual(['id:a_formal:placeholders']);
  });
  it('compares only the keys of the natively written generator templates, not their placeholders', () => {
    const res: Resources = {
      ko: { script: { a: '{{greet}}, 안녕하세요.' } },
      tr: { script: { a: 'İyi günler {{greet}}.' } },
      id: { script: { a: 'Apakah {{you}} ada waktu?' } },
    };
    expect(checkParity(res, 'ko')).toEqual([]);
    expect(checkParity({ ...res, id: { script: {} } }, 'ko').map((i) => `${i.lang}:${i.key}:${i.kind}`)).toEqual(['id:a:missing']);
  });
  it('still requires tone keys that have no base', () => {
    const res: Resources = { ko: { s: { b_formal: 'f', b_warm: 'w' } }, tr: { s: { b_formal: 'f' } }, id: { s: { b_formal: 'f', b_warm: 'w' } } };
    expect(checkParity(res, 'ko').map((i) => `${i.lang}:${i.key}:${i.kind}`)).toEqual(['tr:b_warm:missing']);
  });
  it('lets a language add a generator situation refinement (X_sameDay, X_two_warm) only where X exists', () => {
    const res: Resources = {
      ko: { script: { files: 'k', several: 'k' } },
      tr: { script: { files: 't', several: 't' } },
      id: { script: { files: 'i', files_sameDay: 'i1', several: 'i', several_two: 'i2', several_two_warm: 'i3', orphan_two: 'x' } },
    };
    expect(checkParity(res, 'ko').map((i) => `${i.lang}:${i.key}:${i.kind}`)).toEqual(['id:orphan_two:extra']);
    // The reference language (ko) may have a refinement the others lack: optional for them too.
    const refHas: Resources = {
      ko: { script: { block: 'k', block_serving: 'k1' } },
      tr: { script: { block: 't' } },
      id: { script: { block: 'i', block_paid: 'i1', block_paid_later: 'i2' } },
    };
    expect(checkParity(refHas, 'ko')).toEqual([]);
    // Outside the generator's templates `_two` is a plural category the language may not have.
    const plain: Resources = { ko: { s: { n: 'k' } }, tr: { s: { n: 't' } }, id: { s: { n: 'i', n_two: 'i2' } } };
    expect(checkParity(plain, 'ko').map((i) => `${i.lang}:${i.key}:${i.kind}`)).toEqual(['id:n_two:extra']);
  });
});
