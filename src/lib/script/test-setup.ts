/** The generator's i18next instances over the real template files, for unit tests. */
import { resources } from '../../i18n/resources.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { createScriptI18n } from './i18n.ts';
import { grammarFor, nameFormatters } from './names.ts';
import type { LanguagePack } from './pack.ts';
import type { T } from './compose.ts';

const scriptResources = Object.fromEntries(langs.map((l) => [l, { script: resources[l]['script'] ?? {} }]));
// One instance per output language, as in the browser: i18next resolves its own
// language's fallback chain once, another language's on every call (10× slower).
const instances = Object.fromEntries(langs.map((l) => [l, createScriptI18n(scriptResources, l, nameFormatters())])) as Record<Lang, ReturnType<typeof createScriptI18n>>;

export function tFor(lang: Lang): T {
  return instances[lang].getFixedT(lang, 'script') as unknown as T;
}

/** How `lang` addresses the client and lists names, for composeScript(). */
export function addressFor(lang: Lang): LanguagePack {
  return grammarFor(lang);
}
