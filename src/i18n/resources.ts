/**
 * Every string file, gathered at build time: `resources[lang][namespace]`.
 * The files are found by pattern, so a new namespace needs no code change; the
 * parity test makes sure each language has the same files and keys.
 */
import type { Messages } from '../lib/i18n-parity.ts';
import { langs, type Lang } from './locales.ts';

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

function collect(): Record<Lang, Record<string, Messages>> {
  const out = Object.fromEntries(langs.map((lang) => [lang, {}])) as Record<Lang, Record<string, Messages>>;
  for (const [path, messages] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match;
    if (lang && ns && lang in out) out[lang as Lang][ns] = messages;
  }
  return out;
}

export const resources = collect();

/** Namespace names, taken from the reference language's files. */
export const namespaces = Object.keys(resources.ko).sort();
