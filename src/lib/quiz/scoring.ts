/**
 * Scoring a quiz from its definition and the reader's answers. Pure and
 * deterministic: the same answers always give the same result.
 *
 * - A dimension's score is its questions' points over their maximum (0..1).
 * - Modifier questions (A5: an established, good relationship) add up to a
 *   "temper" subtracted from a factor of 1; every dimension not listed as
 *   `untempered` is multiplied by that factor.
 * - The overall score is the weighted mean of the (tempered) dimensions; the
 *   band is the first whose `upTo` reaches it, raised by any floor that applies.
 */
import type { Quiz } from './schema.ts';

/** Question id → chosen option id. */
export type Answers = Record<string, string>;

export interface DimensionResult {
  id: string;
  /** 0..1 before tempering. */
  raw: number;
  /** 0..1 after tempering. */
  score: number;
  concern: boolean;
}

export interface QuizResult {
  dimensions: DimensionResult[];
  /** 1 minus the modifiers' temper. */
  factor: number;
  overall: number;
  band: string;
  /** Concerns, worst first. */
  concerns: string[];
}

/** Questions that still lack a valid answer, in order. */
export function unanswered(quiz: Quiz, answers: Answers): string[] {
  return quiz.questions.filter((q) => !q.options.some((o) => o.id === answers[q.id])).map((q) => q.id);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Score a completed quiz.
 * @throws if any question lacks a valid answer (check `unanswered` first).
 */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const missing = unanswered(quiz, answers);
  if (missing.length) throw new Error(`Unanswered questions: ${missing.join(', ')}`);

  let temper = 0;
  const points = new Map<string, { got: number; max: number }>(quiz.dimensions.map((d) => [d.id, { got: 0, max: 0 }]));
  for (const q of quiz.questions) {
    if ('modifier' in q) {
      temper += q.options.find((o) => o.id === answers[q.id])?.temper ?? 0;
      continue;
    }
    const tally = points.get(q.dimension);
    if (!tally) continue;
    tally.got += q.options.find((o) => o.id === answers[q.id])?.score ?? 0;
    tally.max += Math.max(...q.options.map((o) => o.score));
  }
  const factor = round(Math.max(0, 1 - temper));

  const dimensions = quiz.dimensions.map((d) => {
    const tally = points.get(d.id) ?? { got: 0, max: 0 };
    const raw = tally.max > 0 ? round(tally.got / tally.max) : 0;
    const score = quiz.untempered.includes(d.id) ? raw : round(raw * factor);
    return { id: d.id, raw, score, concern: score >= quiz.concernAt };
  });

  const totalWeight = quiz.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const overall = round(quiz.dimensions.reduce((sum, d, i) => sum + d.weight * (dimensions[i]?.score ?? 0), 0) / totalWeight);

  const bandIndex = (id: string) => quiz.bands.findIndex((b) => b.id === id);
  let index = quiz.bands.findIndex((b) => overall <= b.upTo + 1e-9);
  for (const floor of quiz.floors) {
    const dim = dimensions.find((d) => d.id === floor.dimension);
    if (dim && dim.score >= floor.atLeast) index = Math.max(index, bandIndex(floor.band));
  }
  const band = quiz.bands[index]?.id ?? quiz.bands.at(-1)?.id ?? '';

  const concerns = dimensions
    .filter((d) => d.concern)
    .sort((a, b) => b.score - a.score || quiz.dimensions.findIndex((x) => x.id === a.id) - quiz.dimensions.findIndex((x) => x.id === b.id))
    .map((d) => d.id);

  return { dimensions, factor, overall, band, concerns };
}

/** The script generator's `reasons` for a result's concerns, without repeats, worst first. */
export function reasonsFor(quiz: Quiz, result: QuizResult): string[] {
  const reasons: string[] = [];
  for (const id of result.concerns) {
    const reason = quiz.dimensions.find((d) => d.id === id)?.reason;
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  }
  return reasons;
}
