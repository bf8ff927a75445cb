import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';

/** The guides: `content/guides/{lang}/{slug}.mdx`, entry ids like `ko/letting-a-client-go`. */
const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: guideSchema,
});

export const collections = { guides };
