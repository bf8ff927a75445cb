/**
 * URL helpers. Every localized route starts with `/{lang}/`; the root `/` is the
 * language chooser. These helpers are pure so the switcher, hreflang tags and
 * tests all agree on the same mapping.
 */
import { isLang, type Lang } from '../i18n/locales.ts';

/**
 * The path of `path` inside `lang`, always with a trailing slash for pages.
 * @example localizedPath('tr', 'guides/letting-a-client-go') // '/tr/guides/letting-a-client-go/'
 */
export function localizedPath(lang: Lang, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${lang}/${trimmed}/` : `/${lang}/`;
}

/** The language a path belongs to, or `undefined` for the root and unknown prefixes. */
export function langFromPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * The same page in another language. Slugs are identical across languages, so
 * only the prefix changes; a path outside any language maps to that language's home.
 * @example switchLangPath('/ko/quiz/readiness/', 'id') // '/id/quiz/readiness/'
 */
export function switchLangPath(pathname: string, to: Lang): string {
  const from = langFromPath(pathname);
  if (!from) return localizedPath(to);
  const rest = pathname.slice(from.length + 1);
  return `/${to}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/** Absolute URL for `path` on `site`, for canonical and hreflang links. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
