/** Loading the real quiz definitions in unit tests, as the build does. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from './schema.ts';

export function loadQuiz(id: string): Quiz {
  return quizSchema.parse(parse(readFileSync(new URL(`../../../content/quizzes/${id}.yaml`, import.meta.url), 'utf8')));
}
