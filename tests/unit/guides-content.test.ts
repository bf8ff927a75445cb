/**
 * The guides as written: every point in every language, the stable anchors,
 * the same slugs everywhere, and enough text to do the subject justice.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { langs } from '../../src/i18n/locales.ts';
import { anchorsOf, guideSlugs, pointIds, pointsOf, type GuideSlug } from '../../src/lib/guidance.ts';
import { guideSchema } from '../../src/lib/guide-schema.ts';
import { countUnits, mdxToText } from '../../src/lib/reading-time.ts';

const root = new URL('../../content/guides/', import.meta.url);
const read = (lang: string, slug: string) => readFileSync(new URL(`${lang}/${slug}.mdx`, root), 'utf8');
const frontmatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as unknown;

// Minimum length per guide: Hangul syllables for Korean, words for the others.
const MIN_UNITS = { ko: 2500, tr: 900, id: 900 } as const;

describe.each(langs)('guides in %s', (lang) => {
  it('have exactly the shared slugs', () => {
    const files = readdirSync(new URL(`${lang}/`, root)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual([...guideSlugs].sort());
  });

  it('cover every guidance point between them', () => {
    const covered = new Set(guideSlugs.flatMap((slug) => guideSchema.parse(frontmatter(read(lang, slug))).points));
    expect([...covered].sort()).toEqual([...pointIds].sort());
  });

  it.each(guideSlugs)('%s lists its points and carries an anchor for each', (slug: GuideSlug) => {
    const mdx = read(lang, slug);
    const data = guideSchema.parse(frontmatter(mdx));
    expect([...data.points].sort()).toEqual([...pointsOf(slug)].sort());
    for (const anchor of anchorsOf(slug)) expect(mdx, `#${anchor}`).toMatch(new RegExp(`^<h2 id="${anchor}">.+</h2>\\s*$`, 'm'));
  });

  it.each(guideSlugs)('%s is long enough', (slug: GuideSlug) => {
    expect(countUnits(mdxToText(read(lang, slug)), lang)).toBeGreaterThanOrEqual(MIN_UNITS[lang]);
  });
});

describe('the guide schema', () => {
  it('rejects frontmatter with an unknown point, a missing source or an unknown field', () => {
    const good = frontmatter(read('tr', 'preventing-toxic-clients')) as Record<string, unknown>;
    expect(guideSchema.safeParse(good).success).toBe(true);
    expect(guideSchema.safeParse({ ...good, points: ['Z9'] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...good, sources: [] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...good, author: 'x' }).success).toBe(false);
  });
});
