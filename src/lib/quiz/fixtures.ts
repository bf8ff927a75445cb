/**
 * Named quiz cases (tests/fixtures/quiz-cases.json) turned into answers. Shared
 * by the unit tests and the end-to-end tests, so both exercise the same cases.
 * A case gives explicit answers for some questions and a rule for the rest:
 * "first" / "last" option, or an option position.
 */
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';

export interface QuizCase {
  about?: string;
  answers: 'first' | 'last' | Record<string, string>;
  rest?: 'first' | 'last' | number;
  band: string;
  bandIfNew?: string;
}

export function caseAnswers(quiz: Quiz, c: QuizCase): Answers {
  const explicit = typeof c.answers === 'object' ? c.answers : {};
  const rule = typeof c.answers === 'string' ? c.answers : (c.rest ?? 'first');
  const answers: Answers = {};
  for (const q of quiz.questions) {
    const pick = rule === 'first' ? 0 : rule === 'last' ? q.options.length - 1 : Math.min(rule, q.options.length - 1);
    answers[q.id] = explicit[q.id] ?? q.options[pick]?.id ?? '';
  }
  return answers;
}
