/**
 * Writes `dist/_headers` for hosts that read it (Netlify, Cloudflare Pages):
 * the hand-written rules of `public/_headers` (headers for every path), then
 * one generated rule per built page with that page's Content-Security-Policy.
 *
 * Why generated: Astro's `security.csp` hashes every script and style of each
 * page into the page's `<meta>`, so the policies differ from page to page and
 * change with every edit. Reading them back from the built HTML after the
 * build is the one source that cannot drift; the header adds
 * `frame-ancestors 'none'`, which a `<meta>` policy cannot carry. Pages keep
 * their `<meta>` too (a host that ignores `_headers` still enforces it; both
 * policies are the same apart from frame-ancestors, so nothing is allowed
 * twice or blocked by one and not the other).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, hostLimitProblems, pageCspRules, parseHeadersFile } from '../lib/headers-file.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'parting-well:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const target = join(root, '_headers');
        // public/_headers has been copied into dist/ by now.
        const fixed = existsSync(target) ? parseHeadersFile(readFileSync(target, 'utf8')) : [];
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
        const rules = [...fixed, ...pageCspRules(pages)];
        const problems = hostLimitProblems(rules);
        if (problems.length) logger.warn(`_headers may be cut short by Cloudflare Pages: ${problems.join('; ')}`);
        const note = [
          '# Written by the build (src/integrations/security-headers.ts) from public/_headers',
          "# and each page's Content-Security-Policy <meta>, plus frame-ancestors 'none'.",
          '',
        ].join('\n');
        writeFileSync(target, note + formatHeadersFile(rules));
        logger.info(`_headers: ${fixed.length} rule(s) for every path, ${pages.length} page policies`);
      },
    },
  };
}
