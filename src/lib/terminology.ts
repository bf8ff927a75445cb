/**
 * Per-language terminology (content/terminology/{lang}.yaml): the site's key
 * terms that writers follow, and the forms a native editor rejected. The banned
 * forms are a regression guard over the built pages (tests/e2e/language-guards):
 * short and honest, not a substitute for a native review.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';

const term = z
  .object({
    /** English label of the concept, for the people who keep the list (never shown to readers). */
    concept: z.string().min(1),
    /** The preferred form; it must occur on the language's pages. */
    use: z.string().min(1),
    avoid: z.array(z.string().min(1)).optional(),
    /** When to use which form, for writers. */
    note: z.string().min(1).optional(),
  })
  .strict();

const banned = z
  .object({
    /** A literal form… */
    form: z.string().min(1).optional(),
    /** …or a regular expression (Unicode), for forms a literal cannot pin down. */
    pattern: z.string().min(1).optional(),
    prefer: z.string().min(1),
    /** How many occurrences across the language's pages are tolerated. */
    max: z.number().int().min(0).default(0),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => (b.form === undefined) !== (b.pattern === undefined), { message: 'give exactly one of form or pattern' })
  .refine((b) => b.pattern === undefined || isRegExp(b.pattern), { message: 'pattern is not a valid regular expression' });

export const terminologySchema = z.object({ terms: z.array(term).min(1), banned: z.array(banned).min(1) }).strict();
export type Terminology = z.infer<typeof terminologySchema>;
export type BannedForm = Terminology['banned'][number];

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Parses and validates one terminology file; throws zod's message naming the field. */
export function parseTerminology(yamlText: string): Terminology {
  return terminologySchema.parse(parse(yamlText));
}

/** How a banned form is shown in a message: the literal, or the pattern in slashes. */
export function bannedLabel(b: BannedForm): string {
  return b.form ?? `/${b.pattern}/`;
}

export function countOccurrences(text: string, b: BannedForm): number {
  if (b.form !== undefined) return text.split(b.form).length - 1;
  return [...text.matchAll(new RegExp(b.pattern ?? '', 'gu'))].length;
}

const readerAttributes = ['alt', 'title', 'aria-label', 'placeholder'];

/**
 * The text a reader meets in a built page: text nodes plus the attributes that
 * are read or shown (alt, title, aria-label, placeholder, the meta description),
 * without scripts, styles, data attributes or markup. Our pages are Astro's
 * well-formed output, so a few regular expressions are enough for a guard.
 */
export function readerText(html: string): string {
  const parts: string[] = [];
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // (?=[\s>]), not \b: <script-generator> is a custom element, not a script.
    .replace(/<(script|style|template)(?=[\s>])[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  for (const tag of withoutCode.matchAll(/<[a-z][^>]*>/gi)) {
    const source = tag[0];
    for (const name of readerAttributes) {
      const value = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(source)?.[1];
      if (value) parts.push(value);
    }
    if (/^<meta\b/i.test(source) && /\sname="description"/i.test(source)) {
      const content = /\scontent="([^"]*)"/i.exec(source)?.[1];
      if (content) parts.push(content);
    }
  }
  parts.push(withoutCode.replace(/<[^>]*>/g, ' '));
  return decodeEntities(parts.join('\n')).replace(/[ \t\r\f\v]+/g, ' ');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
    lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·',
  };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

export interface Page {
  /** The page's path, as a reader would type it (e.g. /ko/guides/…/). */
  path: string;
  text: string;
}

/** One message per banned form found more often than it may be, naming the pages and the preferred form. */
export function bannedFormViolations(lang: string, pages: readonly Page[], terminology: Terminology): string[] {
  const messages: string[] = [];
  for (const b of terminology.banned) {
    const hits = pages.map((p) => ({ path: p.path, count: countOccurrences(p.text, b) })).filter((h) => h.count > 0);
    const total = hits.reduce((sum, h) => sum + h.count, 0);
    if (total > b.max) {
      const where = hits.map((h) => `${h.path} (${h.count}×)`).join(', ');
      messages.push(`${lang}: “${bannedLabel(b)}” found ${total}× (allowed ${b.max}); write “${b.prefer}” instead. Pages: ${where}`);
    }
  }
  return messages;
}

/** Preferred terms that no page uses: the list no longer describes the site. */
export function unusedTerms(lang: string, pages: readonly Page[], terminology: Terminology): string[] {
  return terminology.terms
    .filter((t) => !pages.some((p) => p.text.includes(t.use)))
    .map((t) => `${lang}: the preferred term “${t.use}” (${t.concept}) occurs on no page; update content/terminology/${lang}.yaml`);
}
