import { describe, expect, it } from 'vitest';
import { absoluteUrl, langFromPath, localizedPath, switchLangPath } from './urls.ts';
import { siteUrl } from '../site-url.ts';

describe('localizedPath()', () => {
  it('prefixes the language and ends with a slash', () => {
    expect(localizedPath('ko')).toBe('/ko/');
    expect(localizedPath('tr', 'guides/letting-a-client-go')).toBe('/tr/guides/letting-a-client-go/');
    expect(localizedPath('id', '/search/')).toBe('/id/search/');
  });
});

describe('langFromPath()', () => {
  it('reads the language prefix', () => {
    expect(langFromPath('/tr/quiz/readiness/')).toBe('tr');
    expect(langFromPath('/id/')).toBe('id');
  });
  it('returns undefined outside a language', () => {
    expect(langFromPath('/')).toBeUndefined();
    expect(langFromPath('/en/')).toBeUndefined();
    expect(langFromPath('/korean/')).toBeUndefined();
  });
});

describe('switchLangPath()', () => {
  it('keeps the rest of the path', () => {
    expect(switchLangPath('/ko/quiz/readiness/', 'id')).toBe('/id/quiz/readiness/');
    expect(switchLangPath('/tr/', 'ko')).toBe('/ko/');
    expect(switchLangPath('/tr', 'ko')).toBe('/ko/');
  });
  it('sends paths outside any language to the home', () => {
    expect(switchLangPath('/', 'tr')).toBe('/tr/');
    expect(switchLangPath('/404.html', 'id')).toBe('/id/');
  });
});

describe('absoluteUrl() and siteUrl()', () => {
  it('joins paths onto the site', () => {
    expect(absoluteUrl('/tr/', 'https://example.org/')).toBe('https://example.org/tr/');
  });
  it('reads SITE_URL, adding a trailing slash, and falls back to localhost', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org' })).toBe('https://example.org/');
    expect(siteUrl({ SITE_URL: '  ' })).toBe('http://localhost:4321/');
    expect(siteUrl({})).toBe('http://localhost:4321/');
  });
});
