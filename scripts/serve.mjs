// A small static server for the built site (`dist/`), in the foreground, on
// localhost. Unlike `astro preview` it answers a miss under `/{lang}/` with that
// language's 404 page (status 404), as a host configured per language would;
// other misses get the root `/404.html`. Used by `npm start` and the e2e tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds).`);
  process.exit(1);
}

function fileFor(pathname) {
  const candidate = normalize(join(root, pathname));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

function notFoundPage(pathname) {
  const lang = pathname.split('/')[1];
  const localized = lang ? join(root, lang, '404', 'index.html') : '';
  return lang && existsSync(localized) ? localized : join(root, '404.html');
}

function send(res, status, file) {
  res.writeHead(status, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = fileFor(pathname);
  if (file) return send(res, 200, file);
  // `/ko/search` → `/ko/search/`, as static hosts do for directories.
  if (!pathname.endsWith('/') && existsSync(join(root, pathname, 'index.html'))) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  send(res, 404, notFoundPage(pathname));
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
});
