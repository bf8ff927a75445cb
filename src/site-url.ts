/**
 * The public address of the site, used for canonical URLs, hreflang, Open Graph
 * and the sitemap. Set `SITE_URL` when building for a real host.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env['SITE_URL']?.trim();
  return value ? value.replace(/\/?$/, '/') : `${DEFAULT_SITE_URL}/`;
}
