import { describe, expect, it } from 'vitest';
import cases from '../../../tests/fixtures/quiz-cases.json';
import { quizSchema, type Quiz } from './schema.ts';
import { reasonsFor, scoreQuiz, unanswered } from './scoring.ts';
import { caseAnswers, type QuizCase } from './fixtures.ts';
import { loadQuiz } from './test-helpers.ts';

// A tiny quiz whose scores are easy to reason about: one dimension, one question
// with options worth 0..20 out of 20, so the overall score is exactly score/20.
function tinyQuiz(): Quiz {
  return quizSchema.parse({
    id: 'tiny',
    dimensions: [{ id: 'd', points: ['A2'], weight: 1 }],
    questions: [
      { id: 'q', dimension: 'd', options: Array.from({ length: 21 }, (_, i) => ({ id: `o${i}`, score: i })) },
      { id: 'm', modifier: true, options: [{ id: 'none', temper: 0 }, { id: 'some', temper: 0.2 }] },
    ],
    untempered: [],
    bands: [
      { id: 'low', upTo: 0.25 },
      { id: 'mid', upTo: 0.45 },
      { id: 'high', upTo: 0.65 },
      { id: 'top', upTo: 1 },
    ],
    floors: [],
    concernAt: 0.5,
  });
}

describe('scoreQuiz() at every band boundary', () => {
  const quiz = tinyQuiz();
  const band = (points: number, m = 'none') => scoreQuiz(quiz, { q: `o${points}`, m }).band;
  it.each([
    [0, 'low'], [5, 'low'], [6, 'mid'], [9, 'mid'], [10, 'high'], [13, 'high'], [14, 'top'], [20, 'top'],
  ])('%i/20 is %s', (points, expected) => expect(band(points)).toBe(expected));

  it('marks dimensions at or above concernAt as concerns', () => {
    expect(scoreQuiz(quiz, { q: 'o10', m: 'none' }).concerns).toEqual(['d']);
    expect(scoreQuiz(quiz, { q: 'o9', m: 'none' }).concerns).toEqual([]);
  });
});

describe('the relationship modifier', () => {
  const quiz = tinyQuiz();
  it('multiplies tempered dimensions by 1 − temper', () => {
    const r = scoreQuiz(quiz, { q: 'o20', m: 'some' });
    expect(r.factor).toBe(0.8);
    expect(r.dimensions[0]).toMatchObject({ raw: 1, score: 0.8 });
    expect(r.overall).toBe(0.8);
  });
  it('can move a result down a band', () => {
    expect(scoreQuiz(quiz, { q: 'o10', m: 'none' }).band).toBe('high');
    expect(scoreQuiz(quiz, { q: 'o10', m: 'some' }).band).toBe('mid');
  });
  it('leaves untempered dimensions alone', () => {
    const untempered = quizSchema.parse({ ...quiz, untempered: ['d'] });
    expect(scoreQuiz(untempered, { q: 'o20', m: 'some' }).overall).toBe(1);
  });
});

describe('floors', () => {
  it('lift the band when a dimension is bad enough', () => {
    const quiz = quizSchema.parse({
      ...tinyQuiz(),
      dimensions: [{ id: 'd', points: ['A2'], weight: 1 }, { id: 'e', points: ['A6'], weight: 9 }],
      questions: [...tinyQuiz().questions, { id: 'r', dimension: 'e', options: [{ id: 'x', score: 0 }, { id: 'y', score: 0 }] }],
      floors: [{ dimension: 'd', atLeast: 0.9, band: 'high' }],
    });
    expect(scoreQuiz(quiz, { q: 'o20', m: 'none', r: 'x' }).band).toBe('high');
    expect(scoreQuiz(quiz, { q: 'o17', m: 'none', r: 'x' }).band).toBe('low');
  });
});

describe('unanswered()', () => {
  it('lists missing and invalid answers', () => {
    expect(unanswered(tinyQuiz(), { q: 'o99' })).toEqual(['q', 'm']);
    expect(() => scoreQuiz(tinyQuiz(), {})).toThrow(/Unanswered/);
  });
});

for (const quizId of ['toxic-client', 'readiness'] as const) {
  describe(`the real ${quizId} quiz on its named cases`, () => {
    const quiz = loadQuiz(quizId);
    const named = cases[quizId] as Record<string, QuizCase>;
    it.each(Object.entries(named))('%s', (_name, c) => {
      expect(scoreQuiz(quiz, caseAnswers(quiz, c)).band).toBe(c.band);
      if (c.bandIfNew) {
        const fresh = { ...caseAnswers(quiz, c), tenure: 'under-3-months', history: 'always-like-this' };
        expect(scoreQuiz(quiz, fresh).band).toBe(c.bandIfNew);
      }
    });
  });
}

describe('the toxic-client quiz', () => {
  const quiz = loadQuiz('toxic-client');
  it('has 12 to 16 behaviour questions plus the relationship modifier', () => {
    const scored = quiz.questions.filter((q) => !('modifier' in q));
    expect(scored.length).toBeGreaterThanOrEqual(12);
    expect(scored.length).toBeLessThanOrEqual(16);
  });
  it('turns concerns into the generator\'s reasons, worst first and without repeats', () => {
    const all = scoreQuiz(quiz, caseAnswers(quiz, (cases['toxic-client'] as Record<string, QuizCase>)['all-worst']!));
    expect(reasonsFor(quiz, all)).toEqual(['aggression', 'overcommunication', 'time', 'free-work', 'unprofitable', 'fit']);
    const best = scoreQuiz(quiz, caseAnswers(quiz, (cases['toxic-client'] as Record<string, QuizCase>)['all-best']!));
    expect(reasonsFor(quiz, best)).toEqual([]);
  });
});
