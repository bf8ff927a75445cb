import { describe, expect, it } from 'vitest';
import fixtures from '../../../tests/fixtures/names-ko.json';
import { addressKo, koParticles, koTitles, particle, type KoParticle } from './korean.ts';

function asParticle(value: string): KoParticle {
  if (!(koParticles as readonly string[]).includes(value)) throw new Error(`not a particle: ${value}`);
  return value as KoParticle;
}

const particleRows = fixtures.particles.flatMap((row) =>
  Object.entries(row.expected).map(([p, expected]) => ({ input: row.input, p, expected, rule: row.rule })),
);

const addressParticleRows = fixtures.addresses.flatMap((row) =>
  Object.entries(row.particles).map(([p, expected]) => ({ name: row.name, title: row.title, p, expected })),
);

describe('particle() — fixture table', () => {
  it('covers at least 40 names', () => {
    expect(fixtures.particles.length).toBeGreaterThanOrEqual(40);
  });

  it.each(particleRows)('$rule: $input + $p → $expected', ({ input, p, expected }) => {
    expect(particle(input, asParticle(p))).toBe(expected);
  });

  it.each(fixtures.otherParticles)('$input + $particle → $expected', ({ input, particle: p, expected }) => {
    expect(particle(input, asParticle(p))).toBe(expected);
  });
});

describe('addressKo() — fixture table', () => {
  it.each(fixtures.addresses)('$name + "$title" → "$expected"', ({ name, title, expected }) => {
    expect(addressKo(name, title)).toBe(expected);
  });

  it.each(addressParticleRows)('$name + "$title" + $p → "$expected"', ({ name, title, p, expected }) => {
    expect(addressKo(name, title, asParticle(p))).toBe(expected);
  });
});

describe('particle() — rules', () => {
  it('uses the ㄹ rule only for 으로/로 and its compounds', () => {
    expect(particle('서울', '으로/로')).toBe('서울로');
    expect(particle('서울', '으로서/로서')).toBe('서울로서');
    expect(particle('서울', '을/를')).toBe('서울을');
    expect(particle('50%', '을/를')).toBe('50%를');
    expect(particle('75%', '이/가')).toBe('75%가');
    expect(particle('HTML', '으로/로')).toBe('HTML로');
    expect(particle('IBM', '으로/로')).toBe('IBM으로');
  });

  it('writes the neutral form for scripts and symbols it cannot read', () => {
    expect(particle('東京', '을/를')).toBe('東京을(를)');
    expect(particle('C++', '이/가')).toBe('C++이(가)');
    expect(particle('G20', '은/는')).toBe('G20은(는)');
  });

  it('keeps the full stop of an abbreviation', () => {
    expect(particle('Acme Inc.', '을/를')).toBe('Acme Inc.를');
  });

  it('never returns "undefined" for missing input or an unknown particle', () => {
    expect(particle(undefined as unknown as string, '을/를')).toBe('');
    expect(particle(null as unknown as string, '이/가')).toBe('');
    expect(particle('김민수', '??' as KoParticle)).toBe('김민수');
    expect(addressKo(undefined as unknown as string, undefined)).toBe('');
  });

  it('normalises decomposed Hangul to NFC before choosing', () => {
    const decomposed = '서울'.normalize('NFD');
    expect(particle(decomposed, '으로/로')).toBe('서울로');
  });
});

describe('exports for a UI', () => {
  it('lists particles and titles', () => {
    expect(koParticles).toContain('께');
    expect(koParticles).toContain('이라고/라고');
    expect(koTitles[0]).toBe('');
    expect(koTitles).toEqual(expect.arrayContaining(['님', '씨', '대표님', '팀장님', '과장님', '선생님']));
  });
});
