/** The generator's translate functions over the real template files, for unit tests. */
import { resources } from '../../i18n/resources.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { createT, type T } from './templates.ts';
import { grammarFor } from './names.ts';
import type { LanguagePack } from './pack.ts';

const ts = Object.fromEntries(langs.map((l) => [l, createT(resources[l]['script'], l, grammarFor(l).formatters)])) as Record<Lang, T>;

export function tFor(lang: Lang): T {
  return ts[lang];
}

/** How `lang` addresses the client and lists names, for composeScript(). */
export function addressFor(lang: Lang): LanguagePack {
  return grammarFor(lang);
}
