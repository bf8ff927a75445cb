/**
 * scripts/serve.mjs against a small built site in a temporary folder named
 * `dist`, with secrets beside it (`dist-secret/`, `dist.bak/`, a file in the
 * parent): every traversal variant from the QA report, and more, must miss;
 * the site's own routes (localized 404s, redirects, 405) must hold.
 * Requests go out with raw paths (node:http sends the path as written; fetch
 * would normalise `..` and `%2e` away before the server saw them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSiteServer } from '../../scripts/serve.mjs';

const SECRET = 'TOP SECRET';
let parent = '';
let server: Server;
let port = 0;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const page = (name: string) => `<!doctype html><html><head><title>${name}</title></head><body>${name}</body></html>`;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const dist = join(parent, 'dist');
  write(join(dist, 'index.html'), page('CHOOSER'));
  write(join(dist, '404.html'), page('ROOT-404'));
  for (const lang of ['ko', 'tr']) {
    write(join(dist, lang, 'index.html'), page(`${lang}-HOME`));
    write(join(dist, lang, '404', 'index.html'), page(`${lang}-404`));
    write(join(dist, lang, 'tools', 'script', 'index.html'), page(`${lang}-GENERATOR`));
  }
  write(join(dist, '_astro', 'app.js'), 'console.log(1)');
  write(join(dist, 'pagefind', 'pagefind-entry.json'), '{}');
  write(join(dist, 'pagefind', 'index', 'ko_1.pf_index'), 'binary');
  write(join(dist, '.hidden'), SECRET);
  write(join(dist, '_headers'), "/*\n  X-Frame-Options: DENY\n\n/ko/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
  write(join(parent, 'dist-secret', 'secret.txt'), SECRET);
  write(join(parent, 'dist.bak', 'index.html'), SECRET);
  write(join(parent, 'secret.txt'), SECRET);
  server = createSiteServer(dist) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(parent, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('never serves outside dist/', () => {
  const attempts = [
    // from the QA report
    '/..%2fdist-secret%2fsecret.txt',
    '/..%2Fdist-secret/secret.txt',
    '/%2e%2e%2fdist-secret%2fsecret.txt',
    '/..%2f..%2fetc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    // plain and encoded dot segments
    '/../dist-secret/secret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/dist-secret/secret.txt',
    '/.%2e/dist-secret/secret.txt',
    '/ko/../../dist-secret/secret.txt',
    '/ko/%2e%2e/%2e%2e/dist-secret/secret.txt',
    '/ko/..%2f..%2fdist-secret%2fsecret.txt',
    '/../dist.bak/index.html',
    '/..%2fdist.bak%2f',
    // backslashes, raw and encoded
    '/..\\dist-secret\\secret.txt',
    '/ko\\..\\..\\dist-secret\\secret.txt',
    '/..%5cdist-secret%5csecret.txt',
    '/..%5Cdist-secret%5Csecret.txt',
    // double encoding
    '/%252e%252e%252fdist-secret%252fsecret.txt',
    '/..%252fdist-secret%252fsecret.txt',
    '/%25%32%65%25%32%65/dist-secret/secret.txt',
    // null bytes and overlong UTF-8
    '/..%00/dist-secret/secret.txt',
    '/%00../dist-secret/secret.txt',
    '/ko/%00',
    '/..%c0%af..%c0%afdist-secret%c0%afsecret.txt',
    '/%c0%ae%c0%ae/dist-secret/secret.txt',
    // doubled slashes in front of a traversal, dotfiles
    '//..%2fdist-secret%2fsecret.txt',
    '//../dist-secret/secret.txt',
    '/.hidden',
    '/%2ehidden',
    '/_headers',
  ];
  for (const path of attempts) {
    it(`${path} → 404 without the secret`, async () => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain(SECRET);
      expect(answer.headers['location']).toBeUndefined();
    });
  }
});

describe('routes', () => {
  it('serves pages at their trailing-slash URLs', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: expect.stringContaining('CHOOSER') });
    expect(await get('/ko/')).toMatchObject({ status: 200, body: expect.stringContaining('ko-HOME') });
    expect(await get('/ko/tools/script/?client=A')).toMatchObject({ status: 200, body: expect.stringContaining('ko-GENERATOR') });
    expect((await get('/ko/')).headers['content-type']).toMatch(/^text\/html/);
  });

  it('serves assets, Pagefind index files as binary', async () => {
    expect(await get('/_astro/app.js')).toMatchObject({ status: 200, body: 'console.log(1)' });
    const index = await get('/pagefind/index/ko_1.pf_index');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('application/octet-stream');
  });

  const redirects: Array<[string, string]> = [
    ['/ko', '/ko/'],
    ['/ko/tools/script', '/ko/tools/script/'],
    ['/ko/tools/script?client=A', '/ko/tools/script/?client=A'],
    ['/KO/', '/ko/'],
    ['/Ko/tools/script/?client=A', '/ko/tools/script/?client=A'],
    ['/tR/', '/tr/'],
    ['//ko/', '/ko/'],
    ['///ko/', '/ko/'],
    ['/ko//tools/script/', '/ko/tools/script/'],
    ['//ko/tools/script/', '/ko/tools/script/'],
    // never a protocol-relative Location: `//evil.example/` stays on this site
    ['//evil.example/ko/', '/evil.example/ko/'],
    ['/ko/index.html', '/ko/'],
    ['/ko/tools/script/index.html', '/ko/tools/script/'],
  ];
  for (const [from, to] of redirects) {
    it(`${from} → 301 ${to}`, async () => {
      const answer = await get(from);
      expect(answer.status).toBe(301);
      expect(answer.headers['location']).toBe(to);
    });
  }

  it('a miss under a language gets its 404 page; other misses the root one', async () => {
    expect(await get('/ko/no-such-page/')).toMatchObject({ status: 404, body: expect.stringContaining('ko-404') });
    expect(await get('/tr/no/such/')).toMatchObject({ status: 404, body: expect.stringContaining('tr-404') });
    expect(await get('/ko/%')).toMatchObject({ status: 404, body: expect.stringContaining('ko-404') });
    expect(await get('/nowhere/')).toMatchObject({ status: 404, body: expect.stringContaining('ROOT-404') });
    expect(await get('/en/')).toMatchObject({ status: 404, body: expect.stringContaining('ROOT-404') });
    expect(await get('/EN/')).toMatchObject({ status: 404, body: expect.stringContaining('ROOT-404') });
    expect(await get('/404')).toMatchObject({ status: 404, body: expect.stringContaining('ROOT-404') });
    expect(await get('/evil.example/ko/')).toMatchObject({ status: 404, body: expect.stringContaining('ROOT-404') });
    // the 404 pages themselves are pages
    expect(await get('/404.html')).toMatchObject({ status: 200, body: expect.stringContaining('ROOT-404') });
    expect(await get('/ko/404/')).toMatchObject({ status: 200, body: expect.stringContaining('ko-404') });
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await get('/ko/', method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers['allow']).toBe('GET, HEAD');
      expect(answer.body).not.toContain('ko-HOME');
    }
    const head = await get('/ko/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('sends the security headers, and the _headers rules for the path', async () => {
    for (const path of ['/ko/', '/nowhere/', '/..%2fdist-secret%2fsecret.txt', '/_astro/app.js']) {
      const answer = await get(path);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['referrer-policy'], path).toBe('no-referrer');
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
    }
    expect((await get('/ko/')).headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    // a page's policy is for that page only: not for a 404 answered at another path
    expect((await get('/ko/missing/')).headers['content-security-policy']).toBeUndefined();
    expect((await get('/ko/%')).headers['content-security-policy']).toBeUndefined();
  });
});
