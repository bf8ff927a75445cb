/**
 * Heading ids for the guides' `## headings`, in the page's language.
 *
 * Sätteri's own slugger lower-cases with `toLowerCase()`, which turns Turkish
 * `İ` into `i` + U+0307 (COMBINING DOT ABOVE): `İlk adımlar` became the id
 * `i̇lk-adımlar`, an invalid id that shares as `#i%CC%87lk-…`. Here text is
 * lower-cased with the language's own rules (`İ` → `i`, `I` → `ı` in Turkish),
 * normalised to NFC, and stripped of everything but letters, digits, `_`, `-`
 * and spaces (spaces become `-`), as GitHub's slugger does otherwise; so every
 * other id stays what it was. A stray `i` + U+0307 (a Turkish word on a page in
 * another language) loses the dot too.
 */
export function headingSlug(text: string, lang: string | undefined): string {
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(lang);
  } catch {
    lower = text.toLowerCase(); // an invalid language tag
  }
  return lower
    .normalize('NFC')
    .replace(/i\u0307/g, 'i')
    .replace(/[^\p{L}\p{N}_ -]/gu, '')
    .replace(/ /g, '-');
}

/** Unique ids within one document: a repeated slug gets `-1`, `-2`, … (as GitHub's slugger). */
export class HeadingSlugger {
  private readonly seen = new Map<string, number>();

  constructor(private readonly lang: string | undefined) {}

  slug(text: string): string {
    const base = headingSlug(text, this.lang);
    let result = base;
    while (this.seen.has(result)) {
      const count = (this.seen.get(base) ?? 0) + 1;
      this.seen.set(base, count);
      result = `${base}-${count}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}
