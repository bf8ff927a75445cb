/** The generator's i18next instance over the real template files, for unit tests. */
import { resources } from '../../i18n/resources.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { createScriptI18n } from './i18n.ts';
import { grammarFor, nameFormatters } from './names.ts';
import type { LanguagePack } from './pack.ts';
import type { T } from './compose.ts';

const scriptResources = Object.fromEntries(langs.map((l) => [l, { script: resources[l]['script'] ?? {} }]));
const instance = createScriptI18n(scriptResources, 'ko', nameFormatters());

export function tFor(lang: Lang): T {
  return instance.getFixedT(lang, 'script') as unknown as T;
}

/** How `lang` addresses the client and lists names, for composeScript(). */
export function addressFor(lang: Lang): Pick<LanguagePack, 'address' | 'list'> {
  return grammarFor(lang);
}
