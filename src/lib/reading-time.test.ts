import { describe, expect, it } from 'vitest';
import { countUnits, mdxToText, readingMinutes } from './reading-time.ts';

describe('countUnits()', () => {
  it('counts Hangul syllables for Korean, ignoring spaces, Latin and punctuation', () => {
    expect(countUnits('고객과 잘 헤어지는 법. OK!', 'ko')).toBe(9);
  });
  it('counts words for Turkish, with apostrophe suffixes in one word', () => {
    expect(countUnits("Ahmet Bey'e yarın WhatsApp'tan yazacağım.", 'tr')).toBe(5);
  });
  it('counts words for Indonesian, reduplication included', () => {
    expect(countUnits('Klien-klien yang merugikan Anda, 3 kali.', 'id')).toBeGreaterThanOrEqual(5);
  });
});

describe('mdxToText()', () => {
  it('drops frontmatter, tags, comments and link targets', () => {
    const text = mdxToText('---\ntitle: x\n---\n<h2 id="a">제목</h2>\n{/* memo */}\n[링크](/ko/)\n<ToolLink tool="script" />');
    expect(text).not.toMatch(/title|h2|memo|ToolLink|\/ko\//);
    expect(text).toMatch(/제목/);
    expect(text).toMatch(/링크/);
  });
});

describe('readingMinutes()', () => {
  it('is at least one minute', () => expect(readingMinutes('', 'tr')).toBe(1));
  it('uses each language\'s speed', () => {
    expect(readingMinutes('가'.repeat(1500), 'ko')).toBe(3);
    expect(readingMinutes('kelime '.repeat(900), 'tr')).toBe(5);
    expect(readingMinutes('kata '.repeat(1000), 'id')).toBe(5);
  });
});
