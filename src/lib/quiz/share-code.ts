/**
 * Answers in a short code for the URL fragment (`#r=…`), which never reaches a
 * server. One base-36 digit per question (the option's position), a version
 * prefix, and a check digit that also depends on the quiz id, so an edited,
 * truncated or other-quiz code is rejected instead of showing a wrong result.
 */
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';

const VERSION = '1';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function checkDigit(quizId: string, body: string): string {
  let sum = 7;
  for (const ch of quizId) sum = (sum * 31 + ch.charCodeAt(0)) % 1_000_003;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + (i + 1) * (DIGITS.indexOf(body[i] ?? '0') + 1)) % 1_000_003;
  return DIGITS[sum % 36] ?? '0';
}

/**
 * @example encodeAnswers(quiz, { q1: 'b', q2: 'a' }) // '1' + '10' + check digit
 * @throws if an answer is missing or not one of its question's options
 */
export function encodeAnswers(quiz: Quiz, answers: Answers): string {
  const body = quiz.questions
    .map((q) => {
      const index = q.options.findIndex((o) => o.id === answers[q.id]);
      if (index < 0) throw new Error(`No valid answer for ${q.id}`);
      return DIGITS[index];
    })
    .join('');
  return `${VERSION}${body}${checkDigit(quiz.id, body)}`;
}

/** The answers a code stands for, or `null` if it is not a valid code for this quiz. */
export function decodeAnswers(quiz: Quiz, code: string): Answers | null {
  const clean = code.trim().toLowerCase();
  if (clean.length !== quiz.questions.length + 2 || !clean.startsWith(VERSION)) return null;
  const body = clean.slice(1, -1);
  if (checkDigit(quiz.id, body) !== clean.at(-1)) return null;
  const answers: Answers = {};
  for (const [i, q] of quiz.questions.entries()) {
    const option = q.options[DIGITS.indexOf(body[i] ?? '')];
    if (!option) return null;
    answers[q.id] = option.id;
  }
  return answers;
}
