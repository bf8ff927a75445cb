/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published
 * folder: a path on its own line, then indented `Name: value` lines.
 *
 * The site's Content-Security-Policy carries per-page hashes (Astro's
 * `security.csp` writes them into each page's `<meta>`), so the build appends
 * one rule per page whose CSP is that page's `<meta>` policy plus
 * `frame-ancestors 'none'`, which only a header can carry (see
 * src/integrations/security-headers.ts). `scripts/serve.mjs` reads the same file,
 * so the local server sends what a host would.
 *
 * Pure functions, no file system: used by the build, the server and the tests.
 */

export type HeaderPair = readonly [name: string, value: string];

export interface HeaderRule {
  /** An exact path (`/ko/`) or a prefix ending in `*` (`/*`). */
  path: string;
  headers: HeaderPair[];
}

/** What Cloudflare Pages accepts: at most 100 rules, lines up to 2,000 characters. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

/**
 * @example parseHeadersFile('/*\n  X-Frame-Options: DENY\n') // [{ path: '/*', headers: [['X-Frame-Options', 'DENY']] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { path: trimmed, headers: [] };
      rules.push(current);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (!current || colon <= 0) throw new Error(`_headers: a header line outside a rule or without a name: "${trimmed}"`);
    current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}

/** Does a rule's path match a request path? Exact, or a prefix before a trailing `*`. */
export function ruleMatches(rulePath: string, path: string): boolean {
  return rulePath.endsWith('*') ? path.startsWith(rulePath.slice(0, -1)) : rulePath === path;
}

/**
 * The headers for a request path, in file order. A name set by two matching
 * rules is joined with ", " (what Cloudflare Pages does; Netlify keeps the last),
 * which is why the site's file never sets one name in two rules that can match
 * the same path.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const found = new Map<string, HeaderPair>();
  for (const rule of rules) {
    if (!ruleMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const previous = found.get(name.toLowerCase());
      found.set(name.toLowerCase(), previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value]);
    }
  }
  return new Map(found.values());
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value !== undefined) return value.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return undefined;
}

/** A policy as its directives, in order: `default-src 'self'; …` → ['default-src \'self\'', …]. */
export function cspDirectives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Directives only a header can carry (a `<meta>` CSP ignores them). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The header form of a page's `<meta>` policy: the same directives plus the header-only ones. */
export function headerCsp(meta: string): string {
  const directives = cspDirectives(meta).filter((d) => !d.startsWith('frame-ancestors'));
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * The URL path a built HTML file answers at, for `trailingSlash: 'always'` and
 * directory output: `index.html` → `/`, `ko/guides/x/index.html` → `/ko/guides/x/`,
 * `404.html` → `/404.html`. Backslashes (Windows) count as separators.
 */
export function pagePathOf(relativeFile: string): string {
  const file = relativeFile.replace(/\\/g, '/').replace(/^\/+/, '');
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** One rule per page: its path and its header CSP. */
export function pageCspRules(pages: ReadonlyArray<{ file: string; html: string }>): HeaderRule[] {
  return pages
    .map(({ file, html }) => {
      const meta = metaCsp(html);
      if (meta === undefined) throw new Error(`_headers: ${file} has no Content-Security-Policy <meta>`);
      return { path: pagePathOf(file), headers: [['Content-Security-Policy', headerCsp(meta)] as const] };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Why a headers file would be refused or partly ignored by a host, if it would. */
export function hostLimitProblems(rules: readonly HeaderRule[]): string[] {
  const problems: string[] = [];
  if (rules.length > HOST_LIMITS.rules) problems.push(`${rules.length} rules (Cloudflare Pages reads at most ${HOST_LIMITS.rules})`);
  for (const line of formatHeadersFile(rules).split('\n')) {
    if (line.length > HOST_LIMITS.lineLength) problems.push(`a line of ${line.length} characters (limit ${HOST_LIMITS.lineLength}): ${line.slice(0, 60)}…`);
  }
  return problems;
}
