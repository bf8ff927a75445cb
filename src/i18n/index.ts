/**
 * i18next for build-time rendering: one instance per language, initialised
 * synchronously from the bundled string files. Astro escapes what it renders,
 * so i18next must not escape a second time.
 */
import i18next, { type i18n, type Namespace, type TFunction } from 'i18next';
import { resources, namespaces } from './resources.ts';
import type { Lang } from './locales.ts';

const instances = new Map<Lang, i18n>();

/** The i18next instance for `lang`, created on first use. */
export function getI18n(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance({
      lng: lang,
      fallbackLng: false,
      resources,
      ns: namespaces,
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    void instance.init();
    instances.set(lang, instance);
  }
  return instance;
}

/**
 * A `t` function bound to one language and one namespace (default `common`).
 * @example useT('tr')('nav.home') // 'Ana sayfa'
 */
export function useT<Ns extends Namespace = 'common'>(lang: Lang, ns?: Ns): TFunction<Ns> {
  return getI18n(lang).getFixedT(lang, ns ?? 'common') as TFunction<Ns>;
}

/**
 * A `t` for keys built from data ids (quiz questions, options, bands), which the
 * type system cannot check. A missing key throws at build time instead of
 * printing the key; unit tests check every data id has its strings.
 * @example dataT('ko', 'quiz')('toxic-client.bands.healthy.title')
 */
export function dataT(lang: Lang, ns: Namespace): (key: string, options?: Record<string, unknown>) => string {
  const instance = getI18n(lang);
  return (key, options) => {
    if (!instance.exists(key, { ns })) throw new Error(`Missing string ${lang}/${String(ns)}:${key}`);
    return String(instance.t(key, { ...options, ns } as never));
  };
}
