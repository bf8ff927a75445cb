/**
 * Every id in the quiz data has its words in every language, and every guidance
 * point has a title: these keys are built from data, so the type checker cannot see them.
 */
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { resources } from '../../src/i18n/resources.ts';
import { flatten } from '../../src/lib/i18n-parity.ts';
import { pointIds } from '../../src/lib/guidance.ts';
import { loadQuiz } from '../../src/lib/quiz/test-helpers.ts';

function requiredKeys(quizId: string): string[] {
  const quiz = loadQuiz(quizId);
  const p = (k: string) => `${quiz.id}.${k}`;
  const keys = ['title', 'description', 'intro'].map(p);
  for (const q of quiz.questions) {
    keys.push(p(`questions.${q.id}.legend`));
    for (const o of q.options) keys.push(p(`questions.${q.id}.options.${o.id}`));
  }
  for (const d of quiz.dimensions) {
    keys.push(p(`dimensions.${d.id}.name`), p(`dimensions.${d.id}.${quiz.id === 'readiness' ? 'missing' : 'explain'}`));
  }
  for (const b of quiz.bands) {
    keys.push(p(`bands.${b.id}.title`), p(`bands.${b.id}.body`));
    if (quiz.id !== 'readiness') keys.push(p(`next.${b.id}`));
  }
  if (quiz.id === 'toxic-client') keys.push(...['p1', 'p2', 'p3', 'p4', 'p5'].map((x) => p(`how.${x}`)), p('tempered'));
  return keys;
}

describe.each(langs)('%s', (lang) => {
  it.each(['toxic-client', 'readiness'])('has every string the %s quiz data needs', (quizId) => {
    const flat = flatten(resources[lang]['quiz'] ?? {});
    const missing = requiredKeys(quizId).filter((k) => typeof flat.get(k) !== 'string' || !(flat.get(k) as string).trim());
    expect(missing).toEqual([]);
  });

  it('has a title for every guidance point', () => {
    const flat = flatten(resources[lang]['guides'] ?? {});
    expect(pointIds.filter((id) => !flat.get(`points.${id}`))).toEqual([]);
  });
});
