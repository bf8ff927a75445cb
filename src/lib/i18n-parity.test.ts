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
