import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  formatHeadersFile,
  headerCsp,
  headersForPath,
  hostLimitProblems,
  metaCsp,
  pageCspRules,
  pagePathOf,
  parseHeadersFile,
  ruleMatches,
} from './headers-file.ts';

const FILE = `# comment
/*
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer

/ko/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
`;

describe('parseHeadersFile() and formatHeadersFile()', () => {
  it('reads rules and round-trips', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules).toEqual([
      { path: '/*', headers: [['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'no-referrer']] },
      { path: '/ko/', headers: [['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"]] },
    ]);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/outside a rule/);
  });
});

describe('matching', () => {
  it('matches exact paths and prefixes before *', () => {
    expect(ruleMatches('/*', '/anything/at/all')).toBe(true);
    expect(ruleMatches('/ko/', '/ko/')).toBe(true);
    expect(ruleMatches('/ko/', '/ko/guides/')).toBe(false);
    expect(ruleMatches('/ko/*', '/ko/guides/')).toBe(true);
  });

  it('collects every matching rule\'s headers, joining a repeated name with ", "', () => {
    const rules = parseHeadersFile(FILE);
    expect([...headersForPath(rules, '/ko/')]).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Referrer-Policy', 'no-referrer'],
      ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
    ]);
    expect(headersForPath(rules, '/tr/').has('Content-Security-Policy')).toBe(false);
    const twice = parseHeadersFile('/*\n  X-A: 1\n/a\n  x-a: 2\n');
    expect([...headersForPath(twice, '/a')]).toEqual([['X-A', '1, 2']]);
  });
});

describe('CSP', () => {
  const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc='; style-src 'self';"></head>`;

  it('reads the policy from a page\'s <meta>', () => {
    expect(metaCsp(html)).toBe("default-src 'self';script-src 'self' 'sha256-abc='; style-src 'self';");
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
    expect(metaCsp(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`)).toBe("default-src 'self'");
  });

  it('the header policy is the meta policy plus frame-ancestors \'none\'', () => {
    const header = headerCsp(metaCsp(html) ?? '');
    expect(header).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'");
    expect(cspDirectives(header)).toEqual([...cspDirectives(metaCsp(html) ?? ''), "frame-ancestors 'none'"]);
    expect(headerCsp("default-src 'self'; frame-ancestors *")).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('maps built files to the paths they answer at', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('404.html')).toBe('/404.html');
    expect(pagePathOf('ko/index.html')).toBe('/ko/');
    expect(pagePathOf('ko\\guides\\x\\index.html')).toBe('/ko/guides/x/');
  });

  it('makes one rule per page, and refuses a page without a policy', () => {
    const rules = pageCspRules([
      { file: 'tr/index.html', html },
      { file: 'index.html', html },
    ]);
    expect(rules.map((r) => r.path)).toEqual(['/', '/tr/']);
    expect(() => pageCspRules([{ file: 'x/index.html', html: '<head></head>' }])).toThrow(/x\/index.html/);
  });

  it('reports files a host would cut short', () => {
    expect(hostLimitProblems(parseHeadersFile(FILE))).toEqual([]);
    const many = Array.from({ length: 101 }, (_, i) => ({ path: `/${i}/`, headers: [['X-A', '1'] as const] }));
    expect(hostLimitProblems(many)[0]).toMatch(/101 rules/);
    expect(hostLimitProblems([{ path: '/', headers: [['X-A', 'a'.repeat(2001)]] }])[0]).toMatch(/characters/);
  });
});
