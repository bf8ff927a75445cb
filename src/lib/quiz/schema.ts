/**
 * The shape of a quiz definition (`content/quizzes/*.yaml`): questions with
 * stable ids, the dimension each feeds, options with scores, and result bands.
 * Cross-references (a question's dimension, a floor's band) are checked too, so
 * a typo fails the build with a message that names it.
 */
import { z } from 'astro/zod';
import { pointIds } from '../guidance.ts';
import { toolIds } from '../tools.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

const scoredQuestion = z
  .object({
    id,
    dimension: id,
    options: z.array(z.object({ id, score: z.number().min(0) }).strict()).min(2),
  })
  .strict();

const modifierQuestion = z
  .object({
    id,
    modifier: z.literal(true),
    options: z.array(z.object({ id, temper: z.number().min(0).max(0.5) }).strict()).min(2),
  })
  .strict();

export const quizSchema = z
  .object({
    id,
    dimensions: z
      .array(
        z
          .object({
            id,
            points: z.array(z.enum(pointIds)).min(1),
            weight: z.number().positive(),
            /** The script generator's `reasons` value this dimension stands for, if any. */
            reason: id.optional(),
            /** A tool that helps with this concern (e.g. the incident log for A2/A6), linked from the result. */
            tool: z.enum(toolIds).optional(),
          })
          .strict(),
      )
      .min(1),
    questions: z.array(z.union([scoredQuestion, modifierQuestion])).min(1),
    untempered: z.array(id),
    bands: z.array(z.object({ id, upTo: z.number().min(0).max(1) }).strict()).min(2),
    floors: z.array(z.object({ dimension: id, atLeast: z.number().min(0).max(1), band: id }).strict()),
    concernAt: z.number().min(0).max(1),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const dims = new Set(quiz.dimensions.map((d) => d.id));
    const bands = new Set(quiz.bands.map((b) => b.id));
    const unique = (ids: string[], what: string) => {
      const seen = new Set<string>();
      for (const x of ids) {
        if (seen.has(x)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${x}"` });
        seen.add(x);
      }
    };
    unique(quiz.questions.map((q) => q.id), 'question');
    unique(quiz.dimensions.map((d) => d.id), 'dimension');
    for (const q of quiz.questions) {
      unique(q.options.map((o) => o.id), `option (in ${q.id})`);
      if ('dimension' in q && !dims.has(q.dimension)) {
        ctx.addIssue({ code: 'custom', message: `question "${q.id}" feeds unknown dimension "${q.dimension}"` });
      }
    }
    for (const d of dims) {
      if (!quiz.questions.some((q) => 'dimension' in q && q.dimension === d)) {
        ctx.addIssue({ code: 'custom', message: `dimension "${d}" has no question` });
      }
    }
    for (const u of quiz.untempered) if (!dims.has(u)) ctx.addIssue({ code: 'custom', message: `untempered names unknown dimension "${u}"` });
    for (const f of quiz.floors) {
      if (!dims.has(f.dimension)) ctx.addIssue({ code: 'custom', message: `floor names unknown dimension "${f.dimension}"` });
      if (!bands.has(f.band)) ctx.addIssue({ code: 'custom', message: `floor names unknown band "${f.band}"` });
    }
    const uppers = quiz.bands.map((b) => b.upTo);
    if (uppers.some((u, i) => i > 0 && u <= (uppers[i - 1] ?? 0)) || uppers.at(-1) !== 1) {
      ctx.addIssue({ code: 'custom', message: 'bands must rise strictly and the last must reach 1' });
    }
  });

export type Quiz = z.infer<typeof quizSchema>;
