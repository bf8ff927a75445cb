/** Test helper: every language's log words, from the real string files. */
import ko from '../../i18n/locales/ko/log.json';
import tr from '../../i18n/locales/tr/log.json';
import id from '../../i18n/locales/id/log.json';
import { langWords, type LangWords } from './words.ts';
import type { Entry } from './entry.ts';

export const words: Record<'ko' | 'tr' | 'id', LangWords> = {
  ko: langWords(ko, 'ko-KR'),
  tr: langWords(tr, 'tr-TR'),
  id: langWords(id, 'id-ID'),
};

/** A valid entry at `at`, with any fields overridden. */
let n = 0;
export function entry(at: string, extra: Partial<Entry> = {}): Entry {
  n++;
  return {
    v: 2, id: `e${n}`, clientId: 'c1', at, channel: 'call', what: '', handled: '', minutes: 10, billed: false,
    rude: false, unpaidAsk: false, afterHoursOverride: null, createdAt: at, updatedAt: at, ...extra,
  };
}

