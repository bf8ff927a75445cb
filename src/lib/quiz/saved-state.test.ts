import { describe, expect, it } from 'vitest';
import { loadState, serializeState, storageKey } from './saved-state.ts';
import { loadQuiz } from './test-helpers.ts';

const quiz = loadQuiz('readiness');

describe('loadState()', () => {
  it('finds nothing when nothing is stored', () => {
    expect(loadState(quiz, null)).toEqual({ status: 'none' });
  });
  it('round-trips a valid state', () => {
    const state = { v: 1 as const, answers: { contract: 'yes', refund: 'partly' }, step: 2 };
    expect(loadState(quiz, serializeState(state))).toEqual({ status: 'ok', state });
  });
  it.each([
    ['not JSON', '{oops'],
    ['not an object', '42'],
    ['an older version', JSON.stringify({ v: 0, answers: {}, step: 0 })],
    ['an unknown question', JSON.stringify({ v: 1, answers: { gone: 'yes' }, step: 0 })],
    ['an unknown option', JSON.stringify({ v: 1, answers: { contract: 'maybe' }, step: 0 })],
    ['a step out of range', JSON.stringify({ v: 1, answers: {}, step: 99 })],
    ['answers as a list', JSON.stringify({ v: 1, answers: ['yes'], step: 0 })],
  ])('discards %s', (_why, raw) => expect(loadState(quiz, raw)).toEqual({ status: 'discarded' }));
  it('keys storage by quiz', () => expect(storageKey(quiz)).toBe('quiz:readiness'));
});
