import { describe, expect, it } from 'vitest';
import { tableOfContents } from './toc.ts';

describe('tableOfContents()', () => {
  const mdx = ['Intro', '<h2 id="refunds">환불</h2>', 'text', '## 통화가 끝난 뒤', '### not an h2', '<h2 id="the-aim">Amaç <em>nedir</em></h2>', '## Unknown'].join('\n');

  it('lists anchored h2s and rendered markdown h2s in document order', () => {
    expect(tableOfContents(mdx, new Map([['통화가 끝난 뒤', '통화가-끝난-뒤']]))).toEqual([
      { id: 'refunds', text: '환불' },
      { id: '통화가-끝난-뒤', text: '통화가 끝난 뒤' },
      { id: 'the-aim', text: 'Amaç nedir' },
    ]);
  });

  it('leaves out markdown headings it has no rendered id for', () => {
    expect(tableOfContents(mdx).map((i) => i.id)).toEqual(['refunds', 'the-aim']);
  });
});
