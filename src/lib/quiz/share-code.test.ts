import { describe, expect, it } from 'vitest';
import cases from '../../../tests/fixtures/quiz-cases.json';
import { decodeAnswers, encodeAnswers } from './share-code.ts';
import { caseAnswers, type QuizCase } from './fixtures.ts';
import { loadQuiz } from './test-helpers.ts';

const toxic = loadQuiz('toxic-client');
const readiness = loadQuiz('readiness');
const named = cases['toxic-client'] as Record<string, QuizCase>;

describe('share codes', () => {
  it.each(Object.keys(named))('round-trip the %s case', (name) => {
    const answers = caseAnswers(toxic, named[name]!);
    const code = encodeAnswers(toxic, answers);
    expect(code).toMatch(/^[0-9a-z]+$/);
    expect(decodeAnswers(toxic, code)).toEqual(answers);
  });

  const code = encodeAnswers(toxic, caseAnswers(toxic, named['demanding-but-established']!));

  it('reject a changed answer digit', () => {
    const tampered = code.slice(0, 3) + (code[3] === '0' ? '1' : '0') + code.slice(4);
    expect(decodeAnswers(toxic, tampered)).toBeNull();
  });
  it('reject truncated, padded, empty and foreign codes', () => {
    expect(decodeAnswers(toxic, code.slice(0, -1))).toBeNull();
    expect(decodeAnswers(toxic, `${code}0`)).toBeNull();
    expect(decodeAnswers(toxic, '')).toBeNull();
    expect(decodeAnswers(toxic, '<script>alert(1)</script>')).toBeNull();
  });
  it('reject a digit beyond the options even with a matching length', () => {
    expect(decodeAnswers(toxic, `1${'z'.repeat(toxic.questions.length)}0`)).toBeNull();
  });
  it('reject another quiz\'s code', () => {
    const other = encodeAnswers(readiness, caseAnswers(readiness, { answers: 'first', band: 'ready' }));
    expect(decodeAnswers(toxic, other)).toBeNull();
  });
  it('refuse to encode incomplete answers', () => {
    expect(() => encodeAnswers(toxic, {})).toThrow();
  });
});
