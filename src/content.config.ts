import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';
import { quizSchema } from './lib/quiz/schema.ts';

/** The guides: `content/guides/{lang}/{slug}.mdx`, entry ids like `ko/letting-a-client-go`. */
const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.mdx' }),
  schema: guideSchema,
});

/** The self-assessments' structure: `content/quizzes/{id}.yaml` (no prose; words are in quiz.json). */
const quizzes = defineCollection({
  loader: glob({ base: './content/quizzes', pattern: '*.yaml' }),
  schema: quizSchema,
});

export const collections = { guides, quizzes };
