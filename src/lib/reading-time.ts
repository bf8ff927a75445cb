/**
 * Reading time for a guide, counted the way each language is read:
 * Korean by Hangul syllables (readers take in characters, and word length varies
 * with particles), Turkish and Indonesian by words found with `Intl.Segmenter`.
 */
import type { Lang } from '../i18n/locales.ts';

/** Average silent-reading speeds for screen text, per minute. */
export const READING_SPEED: Record<Lang, { unit: 'characters' | 'words'; perMinute: number }> = {
  // Korean: about 500 syllables a minute for non-fiction on screen.
  ko: { unit: 'characters', perMinute: 500 },
  // Turkish words are long (agglutinative), so fewer per minute than English.
  tr: { unit: 'words', perMinute: 180 },
  id: { unit: 'words', perMinute: 200 },
};

/**
 * The readable text of an MDX body: frontmatter, JSX tags, expressions and
 * markdown syntax removed, link text kept.
 */
export function mdxToText(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[#>*-]+\s*/gm, ' ')
    .replace(/[*_`|]/g, ' ');
}

/** How many units (syllables or words) `lang` counts in `text`. */
export function countUnits(text: string, lang: Lang): number {
  if (READING_SPEED[lang].unit === 'characters') {
    return (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
  }
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/**
 * Whole minutes to read `text`, at least 1.
 * @example readingMinutes('kata '.repeat(400), 'id') // 2
 */
export function readingMinutes(text: string, lang: Lang): number {
  return Math.max(1, Math.round(countUnits(text, lang) / READING_SPEED[lang].perMinute));
}
