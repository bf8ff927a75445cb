import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideExternalChange, echoOfLoad, planPrefill } from './decide.ts';
import { sameData } from './same.ts';
import { ownsKey } from './keys.ts';

interface Form {
  client: string;
  reasons: string[];
  tone: 'formal' | 'warm';
}
const blank: Form = { client: '', reasons: [], tone: 'formal' };

describe('decideExternalChange()', () => {
  const mine: Form = { client: 'Alice', reasons: ['time'], tone: 'formal' };
  it('ignores a change to what this tab already holds', () => {
    expect(decideExternalChange(mine, { ...mine, reasons: ['time'] }, blank)).toBe('ignore');
  });
  it('adopts the other tab when this form is blank (nothing to lose)', () => {
    expect(decideExternalChange(blank, mine, blank)).toBe('adopt');
  });
  it('offers the choice when both hold something different', () => {
    expect(decideExternalChange(mine, { ...mine, client: 'Bob' }, blank)).toBe('offer');
  });
  it('offers the choice when the other tab cleared a filled form', () => {
    expect(decideExternalChange(mine, null, blank)).toBe('offer');
  });
  it('ignores a removal while this form is blank', () => {
    expect(decideExternalChange(blank, null, blank)).toBe('ignore');
  });
  it('never adopts over a filled form (property)', () => {
    const form = fc.record({ client: fc.string(), reasons: fc.array(fc.constantFrom('time', 'fit')), tone: fc.constantFrom('formal' as const, 'warm' as const) });
    fc.assert(
      fc.property(form, fc.option(form, { nil: null }), (current, incoming) => {
        const decision = decideExternalChange(current, incoming, blank);
        if (!sameData(current, blank)) expect(decision).not.toBe('adopt');
        if (decision === 'ignore') expect(sameData(current, incoming ?? blank)).toBe(true);
      }),
    );
  });
});

describe('echoOfLoad()', () => {
  const draft: Form = { client: 'Kim', reasons: ['time'], tone: 'formal' };
  const started = 1_000_000;
  it('is the previous page\'s write arriving late: saved before this page started, the data it loaded', () => {
    expect(echoOfLoad(started - 5, { ...draft, reasons: ['time'] }, started, draft)).toBe(true);
  });
  it('is not an echo when saved after this page started (another tab changed it)', () => {
    expect(echoOfLoad(started, draft, started, draft)).toBe(false);
    expect(echoOfLoad(started + 1, draft, started, draft)).toBe(false);
  });
  it('is not an echo when the data differs from what this page loaded, however old', () => {
    expect(echoOfLoad(started - 5, { ...draft, client: 'Lee' }, started, draft)).toBe(false);
  });
  it('is not an echo when this page loaded nothing', () => {
    expect(echoOfLoad(started - 5, draft, started, undefined)).toBe(false);
  });
});

describe('planPrefill()', () => {
  it('fills blank fields and leaves nothing to choose', () => {
    const plan = planPrefill({ ...blank, client: 'Alice' }, { reasons: ['time', 'aggression'] }, blank);
    expect(plan.merged).toEqual({ client: 'Alice', reasons: ['time', 'aggression'], tone: 'formal' });
    expect(plan.conflicts).toEqual([]);
    expect(plan.filled).toEqual(['reasons']);
  });
  it('never replaces a typed field: it is a conflict, and only withLink has the link value', () => {
    const draft: Form = { client: 'Alice', reasons: ['fit'], tone: 'warm' };
    const plan = planPrefill(draft, { client: 'Bob', reasons: ['time'], tone: 'formal' }, blank);
    expect(plan.merged).toEqual(draft);
    expect(plan.conflicts).toEqual(['client', 'reasons', 'tone']);
    expect(plan.withLink).toEqual({ client: 'Bob', reasons: ['time'], tone: 'formal' });
  });
  it('a link value equal to the draft is neither filled nor a conflict', () => {
    const plan = planPrefill({ ...blank, client: 'Alice' }, { client: 'Alice' }, blank);
    expect(plan).toMatchObject({ conflicts: [], filled: [] });
  });
  it('merged keeps every typed value (property)', () => {
    const form = fc.record({ client: fc.string(), reasons: fc.array(fc.string()), tone: fc.constantFrom('formal' as const, 'warm' as const) });
    fc.assert(
      fc.property(form, fc.record({ client: fc.string(), reasons: fc.array(fc.string()) }, { requiredKeys: [] }), (draft, link) => {
        const plan = planPrefill(draft, link, blank);
        for (const key of Object.keys(draft) as (keyof Form)[]) {
          if (!sameData(draft[key], blank[key])) expect(plan.merged[key]).toEqual(draft[key]);
          if (link[key as 'client'] !== undefined) expect(plan.withLink[key]).toEqual(link[key as 'client']);
        }
      }),
    );
  });
});

describe('sameData() and ownsKey()', () => {
  it('compares JSON data structurally', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
  it('a tool owns its key and the keys below it only', () => {
    expect(ownsKey('quiz:readiness', 'quiz:readiness')).toBe(true);
    expect(ownsKey('script-generator', 'script-generator:backup')).toBe(true);
    expect(ownsKey('quiz:readiness', 'quiz:readiness-2')).toBe(false);
    expect(ownsKey('quiz:readiness', 'quiz:toxic-client')).toBe(false);
  });
});
