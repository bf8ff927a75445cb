/**
 * What a quiz keeps in localStorage while the reader goes: their answers and
 * where they were. Saved data is untrusted: anything malformed, from an older
 * version, or naming questions or options this quiz lacks is discarded (and the
 * page says so) rather than crashing or showing a wrong result.
 *
 * Shape: { v: 1, answers: { [questionId]: optionId }, step: number }
 * Lifecycle: written on every answer and step; removed by "clear my answers".
 */
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';

export const SAVED_VERSION = 1;

export interface SavedState {
  v: typeof SAVED_VERSION;
  answers: Answers;
  /** Index of the current step: 0..n-1 a question, n the summary, n+1 the result. */
  step: number;
}

export type Loaded = { status: 'none' } | { status: 'ok'; state: SavedState } | { status: 'discarded' };

export function storageKey(quiz: Pick<Quiz, 'id'>): string {
  return `quiz:${quiz.id}`;
}

/** Read and validate what was stored under the quiz's key. */
export function loadState(quiz: Quiz, raw: string | null): Loaded {
  if (raw === null || raw === '') return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded' };
  }
  if (typeof data !== 'object' || data === null) return { status: 'discarded' };
  const { v, answers, step } = data as Record<string, unknown>;
  if (v !== SAVED_VERSION || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { status: 'discarded' };
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > quiz.questions.length + 1) return { status: 'discarded' };
  const clean: Answers = {};
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = quiz.questions.find((q) => q.id === questionId);
    if (!question || typeof optionId !== 'string' || !question.options.some((o) => o.id === optionId)) return { status: 'discarded' };
    clean[questionId] = optionId;
  }
  return { status: 'ok', state: { v: SAVED_VERSION, answers: clean, step } };
}

export function serializeState(state: SavedState): string {
  return JSON.stringify(state);
}
