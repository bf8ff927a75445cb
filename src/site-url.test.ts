import { describe, expect, it, vi } from 'vitest';
import { siteUrlProblem } from './site-url.ts';
import { siteUrlCheck } from './integrations/site-url-check.ts';

describe('siteUrlProblem()', () => {
  it('warns when SITE_URL is missing, naming what points to localhost', () => {
    const problem = siteUrlProblem({});
    expect(problem?.level).toBe('warning');
    for (const word of ['canonical', 'hreflang', 'og:url', 'sitemap', 'http://localhost:4321/']) expect(problem?.message).toContain(word);
    expect(siteUrlProblem({ SITE_URL: '   ', CI: 'true' })?.level).toBe('warning');
  });

  it('is an error on a deploy build', () => {
    for (const env of [{ REQUIRE_SITE_URL: '1' }, { REQUIRE_SITE_URL: 'yes' }, { CONTEXT: 'production' }, { CF_PAGES: '1' }, { VERCEL_ENV: 'production' }]) {
      expect(siteUrlProblem(env)?.level, JSON.stringify(env)).toBe('error');
    }
    expect(siteUrlProblem({ REQUIRE_SITE_URL: '0' })?.level).toBe('warning');
    expect(siteUrlProblem({ CONTEXT: 'deploy-preview' })?.level).toBe('warning');
  });

  it('accepts an absolute http(s) address and refuses anything else', () => {
    expect(siteUrlProblem({ SITE_URL: 'https://example.org', REQUIRE_SITE_URL: '1' })).toBeUndefined();
    expect(siteUrlProblem({ SITE_URL: 'https://example.org/sub/' })).toBeUndefined();
    for (const bad of ['example.org', '/relative', 'ftp://example.org', 'https://example.org/?x=1', 'javascript:alert(1)']) {
      expect(siteUrlProblem({ SITE_URL: bad })?.level, bad).toBe('error');
    }
  });
});

describe('siteUrlCheck() integration', () => {
  type Hooks = { 'astro:config:setup': (o: unknown) => void; 'astro:build:done': (o: unknown) => void };
  const logger = () => ({ warn: vi.fn(), info: vi.fn(), error: vi.fn() });

  it('warns loudly on build, at the start and at the end', () => {
    const hooks = siteUrlCheck({}).hooks as unknown as Hooks;
    const log = logger();
    hooks['astro:config:setup']({ command: 'build', logger: log });
    hooks['astro:build:done']({ logger: log });
    expect(log.warn).toHaveBeenCalledTimes(2);
    expect(String(log.warn.mock.calls[0]?.[0])).toMatch(/!{20,}[\s\S]*SITE_URL is not set/);
  });

  it('stays quiet for dev and check, and when SITE_URL is set', () => {
    const log = logger();
    (siteUrlCheck({}).hooks as unknown as Hooks)['astro:config:setup']({ command: 'dev', logger: log });
    (siteUrlCheck({ SITE_URL: 'https://example.org' }).hooks as unknown as Hooks)['astro:config:setup']({ command: 'build', logger: log });
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('stops a deploy build without SITE_URL', () => {
    const hooks = siteUrlCheck({ CF_PAGES: '1' }).hooks as unknown as Hooks;
    expect(() => hooks['astro:config:setup']({ command: 'build', logger: logger() })).toThrow(/SITE_URL is not set/);
  });
});
