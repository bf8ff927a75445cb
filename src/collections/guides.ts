/**
 * Access to the guides collection. The fallback policy is strict: every guide
 * must exist in every language, or the build fails naming what is missing
 * (no page silently shows another language's text).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/locales.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/** `ko/letting-a-client-go` → `{ lang: 'ko', slug: 'letting-a-client-go' }` */
export function splitId(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

/** One language's guides, in reading order. */
export async function guidesIn(lang: Lang): Promise<GuideEntry[]> {
  const all = await getCollection('guides', (entry) => splitId(entry.id).lang === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Static paths for every guide in every language; throws if a language lacks a guide. */
export async function guideStaticPaths() {
  const all = await getCollection('guides');
  const slugs = new Set(all.map((entry) => splitId(entry.id).slug));
  const missing: string[] = [];
  for (const slug of slugs) {
    for (const lang of langs) {
      if (!all.some((entry) => entry.id === `${lang}/${slug}`)) missing.push(`content/guides/${lang}/${slug}.mdx`);
    }
  }
  if (missing.length) throw new Error(`Every guide must exist in every language. Missing: ${missing.join(', ')}`);
  return all.map((entry) => {
    const { lang, slug } = splitId(entry.id);
    return { params: { lang, slug }, props: { entry } };
  });
}
