import { describe, expect, it } from 'vitest';
import { writeRecord } from '../storage/record.ts';
import { loadState, quizSpec, sameAnswers, storageKey } from './saved-state.ts';
import { loadQuiz } from './test-helpers.ts';

const quiz = loadQuiz('readiness');
const spec = quizSpec(quiz);
const v2 = (data: unknown) => writeRecord(data, spec, 1, 'tab');

describe('loadState()', () => {
  it('finds nothing when nothing is stored', () => {
    expect(loadState(quiz, null)).toEqual({ status: 'none' });
  });
  it('round-trips a valid state, "return to summary" included', () => {
    const state = { answers: { contract: 'yes', refund: 'partly' }, step: 2, returnToSummary: true };
    expect(loadState(quiz, v2(state))).toEqual({ status: 'ok', state });
  });
  it('still reads the first format', () => {
    expect(loadState(quiz, JSON.stringify({ v: 1, answers: { contract: 'yes' }, step: 1 }))).toEqual({
      status: 'ok',
      state: { answers: { contract: 'yes' }, step: 1, returnToSummary: false },
    });
  });
  it.each([
    ['not JSON', '{oops'],
    ['not an object', '42'],
    ['null', 'null'],
    ['an older version', JSON.stringify({ v: 0, answers: {}, step: 0 })],
    ['an unknown question', v2({ answers: { gone: 'yes' }, step: 0 })],
    ['an unknown option', v2({ answers: { contract: 'maybe' }, step: 0 })],
    ['a prototype key', '{"v":2,"savedAt":1,"data":{"answers":{"__proto__":"yes"},"step":0}}'],
    ['a step out of range', v2({ answers: {}, step: 99 })],
    ['a fractional step', v2({ answers: {}, step: 1.5 })],
    ['answers as a list', v2({ answers: ['yes'], step: 0 })],
    ['returnToSummary not a boolean', v2({ answers: {}, step: 0, returnToSummary: 'yes' })],
  ])('discards %s', (_why, raw) => expect(loadState(quiz, raw)).toEqual({ status: 'discarded' }));
  it('keys storage by quiz', () => expect(storageKey(quiz)).toBe('quiz:readiness'));
  it('compares answers, not the step', () => {
    expect(sameAnswers({ answers: { a: 'x' }, step: 1, returnToSummary: false }, { answers: { a: 'x' }, step: 3, returnToSummary: true })).toBe(true);
    expect(sameAnswers({ answers: { a: 'x' }, step: 1, returnToSummary: false }, { answers: { a: 'y' }, step: 1, returnToSummary: false })).toBe(false);
  });
});
