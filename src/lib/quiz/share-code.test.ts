import { describe, expect, it } from 'vitest';
import cases from '../../../tests/fixtures/quiz-cases.json';
import { crc24, decodeAnswers, encodeAnswers, encodeLegacy } from './share-code.ts';
import { caseAnswers, type QuizCase } from './fixtures.ts';
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';
import { loadQuiz } from './test-helpers.ts';

const toxic = loadQuiz('toxic-client');
const readiness = loadQuiz('readiness');
const named = cases['toxic-client'] as Record<string, QuizCase>;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A small seeded generator, so the "random" samples are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(quiz: Quiz, random: () => number): Answers {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[Math.floor(random() * q.options.length)]!.id]));
}

/** Every code that differs from `code` by one substitution, deletion, insertion or swap of neighbours. */
function* singleEdits(code: string): Generator<string> {
  for (let i = 0; i < code.length; i++) {
    for (const ch of ALPHABET) if (ch !== code[i]) yield code.slice(0, i) + ch + code.slice(i + 1);
    yield code.slice(0, i) + code.slice(i + 1);
    if (i + 1 < code.length && code[i] !== code[i + 1]) yield code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
  }
  for (let i = 0; i <= code.length; i++) for (const ch of ALPHABET) yield code.slice(0, i) + ch + code.slice(i);
}

/** One to three random substitutions, insertions or deletions. */
function randomEdit(code: string, random: () => number): string {
  let out = code;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * (out.length + 1));
    const ch = ALPHABET[Math.floor(random() * ALPHABET.length)]!;
    const kind = random();
    if (kind < 0.6 && i < out.length) out = out.slice(0, i) + ch + out.slice(i + 1);
    else if (kind < 0.8) out = out.slice(0, i) + ch + out.slice(i);
    else out = out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

/** Every answer combination of a quiz (readiness has 3^6 = 729). */
function* allAnswers(quiz: Quiz, i = 0, acc: Answers = {}): Generator<Answers> {
  const q = quiz.questions[i];
  if (!q) {
    yield { ...acc };
    return;
  }
  for (const o of q.options) yield* allAnswers(quiz, i + 1, { ...acc, [q.id]: o.id });
}

describe('share codes', () => {
  it('CRC-24 matches the OpenPGP check value', () => expect(crc24('123456789')).toBe(0x21cf02));

  it.each(Object.keys(named))('round-trip the %s case', (name) => {
    const answers = caseAnswers(toxic, named[name]!);
    const code = encodeAnswers(toxic, answers);
    expect(code).toMatch(/^2[0-9a-z]+$/);
    expect(code).toHaveLength(toxic.questions.length + 6);
    expect(decodeAnswers(toxic, code)).toEqual(answers);
  });

  it('old links (version 1, one check digit) still open', () => {
    for (const name of Object.keys(named)) {
      const answers = caseAnswers(toxic, named[name]!);
      expect(decodeAnswers(toxic, encodeLegacy(toxic, answers))).toEqual(answers);
    }
    // The exact link from the QA report (2.8).
    expect(decodeAnswers(readiness, '1000000w')).not.toBeNull();
  });

  it('readiness: every single-character edit of every possible code is refused', () => {
    let tried = 0;
    for (const answers of allAnswers(readiness)) {
      const code = encodeAnswers(readiness, answers);
      expect(decodeAnswers(readiness, code)).toEqual(answers);
      for (const edited of singleEdits(code)) {
        tried++;
        if (decodeAnswers(readiness, edited) !== null) throw new Error(`edited code accepted: ${code} → ${edited}`);
      }
    }
    expect(tried).toBeGreaterThan(600_000);
  }, 60_000);

  it('toxic-client: every single-character edit of 200 random codes is refused', () => {
    const random = mulberry32(8);
    for (let n = 0; n < 200; n++) {
      const code = encodeAnswers(toxic, randomAnswers(toxic, random));
      for (const edited of singleEdits(code)) {
        if (decodeAnswers(toxic, edited) !== null) throw new Error(`edited code accepted: ${code} → ${edited}`);
      }
    }
  }, 60_000);

  it('200,000 random multi-character edits are all refused', () => {
    const random = mulberry32(2026);
    let refused = 0;
    let tried = 0;
    while (tried < 200_000) {
      const quiz = random() < 0.5 ? toxic : readiness;
      const code = encodeAnswers(quiz, randomAnswers(quiz, random));
      const edited = randomEdit(code, random);
      if (edited === code) continue;
      tried++;
      if (decodeAnswers(quiz, edited) === null) refused++;
    }
    expect(refused).toBe(tried);
  }, 60_000);

  it('reject truncated, padded, empty and foreign codes', () => {
    const code = encodeAnswers(toxic, caseAnswers(toxic, named['demanding-but-established']!));
    expect(decodeAnswers(toxic, code.slice(0, -1))).toBeNull();
    expect(decodeAnswers(toxic, `${code}0`)).toBeNull();
    expect(decodeAnswers(toxic, '')).toBeNull();
    expect(decodeAnswers(toxic, '<script>alert(1)</script>')).toBeNull();
  });
  it('reject a digit beyond the options even with a matching length', () => {
    expect(decodeAnswers(toxic, `2${'z'.repeat(toxic.questions.length)}00000`)).toBeNull();
  });
  it("reject another quiz's code", () => {
    const other = encodeAnswers(readiness, caseAnswers(readiness, { answers: 'first', band: 'ready' }));
    expect(decodeAnswers(toxic, other)).toBeNull();
  });
  it('refuse to encode incomplete answers', () => {
    expect(() => encodeAnswers(toxic, {})).toThrow();
  });
});
