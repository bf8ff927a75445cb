import { describe, expect, it } from 'vitest';
import { exampleBeforeStart } from './example-before-start.ts';
import type { ScriptInput } from './input.ts';

type Case = Pick<ScriptInput, 'contract' | 'completed' | 'facts' | 'reasons' | 'factsFor'>;
const base: Case = { contract: 'end-now', completed: '0', facts: 'revisi animasi sudah tujuh kali', reasons: ['free-work'], factsFor: '' };

describe('exampleBeforeStart', () => {
  it('notes an example typed for a project at 0 %', () => {
    expect(exampleBeforeStart(base)).toBe(true);
    expect(exampleBeforeStart({ ...base, completed: ' 0 % ' })).toBe(true);
    expect(exampleBeforeStart({ ...base, completed: '0%' })).toBe(true);
  });

  it('says nothing once some of the work is done, or while the percentage is empty or unreadable', () => {
    for (const completed of ['1', '40', '100', '', 'abc', '-0', '0.5']) expect(exampleBeforeStart({ ...base, completed }), completed).toBe(false);
  });

  it('says nothing without an example, or with blank space only', () => {
    expect(exampleBeforeStart({ ...base, facts: '' })).toBe(false);
    expect(exampleBeforeStart({ ...base, facts: ' \n ' })).toBe(false);
  });

  it('says nothing when the contract is served to its end (the texts then never say the work has not started)', () => {
    expect(exampleBeforeStart({ ...base, contract: 'serve-until-end' })).toBe(false);
  });

  it('follows the reason the example illustrates: an aggression example is not read aloud', () => {
    expect(exampleBeforeStart({ ...base, reasons: ['aggression'] })).toBe(false);
    expect(exampleBeforeStart({ ...base, reasons: ['aggression', 'time'], factsFor: 'aggression' })).toBe(false);
    expect(exampleBeforeStart({ ...base, reasons: ['aggression', 'time'], factsFor: 'time' })).toBe(true);
    // The chosen reason was unticked: the example follows the first ticked one.
    expect(exampleBeforeStart({ ...base, reasons: ['aggression', 'time'], factsFor: 'fit' })).toBe(false);
    expect(exampleBeforeStart({ ...base, reasons: ['time', 'aggression'], factsFor: 'fit' })).toBe(true);
  });

  it('says nothing before any reason is ticked', () => {
    expect(exampleBeforeStart({ ...base, reasons: [] })).toBe(false);
  });
});
