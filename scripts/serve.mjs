// The static server for the built site (`dist/`), in the foreground, on
// localhost; used by `npm start`, `npm run serve` and the e2e tests.
//
// Files are served by `sirv` (MIME types, ETag, HEAD, ranges, and its own
// check that a file lies inside the root). This file keeps only the site's own
// rules, the ones a well-configured host would apply:
//   - only GET and HEAD (405 with `Allow` otherwise);
//   - a request path that could name something outside the root, or that no
//     file of ours can have (`..` or `.` segments, dotfiles, backslashes, NUL,
//     encoded slashes, anything still percent-encoded after one decoding) is a
//     miss before the file system is asked;
//   - `//` collapses and a language prefix in another case (`/KO/`) is
//     lower-cased, by a 301 whose Location is always a same-origin path;
//   - `/x` → `/x/` (301) when `/x/index.html` exists; `/x/index.html` → `/x/`;
//   - a miss under `/{lang}/` gets that language's 404 page, any other miss
//     the trilingual `/404.html`, both with status 404;
//   - every response carries the headers of `dist/_headers` for its path (the
//     same file Netlify and Cloudflare Pages read: the per-page CSP with
//     `frame-ancestors 'none'`, nosniff, Referrer-Policy…), so the e2e tests run
//     under the policy a host would send.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../src/lib/headers-file.ts';

const ALLOWED_METHODS = 'GET, HEAD';
/** Sent on every response; `_headers` rules for the path are added on top. */
const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};
/** Pagefind's index files, which no MIME table knows. */
const BINARY_EXTENSIONS = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind']);
/** Files hosts read as configuration and never publish. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);

/**
 * The request path, decoded once, if it can name a file of ours; undefined for
 * anything that can't (including every traversal trick).
 * @param {string} rawPath the path part of the request target, as sent
 */
export function safePath(rawPath) {
  if (!rawPath.startsWith('/') || /%2f|%5c/i.test(rawPath)) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined; // malformed escapes (`/ko/%`, overlong UTF-8)
  }
  // A second layer of encoding, a backslash or NUL is never part of our file names.
  if (/[%\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '.' || s === '..' || s.startsWith('.'))) return undefined;
  return decoded;
}

/**
 * Where a safe path should live: `//` collapsed, a language prefix lower-cased.
 * @param {string} path from safePath()
 * @param {(candidate: string) => boolean} isLang
 */
export function canonicalPath(path, isLang) {
  const collapsed = path.replace(/\/{2,}/g, '/');
  const [, first = '', ...rest] = collapsed.split('/');
  const lower = first.toLowerCase();
  return lower !== first && isLang(lower) ? ['', lower, ...rest].join('/') : collapsed;
}

/** @param {string} root absolute path of the built site */
export function createSiteServer(root) {
  /** The URL path each response answers (sirv only knows the file's path). */
  const pagePaths = new WeakMap();
  const files = sirv(root, {
    // `dev` looks each file up on every request, so a rebuild under a running
    // server is served at once; `extensions: []` leaves URL → file mapping to us.
    dev: true,
    etag: true,
    extensions: [],
    setHeaders: (res, pathname) => {
      applyHeaders(res, pagePaths.get(res) ?? pathname);
      if (BINARY_EXTENSIONS.has(extname(pathname))) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });

  const inRoot = (/** @type {string} */ path) => {
    const absolute = resolve(root, `.${path}`);
    return absolute === root || absolute.startsWith(root + sep) ? absolute : undefined;
  };
  const isFile = (/** @type {string} */ path) => {
    const absolute = inRoot(path);
    return Boolean(absolute && existsSync(absolute) && statSync(absolute).isFile());
  };
  /** A language is a top-level folder with its own 404 page. */
  const isLang = (/** @type {string} */ code) => /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(code) && isFile(`/${code}/404/index.html`);

  /** @param {import('node:http').ServerResponse} res @param {string} path */
  function applyHeaders(res, path) {
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    let rules = [];
    try {
      rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
    } catch {
      // No `_headers` (an old build): the base headers and each page's <meta> CSP still apply.
    }
    for (const [name, value] of headersForPath(rules, path)) res.setHeader(name, value);
  }

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {string} location */
  function redirect(res, status, location) {
    applyHeaders(res, location);
    res.writeHead(status, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' }).end(`${status} → ${location}\n`);
  }

  /**
   * The localized 404 for a miss under `/{lang}/`, else the trilingual one.
   * @param {import('node:http').ServerResponse} res
   * @param {string} firstSegment the request's first path segment, as text
   * @param {string} path the request path (for `_headers`), or a path no page rule matches
   */
  function notFound(res, firstSegment, path) {
    const page = isLang(firstSegment) ? `/${firstSegment}/404/index.html` : '/404.html';
    const absolute = inRoot(page);
    applyHeaders(res, path);
    if (!absolute || !existsSync(absolute)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(absolute));
  }

  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      applyHeaders(res, '/');
      res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' }).end('405 Method Not Allowed\n');
      return;
    }
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = queryStart === -1 ? '' : target.slice(queryStart);

    const path = safePath(rawPath);
    // A path that cannot name a file: a miss, whose 404 page follows its raw first segment.
    if (path === undefined) return notFound(res, rawPath.split('/')[1] ?? '', '/.unsafe');
    if (HOST_CONFIG_FILES.has(path)) return notFound(res, '', path);

    const canonical = canonicalPath(path, isLang);
    if (canonical !== path) return redirect(res, 301, encodeURI(canonical) + query);
    if (canonical.endsWith('/index.html') && isFile(canonical)) return redirect(res, 301, encodeURI(canonical.slice(0, -'index.html'.length)) + query);

    let file = canonical;
    if (canonical.endsWith('/')) file = `${canonical}index.html`;
    else if (isFile(`${canonical}/index.html`)) return redirect(res, 301, `${encodeURI(canonical)}/${query}`);

    const first = canonical.split('/')[1] ?? '';
    if (!isFile(file)) return notFound(res, first, canonical);
    req.url = encodeURI(file);
    pagePaths.set(res, canonical);
    files(req, res, () => notFound(res, first, canonical));
  });
}

// Run as a program (`npm run serve`), not when a test imports this file.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.DIST_DIR ?? 'dist');
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds).`);
    process.exit(1);
  }
  const server = createSiteServer(root);
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`);
  });
}
