/** The generator's i18next instance over the real template files, for unit tests. */
import { resources } from '../../i18n/resources.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { createScriptI18n } from './i18n.ts';
import { addressClient, nameFormatters } from './names.ts';
import type { T } from './compose.ts';

const scriptResources = Object.fromEntries(langs.map((l) => [l, { script: resources[l]['script'] ?? {} }]));
const instance = createScriptI18n(scriptResources, 'ko', nameFormatters());

export function tFor(lang: Lang): T {
  return instance.getFixedT(lang, 'script') as unknown as T;
}

/** How `lang` addresses the client, for composeScript(). */
export function addressFor(lang: Lang): (name: string, title: string) => string {
  return (name, title) => addressClient(name, title, lang);
}
