/**
 * The frontmatter every guide must have. A guide that breaks it fails the build
 * with zod's message naming the file and field.
 */
import { z } from 'astro/zod';
import { pointIds } from './guidance.ts';
import { topicIds } from './guide-topics.ts';

export const sourceSchema = z.object({
  /** The original article's title, as published. */
  title: z.string().min(1),
  /** The same title rendered in the guide's language. */
  localTitle: z.string().min(1),
  publication: z.string().min(1).optional(),
  published: z.coerce.date().optional(),
});

export const guideSchema = z
  .object({
    title: z.string().min(4),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20).max(220),
    /** A short paragraph for the home page's guide list. */
    summary: z.string().min(20),
    /** Position in lists, smallest first. */
    order: z.number().int().min(1),
    /** The topic it is listed under on /{lang}/guides/ (src/lib/guide-topics.ts). */
    topic: z.enum(topicIds),
    /** The guidance points the guide explains (see src/lib/guidance.ts). */
    points: z.array(z.enum(pointIds)).min(1),
    sources: z.array(sourceSchema).min(1),
    /** When a native reader last checked the text. */
    reviewed: z.coerce.date(),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
