/**
 * Answers in a short code for the URL fragment (`#r=…`), which never reaches a
 * server: a version digit, one base-36 digit per question (the option's
 * position), then a checksum.
 *
 * Version 2 (written now): a CRC-24 (the OpenPGP one, RFC 4880 §6.1) over the
 * quiz id, version and answers, as five base-36 digits. A CRC-24 catches every
 * change confined to 24 consecutive bits, so every single-character edit,
 * insertion, deletion or swap of neighbours is refused, and any other edit gets
 * through with probability 2^-24 (about 1 in 16.8 million). A 16-question link
 * is `#r=2` + 16 + 5 characters.
 * Version 1 (one check digit, which let 5–12 % of edited links through) is still
 * read, so links people saved before keep opening; renderResult then writes a v2 link.
 */
import type { Quiz } from './schema.ts';
import type { Answers } from './scoring.ts';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const CHECK_LENGTH = 5; // 36^5 > 2^24

/** CRC-24/OpenPGP of the UTF-8 bytes of `text`. @example crc24('123456789') // 0x21cf02 */
export function crc24(text: string): number {
  let crc = 0xb704ce;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 16;
    for (let bit = 0; bit < 8; bit++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function checksum(quizId: string, body: string): string {
  return crc24(`${quizId}:2${body}`).toString(36).padStart(CHECK_LENGTH, '0');
}

/** The version-1 check digit: kept only to open old links. */
function legacyCheckDigit(quizId: string, body: string): string {
  let sum = 7;
  for (const ch of quizId) sum = (sum * 31 + ch.charCodeAt(0)) % 1_000_003;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + (i + 1) * (DIGITS.indexOf(body[i] ?? '0') + 1)) % 1_000_003;
  return DIGITS[sum % 36] ?? '0';
}

/**
 * @example encodeAnswers(quiz, { q1: 'b', q2: 'a' }) // '2' + '10' + five checksum digits
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
  return `2${body}${checksum(quiz.id, body)}`;
}

/** The answers a code stands for, or `null` if it is not a valid code for this quiz. */
export function decodeAnswers(quiz: Quiz, code: string): Answers | null {
  const clean = code.trim().toLowerCase();
  const n = quiz.questions.length;
  let body: string;
  if (clean.length === n + 1 + CHECK_LENGTH && clean.startsWith('2')) {
    body = clean.slice(1, 1 + n);
    if (checksum(quiz.id, body) !== clean.slice(1 + n)) return null;
  } else if (clean.length === n + 2 && clean.startsWith('1')) {
    body = clean.slice(1, -1);
    if (legacyCheckDigit(quiz.id, body) !== clean.at(-1)) return null;
  } else {
    return null;
  }
  const answers: Answers = {};
  for (const [i, q] of quiz.questions.entries()) {
    const option = q.options[DIGITS.indexOf(body[i] ?? '')];
    if (!option) return null;
    answers[q.id] = option.id;
  }
  return answers;
}

/** A version-1 code, as links made before version 2 carry them (for tests of old links). */
export function encodeLegacy(quiz: Quiz, answers: Answers): string {
  const body = encodeAnswers(quiz, answers).slice(1, 1 + quiz.questions.length);
  return `1${body}${legacyCheckDigit(quiz.id, body)}`;
}
