/**
 * The "read more" links under a quiz result: one link per guide section, even
 * when several dimensions point to the same section (two areas that both rest
 * on A4 used to list "free work and discounts" twice). Each link remembers every
 * dimension that leads to it, so it shows when any of them is a concern.
 */
export interface ReadMoreLink<P extends string> {
  /** The point whose label the link carries (the first one that led here). */
  point: P;
  href: string;
  /** Dimension ids that lead to this link, in quiz order. */
  dimensions: string[];
}

export function readMoreLinks<P extends string>(
  dimensions: ReadonlyArray<{ id: string; points: readonly P[] }>,
  hrefOf: (point: P) => string,
): ReadMoreLink<P>[] {
  const byHref = new Map<string, ReadMoreLink<P>>();
  for (const dimension of dimensions) {
    for (const point of dimension.points) {
      const href = hrefOf(point);
      const link = byHref.get(href);
      if (!link) byHref.set(href, { point, href, dimensions: [dimension.id] });
      else if (!link.dimensions.includes(dimension.id)) link.dimensions.push(dimension.id);
    }
  }
  return [...byHref.values()];
}

/** Whether a link tagged with space-separated dimension ids belongs to a shown concern. */
export function isShownConcern(tagged: string, shown: readonly string[]): boolean {
  return tagged.split(' ').some((id) => id !== '' && shown.includes(id));
}
