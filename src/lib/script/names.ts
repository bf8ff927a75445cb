/**
 * Every language's pack at once, for build-time pages and unit tests (the
 * browser loads one pack at a time instead; see src/scripts/script-generator.ts).
 */
import type { Lang } from '../../i18n/locales.ts';
import type { Formatter, LanguagePack } from './pack.ts';
import { pack as ko } from './pack-ko.ts';
import { pack as tr } from './pack-tr.ts';
import { pack as id } from './pack-id.ts';

export const packs: Record<Lang, LanguagePack> = { ko, tr, id };

/** The forms of address the form offers for each output language ('' = none). */
export const titlesFor: Record<Lang, readonly string[]> = { ko: ko.titles, tr: tr.titles, id: id.titles };

/** The title a new form starts with in each output language. */
export const defaultTitle: Record<Lang, string> = { ko: ko.defaultTitle, tr: tr.defaultTitle, id: id.defaultTitle };

/** The grammar composeScript() needs for `lang`. */
export function grammarFor(lang: Lang): LanguagePack {
  return packs[lang];
}

/** Every language's formatters together. */
export function nameFormatters(): Record<string, Formatter> {
  return { ...ko.formatters, ...tr.formatters, ...id.formatters };
}
