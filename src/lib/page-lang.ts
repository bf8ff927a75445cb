/** The language of the page being rendered, from Astro's i18n routing. */
import { isLang, type Lang } from '../i18n/locales.ts';

export function pageLang(currentLocale: string | undefined): Lang {
  if (!isLang(currentLocale)) throw new Error(`This component needs a page under /{lang}/ (got ${String(currentLocale)})`);
  return currentLocale;
}
