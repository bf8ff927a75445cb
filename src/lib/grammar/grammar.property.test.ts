/**
 * Property tests over random Unicode: whatever a reader types, the grammar
 * returns text, never JavaScript internals, never an empty slot for a name
 * that has a letter or digit, and never a bidi control.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILY, INTERNALS, anyText } from '../property-arbitraries.ts';
import { hasLetterOrDigit } from '../text-hygiene.ts';
import { addressId, idTitles } from './indonesian.ts';
import { addressKo, koParticles, koTitles, particle } from './korean.ts';
import { normalizeName } from './normalize.ts';
import { addressTr, inflectName, trCases, trTitles } from './turkish.ts';

const RUNS = { numRuns: 200 };
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function expectSound(input: string, output: string): void {
  expect(typeof output).toBe('string');
  expect(output).not.toMatch(INTERNALS);
  expect(output).not.toMatch(BIDI);
  expect(output).not.toMatch(LONE_SURROGATE);
  if (hasLetterOrDigit(normalizeName(input))) expect(hasLetterOrDigit(output), `"${input}" → "${output}"`).toBe(true);
  if (input.includes(FAMILY)) expect(output).toContain(FAMILY);
}

describe('grammar over random Unicode', () => {
  it('Korean particles and address', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...koParticles), fc.constantFrom(...koTitles), (name, p, title) => {
        expectSound(name, particle(name, p));
        expectSound(name, addressKo(name, title, p));
      }),
      RUNS,
    );
  });
  it('Turkish case endings and address', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...trCases), fc.constantFrom(...trTitles), (name, c, title) => {
        expectSound(name, inflectName(name, c));
        expectSound(name, addressTr(name, title, c));
        expectSound(name, addressTr(name, title));
      }),
      RUNS,
    );
  });
  it('Indonesian address', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...idTitles), (name, title) => {
        expectSound(name, addressId(name, title));
      }),
      RUNS,
    );
  });
  it('normalizeName is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeName(normalizeName(text))).toBe(normalizeName(text));
      }),
      RUNS,
    );
  });
});
