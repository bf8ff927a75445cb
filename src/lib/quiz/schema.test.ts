import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema } from './schema.ts';

const broken = parse(readFileSync(new URL('../../../tests/fixtures/quiz-broken.yaml', import.meta.url), 'utf8')) as unknown;

describe('quizSchema on a broken quiz', () => {
  const result = quizSchema.safeParse(broken);
  const messages = result.success ? [] : result.error.issues.map((i) => i.message);

  it('fails', () => expect(result.success).toBe(false));
  it('names a question that feeds an unknown dimension', () => expect(messages).toContain('question "q2" feeds unknown dimension "nope"'));
  it('names a dimension without questions', () => expect(messages).toContain('dimension "lonely" has no question'));
  it('names a floor with an unknown band', () => expect(messages).toContain('floor names unknown band "doom"'));
  it('rejects bands that do not rise to 1', () => expect(messages).toContain('bands must rise strictly and the last must reach 1'));
  it('rejects duplicate question ids', () => expect(messages).toContain('duplicate question id "q1"'));
});
