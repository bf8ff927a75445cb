/**
 * The i18next instance that composes the texts, in the browser and in tests:
 * only the `script` namespace, every output language, name formatters added,
 * no HTML escaping (the texts go into textContent, never innerHTML).
 */
import i18next, { type i18n, type Resource } from 'i18next';
import type { Formatter } from './pack.ts';

export function createScriptI18n(resources: Resource, lng: string, formatters: Record<string, Formatter> = {}): i18n {
  const instance = i18next.createInstance({
    lng,
    fallbackLng: false,
    ns: ['script'],
    defaultNS: 'script',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    // A missing template is a bug the tests must see, not text for the reader.
    returnEmptyString: false,
  });
  void instance.init();
  addFormatters(instance, formatters);
  return instance;
}

/** Register name formatters (a language pack's) on an instance. */
export function addFormatters(instance: i18n, formatters: Record<string, Formatter>): void {
  for (const [name, fn] of Object.entries(formatters)) instance.services.formatter?.add(name, fn);
}
