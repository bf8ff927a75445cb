import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize.ts';

describe('normalizeName()', () => {
  it.each([
    ['  Ayşe   Yılmaz ', 'Ayşe Yılmaz'],
    ['Ayşe\u200bYılmaz', 'AyşeYılmaz'],
    ['\uFEFF김민수\u200d', '김민수'],
    ['Budi\u00a0\u3000Santoso', 'Budi Santoso'],
    ['Ibu\tSari\n', 'Ibu Sari'],
    ['\u202aAhmet\u202c', 'Ahmet'],
    ['\u202emoc.live@ti', 'moc.live@ti'],
    ['👩\u200d👩\u200d👧\u200d👦 Ayşe', '👩\u200d👩\u200d👧\u200d👦 Ayşe'],
    ['서울'.normalize('NFD'), '서울'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('turns non-strings into an empty string, and numbers into digits', () => {
    expect(normalizeName(undefined)).toBe('');
    expect(normalizeName(null)).toBe('');
    expect(normalizeName({})).toBe('');
    expect(normalizeName(Number.NaN)).toBe('');
    expect(normalizeName(42)).toBe('42');
  });
});
