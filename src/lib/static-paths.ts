/** `getStaticPaths` helpers fed by the locale registry. */
import { langs } from '../i18n/locales.ts';

/** One path per language: `{ params: { lang } }`. */
export function langPaths() {
  return langs.map((lang) => ({ params: { lang } }));
}
