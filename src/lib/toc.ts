/**
 * The table of contents of a guide, read from its MDX source in document order:
 * the h2 sections written as `<h2 id="…">…</h2>` (the stable, language-neutral
 * anchors) and plain `## …` headings, whose generated ids come from `renderedIds`
 * (heading text → id, from Astro's `render()`).
 */
export interface TocItem {
  id: string;
  text: string;
}

/**
 * @example tableOfContents('<h2 id="refunds">Refunds</h2>') // [{ id: 'refunds', text: 'Refunds' }]
 */
export function tableOfContents(mdx: string, renderedIds: ReadonlyMap<string, string> = new Map()): TocItem[] {
  const items: TocItem[] = [];
  for (const line of mdx.split('\n')) {
    const jsx = /^<h2 id="([^"]+)">(.*?)<\/h2>\s*$/.exec(line);
    if (jsx) {
      items.push({ id: jsx[1] ?? '', text: (jsx[2] ?? '').replace(/<[^>]+>/g, '').trim() });
      continue;
    }
    const md = /^##\s+(.+?)\s*$/.exec(line);
    const id = md ? renderedIds.get((md[1] ?? '').trim()) : undefined;
    if (md && id) items.push({ id, text: (md[1] ?? '').trim() });
  }
  return items;
}
