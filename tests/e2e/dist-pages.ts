/** Every HTML page of the built site, as the URL path it answers at (read from dist/, not the sitemap). */
import { readdirSync } from 'node:fs';
import { pagePathOf } from '../../src/lib/headers-file.ts';

export const DIST = 'dist';

export function distPages(): Array<{ file: string; path: string }> {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: pagePathOf(file) }));
}
