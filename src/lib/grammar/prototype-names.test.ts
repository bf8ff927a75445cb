/**
 * Names that are also properties of every JavaScript object must be read as
 * ordinary names in all three languages (QA 1.5: "İyi günler Ali function
 * Object() { [native code] }").
 */
import { describe, expect, it } from 'vitest';
import { addressId } from './indonesian.ts';
import { addressKo, koParticles, particle } from './korean.ts';
import { addressTr, inflectName, trCases } from './turkish.ts';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const internals = /function|\[object|native code|undefined|null/u;

describe.each(PROTOTYPE_NAMES)('%s is an ordinary name', (name) => {
  it('in Korean', () => {
    for (const p of koParticles) {
      const out = particle(name, p);
      expect(out.startsWith(name)).toBe(true);
      expect(out).not.toMatch(internals);
    }
    expect(addressKo(name, '님')).toBe(`${name} 님`);
    expect(addressKo(`김 ${name}`, '대표님', '께')).toBe(`김 ${name} 대표님께`);
  });
  it('in Turkish', () => {
    for (const c of trCases) {
      for (const text of [name, `Ali ${name}`]) {
        const out = inflectName(text, c);
        // A name ending in a symbol (__proto__) is left without an ending rather than given a wrong one.
        expect(out.startsWith(/\p{L}$/u.test(text) ? `${text}'` : text)).toBe(true);
        expect(out).not.toMatch(internals);
      }
    }
    expect(addressTr(`Ali ${name}`)).toBe(`Ali ${name}`);
    expect(addressTr(name, 'Bey')).toBe(`${name} Bey`);
    expect(addressTr(name, name as never)).toBe(name);
  });
  it('in Indonesian', () => {
    expect(addressId(name, 'Bapak')).toBe(`Bapak ${name}`);
    expect(addressId(`Pak ${name}`, 'Ibu')).toBe(`Bapak ${name}`);
    expect(addressId(`${name}.`, 'Ibu')).toBe(`Ibu ${name}`);
    expect(addressId(name, name as never)).toBe(name);
  });
});

describe('a business named "constructor" keeps its Turkish ending', () => {
  it('takes the ablative like any word ending in r', () => {
    expect(inflectName('constructor', 'abl')).toBe("constructor'dan");
  });
});
