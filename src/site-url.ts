/**
 * The public address of the site, used for canonical URLs, hreflang, Open Graph
 * and the sitemap. Set `SITE_URL` when building for a real host.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env['SITE_URL']?.trim();
  return value ? value.replace(/\/?$/, '/') : `${DEFAULT_SITE_URL}/`;
}

/**
 * Environments where a build is a deployment, so a missing SITE_URL is an
 * error rather than a warning: an explicit `REQUIRE_SITE_URL=1`, and the
 * production builds of the hosts that read our `_headers` (Netlify sets
 * `CONTEXT=production`, Cloudflare Pages `CF_PAGES=1`) and Vercel's. Plain
 * `CI` is not one of them: CI runs `npm test`, which needs no SITE_URL.
 */
function isDeployBuild(env: Record<string, string | undefined>): boolean {
  const required = env['REQUIRE_SITE_URL']?.trim().toLowerCase();
  if (required && required !== '0' && required !== 'false') return true;
  return env['CONTEXT'] === 'production' || env['CF_PAGES'] === '1' || env['VERCEL_ENV'] === 'production';
}

export interface SiteUrlProblem {
  level: 'warning' | 'error';
  message: string;
}

/**
 * What is wrong with the build's SITE_URL, if anything: missing (a warning,
 * or an error on a deploy build), or not an absolute http(s) address (always
 * an error: every canonical link would be broken).
 */
export function siteUrlProblem(env: Record<string, string | undefined>): SiteUrlProblem | undefined {
  const value = env['SITE_URL']?.trim();
  if (value) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash) return undefined;
    return { level: 'error', message: `SITE_URL="${value}" is not an absolute http(s) address such as https://example.org (no query or #fragment).` };
  }
  const deploy = isDeployBuild(env);
  return {
    level: deploy ? 'error' : 'warning',
    message: [
      `SITE_URL is not set: every canonical link, hreflang alternate, og:url, robots.txt and the sitemap in this build say ${DEFAULT_SITE_URL}/.`,
      'That is right for `npm start` and `npm test`, wrong for a real host.',
      'Build for a host with:  SITE_URL=https://your.domain npm run build',
      deploy
        ? 'This looks like a deploy build (REQUIRE_SITE_URL, or a host\'s production build), so the build stops here.'
        : 'Set REQUIRE_SITE_URL=1 to make this an error (it already is on Netlify, Cloudflare Pages and Vercel production builds).',
    ].join('\n'),
  };
}
