/**
 * What a quiz keeps in localStorage while the reader goes: their answers, where
 * they were, and whether "continue" leads back to the summary (so a reload in
 * the middle of changing an answer still returns there). Stored as a versioned
 * record (src/lib/storage/record.ts):
 *
 *   { v: 2, savedAt, tabId, data: { answers: { [questionId]: optionId }, step, returnToSummary } }
 *
 * The first format `{ v: 1, answers, step }` is still read. Saved data is
 * untrusted: anything malformed, or naming questions or options this quiz lacks,
 * is discarded (and the page says so) rather than crashing or showing a wrong result.
 * Lifecycle: written on every answer and step; removed by "clear my answers".
 */
import { readRecord, type RecordSpec } from '../storage/record.ts';
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';

export interface QuizState {
  answers: Answers;
  /** Index of the current step: 0..n-1 a question, n the summary, n+1 the result. */
  step: number;
  /** Changing one answer from the summary: "continue" goes back there. */
  returnToSummary: boolean;
}

export type Loaded = { status: 'none' } | { status: 'ok'; state: QuizState } | { status: 'discarded' };

export function storageKey(quiz: Pick<Quiz, 'id'>): string {
  return `quiz:${quiz.id}`;
}

function validState(quiz: Quiz, data: unknown): QuizState | null {
  if (typeof data !== 'object' || data === null) return null;
  const { answers, step, returnToSummary = false } = data as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > quiz.questions.length + 1) return null;
  if (typeof returnToSummary !== 'boolean') return null;
  const clean: Answers = {};
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = quiz.questions.find((q) => q.id === questionId);
    if (!question || typeof optionId !== 'string' || !question.options.some((o) => o.id === optionId)) return null;
    clean[questionId] = optionId;
  }
  return { answers: clean, step, returnToSummary };
}

export function quizSpec(quiz: Quiz): RecordSpec<QuizState> {
  return {
    version: 2,
    validate: (data) => validState(quiz, data),
    legacy: (parsed) => {
      const old = parsed as { v?: unknown } | null;
      return typeof old === 'object' && old !== null && old.v === 1 ? validState(quiz, { ...old, returnToSummary: false }) : null;
    },
  };
}

/** Read and validate what was stored under the quiz's key. */
export function loadState(quiz: Quiz, raw: string | null): Loaded {
  const read = readRecord(raw, quizSpec(quiz));
  if (read.status === 'ok') return { status: 'ok', state: read.record.data };
  return read.status === 'none' ? { status: 'none' } : { status: 'discarded' };
}

/** Two states hold the same answers (where the reader stands is not data). */
export function sameAnswers(a: QuizState, b: QuizState): boolean {
  const ka = Object.keys(a.answers);
  return ka.length === Object.keys(b.answers).length && ka.every((k) => a.answers[k] === b.answers[k]);
}
