/** Korean: honorific titles after the name, particles chosen by the name's last sound. */
import { koParticles, koTitles, particle } from '../grammar/korean.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { addresseeKo } from '../grammar/addressee-ko.ts';
import type { LanguagePack } from './pack.ts';
import { koreanAnd } from '../render/lists-ko.ts';
import { listOf } from '../render/lists.ts';
import { yearOnceKo } from '../render/dates-ko.ts';

/**
 * A later reason joined to the one before, so two or three reasons read as one account rather than
 * sentences stacked side by side: "그리고 …" for the second, "또 …" for the third. Both words fit
 * 해요체 and 합니다체 alike, so the tone needs no say here.
 */
export function joinReasonKo(line: string, index: number): string {
  return index === 1 ? `그리고 ${line}` : index >= 2 ? `또 ${line}` : line;
}

export const pack: LanguagePack = {
  titles: koTitles,
  // Korean business courtesy needs a title; 님 is the safe default.
  defaultTitle: '님',
  list: (items, type) => (type === 'and' ? koreanAnd(items) : listOf(items, 'ko', 'or')),
  addressee: (client) => addresseeKo(client),
  letterOmitsMaterials: true,
  tidyLetter: yearOnceKo,
  joinReason: joinReasonKo,
  formatters: {
    ...Object.fromEntries(koParticles.map((p) => [p, (value: unknown) => particle(normalizeName(value), p)])),
    // A written deadline: "2026년 12월 7일(월)까지", but a promise for the day the mail is sent reads
    // "오늘 안으로" (as the call says it), not the deadline-like "오늘까지". 오늘 = shared.today.
    까지: (value: unknown) => (value === '오늘' ? '오늘 안으로' : `${String(value)}까지`),
    // The day something ends, from the spoken deadline: "오늘까지" → "계약은 오늘로", "12월 4일까지" → "12월 4일로".
    로: (value: unknown) => String(value).replace(/까지$/u, '로'),
    // "That day" pointing back at a deadline just said: 그날 / 날 for a date, but 오늘 when the deadline is today
    // ("오늘까지는 … 그날로 마무리" read as another day): "계약이 끝나는 {{endWhen, 날}}", "{{endWhen, 그날}}로".
    그날: (value: unknown) => (String(value).startsWith('오늘') ? '오늘' : '그날'),
    날: (value: unknown) => (String(value).startsWith('오늘') ? '오늘' : '날'),
  },
};
