/**
 * The locale registry: the one place that lists the site's languages.
 *
 * The Astro i18n config, `getStaticPaths`, the language switcher, hreflang tags,
 * the sitemap and the test loops all read from here. Adding a language starts
 * (and nearly ends) with one entry below plus its `locales/{code}/*.json` files.
 */
import { dateFormat } from '../lib/intl-cache.ts';

export interface LocaleInfo {
  /** The language's own name, as a reader of it would write it. */
  readonly label: string;
  /** BCP-47 tag used for `Intl` formatting and hreflang. */
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  /** ISO 4217 code of the currency a reader of this language usually thinks in. */
  readonly currency: string;
  /** Open Graph locale (`ll_CC`). */
  readonly ogLocale: string;
  /** How dates read in running text. */
  readonly dateStyle: 'long' | 'medium';
}

export const locales = {
  ko: { label: '한국어', tag: 'ko-KR', dir: 'ltr', currency: 'KRW', ogLocale: 'ko_KR', dateStyle: 'long' },
  tr: { label: 'Türkçe', tag: 'tr-TR', dir: 'ltr', currency: 'TRY', ogLocale: 'tr_TR', dateStyle: 'long' },
  id: { label: 'Bahasa Indonesia', tag: 'id-ID', dir: 'ltr', currency: 'IDR', ogLocale: 'id_ID', dateStyle: 'long' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof locales;

/** All language codes, in the order the site shows them. */
export const langs = Object.keys(locales) as Lang[];

/**
 * The language whose string files are the reference for key-parity checks.
 * All three languages are equal on the site; one has to be the yardstick.
 */
export const sourceLang: Lang = 'ko';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** Format a date the way a reader of `lang` expects it in running text. */
export function formatDate(date: Date, lang: Lang): string {
  const info = locales[lang];
  return dateFormat(info.tag, { dateStyle: info.dateStyle, timeZone: 'UTC' }).format(date);
}
