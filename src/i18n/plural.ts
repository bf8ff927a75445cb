/**
 * Plural templates for the browser: `{ one: '{{count}} sonuç', other: … }`, so
 * a small script can pick the form with `Intl.PluralRules` without shipping i18next.
 */
import { resources } from './resources.ts';
import type { Lang } from './locales.ts';
import { flatten } from '../lib/i18n-parity.ts';

export function pluralForms(lang: Lang, ns: string, key: string): Record<string, string> {
  const messages = resources[lang][ns];
  if (!messages) throw new Error(`No namespace ${ns} for ${lang}`);
  const flat = flatten(messages);
  const forms: Record<string, string> = {};
  for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
    const value = flat.get(`${key}_${category}`);
    if (typeof value !== 'string') throw new Error(`Missing ${lang}/${ns}:${key}_${category}`);
    forms[category] = value;
  }
  return forms;
}
