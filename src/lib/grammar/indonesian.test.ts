import { describe, expect, it } from 'vitest';
import fixtures from '../../../tests/fixtures/names-id.json';
import { addressId, idTitles, type IdTitle } from './indonesian.ts';

function asTitle(value: string): IdTitle {
  if (!(idTitles as readonly string[]).includes(value)) throw new Error(`not a title: ${value}`);
  return value as IdTitle;
}

describe('addressId() — fixture table', () => {
  it('covers at least 40 names', () => {
    expect(fixtures.addresses.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.addresses)('$name + "$title" → "$expected" ($note)', ({ name, title, expected }) => {
    expect(addressId(name, asTitle(title))).toBe(expected);
  });
});

describe('addressId()', () => {
  it('never returns "undefined"', () => {
    expect(addressId(undefined as unknown as string, 'Bapak')).toBe('');
    expect(addressId('Budi', undefined)).toBe('Budi');
    expect(addressId('Budi', 'Sdr.' as IdTitle)).toBe('Budi');
  });

  it('lists the titles for a UI', () => {
    expect(idTitles).toEqual(['', 'Bapak', 'Ibu']);
  });
});
