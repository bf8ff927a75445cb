import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';

describe('fillTemplate()', () => {
  it('fills named slots, tolerating spaces, and blanks unknown ones', () => {
    expect(fillTemplate('{{total}}개 질문 중 {{ current }}번', { current: 3, total: 16 })).toBe('16개 질문 중 3번');
    expect(fillTemplate('{{x}} y', {})).toBe(' y');
  });
  it('inserts values literally, never as further templates', () => {
    expect(fillTemplate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
  });
});
