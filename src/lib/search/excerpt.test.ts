import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('marks matching words and cuts around the first one', () => {
    const text = `${'앞 '.repeat(30)}환불은 미리 계산해 두세요. ${'뒤 '.repeat(100)}`;
    const segments = excerpt(text, (w) => w.startsWith('환불'), 60);
    expect(segments[0]).toEqual({ text: '… ', mark: false });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['환불은']);
    expect(segments.at(-1)).toEqual({ text: ' …', mark: false });
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(80);
  });
  it('shows the start of a short text whole', () => {
    expect(excerpt('짧은 글', () => false)).toEqual([{ text: '짧은 글', mark: false }]);
  });
});
