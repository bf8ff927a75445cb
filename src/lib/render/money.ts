/**
 * Money as people of each country say it in a call and write it in a letter.
 *
 *              spoken (a call script)          written (a letter, a checklist)
 *   ko  KRW    125만 원, 1억 2천만 원, 3,000원    1,250,000원
 *   tr  TRY    45 bin lira, 8 bin 500 lira, 1 milyon 250 bin lira 45.000 TL, 1.234,50 TL
 *   id  IDR    satu juta dua ratus lima puluh ribu rupiah    Rp1.250.000
 *
 * Never a currency sign (₩, ₺) or ",00": those belong to price tags, not to speech.
 * Every spoken form is exact: a refund said aloud must be the amount that is paid.
 *
 * Intl gives the digit grouping of every form. Own code, because Intl has no
 * such form: the Korean 만/억/조 split (Intl rounds: 12,345,678 → 1235만), the
 * Turkish bin/milyon split and "TL" after the number (Intl writes ₺ first), and
 * Indonesian amounts in words (Intl has no spell-out; compact notation rounds: 12.345.678 → "12,35 juta").
 */
import type { Lang } from '../../i18n/locales.ts';
import { numberFormat } from '../intl-cache.ts';
import { idAmountWords } from './words-id.ts';

const TAG: Record<Lang, string> = { ko: 'ko-KR', tr: 'tr-TR', id: 'id-ID' };

/** Digits grouped the way `lang` writes them (1,234 / 1.234), up to `fraction` decimals. */
function digits(value: number, lang: Lang, fraction = 0): string {
  return numberFormat(TAG[lang], { maximumFractionDigits: fraction, minimumFractionDigits: 0 }).format(value);
}

/** Whole units of the currency (won, lira, rupiah); kuruş are handled separately. */
const whole = (amount: number) => Math.floor(Math.max(0, amount) + 1e-9);

// ---------- Korean ----------

/** One 4-digit group before 만/억/조: 2000 → 2천 (as said: 2천만), else digits: 1,234. */
function koGroup(q: number): string {
  return q >= 1000 && q < 10_000 && q % 1000 === 0 ? `${q / 1000}천` : digits(q, 'ko');
}

function koSpoken(amount: number): string {
  let rest = Math.round(Math.max(0, amount));
  if (rest < 10_000) return `${digits(rest, 'ko')}원`;
  const parts: string[] = [];
  for (const [unit, name] of [[1e12, '조'], [1e8, '억'], [1e4, '만']] as const) {
    const q = Math.floor(rest / unit);
    rest -= q * unit;
    if (q) parts.push(`${koGroup(q)}${name}`);
  }
  // "125만 원" (a unit word, then a space) but "1,234만 5,678원" (digits, no space); a round
  // thousand after 만 is said as a unit word too: "8만 5천 원", never the written-style "8만 5,000원".
  if (rest && rest % 1000 === 0) return `${parts.join(' ')} ${rest / 1000}천 원`;
  return rest ? `${parts.join(' ')} ${digits(rest, 'ko')}원` : `${parts.join(' ')} 원`;
}

// ---------- Turkish ----------

function trSpoken(amount: number): string {
  const lira = whole(amount);
  const kurus = Math.round((Math.max(0, amount) - lira) * 100);
  let text: string;
  // From a thousand up, the thousands are said as "bin" ("8 bin 500 lira", "bin 500 lira"), as they are
  // spoken; "8.500 lira" in a line to be read aloud is the written form.
  if (lira < 1_000) text = digits(lira, 'tr');
  else {
    let rest = lira;
    const parts: string[] = [];
    for (const [unit, name] of [[1e12, 'trilyon'], [1e9, 'milyar'], [1e6, 'milyon'], [1e3, 'bin']] as const) {
      const q = Math.floor(rest / unit);
      rest -= q * unit;
      // "bin" alone is one thousand; nobody says "bir bin".
      if (q) parts.push(unit === 1e3 && q === 1 ? 'bin' : `${digits(q, 'tr')} ${name}`);
    }
    if (rest) parts.push(digits(rest, 'tr'));
    text = parts.join(' ');
  }
  return kurus ? `${text} lira ${kurus} kuruş` : `${text} lira`;
}

function trWritten(amount: number): string {
  const hasKurus = Math.round(amount * 100) % 100 !== 0;
  const n = numberFormat('tr-TR', { minimumFractionDigits: hasKurus ? 2 : 0, maximumFractionDigits: hasKurus ? 2 : 0 }).format(amount);
  return `${n} TL`;
}

// ---------- Indonesian ----------

function idSpoken(amount: number): string {
  // One rule for every amount in a call script: the number in words, as it is read aloud
  // ("dua juta empat ratus tujuh puluh lima ribu rupiah", "empat setengah juta rupiah"), the
  // currency word last and no "Rp" ("Rp" belongs to the written form). Digits mixed with unit
  // words ("4 juta 500 ribu rupiah") are how nobody says it; a decimal ("2,475 juta") makes the
  // speaker convert on the spot. Words are exact, so a refund said aloud is the amount paid.
  return `${idAmountWords(amount)} rupiah`;
}

/**
 * An amount as said aloud in a call script, in the currency of `lang`.
 * @example spokenMoney(1_250_000, 'ko') // '125만 원'
 * @example spokenMoney(45_000, 'tr') // '45 bin lira'
 * @example spokenMoney(1_250_000, 'id') // 'satu juta dua ratus lima puluh ribu rupiah'
 */
export function spokenMoney(amount: number, lang: Lang): string {
  if (lang === 'ko') return koSpoken(amount);
  if (lang === 'tr') return trSpoken(amount);
  return idSpoken(amount);
}

/**
 * An amount as written in a letter or a list, in the currency of `lang`.
 * @example writtenMoney(1_250_000, 'ko') // '1,250,000원'
 * @example writtenMoney(45_000, 'tr') // '45.000 TL'
 * @example writtenMoney(1_250_000, 'id') // 'Rp1.250.000'
 */
export function writtenMoney(amount: number, lang: Lang): string {
  if (lang === 'ko') return `${digits(Math.round(amount), 'ko')}원`;
  if (lang === 'tr') return trWritten(amount);
  return `Rp${digits(Math.round(amount), 'id')}`;
}
