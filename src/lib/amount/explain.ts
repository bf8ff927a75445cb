/**
 * What the reader sees about an amount, in the page's language: "= 1,250,000원"
 * when it was read, or why it was refused, with what was understood. Templates
 * come from the page (generator.json `validation`); this module only fills them.
 */
import { locales, type Lang } from '../../i18n/locales.ts';
import { fillTemplate } from '../fill-template.ts';
import { formatAmount } from './format.ts';
import { currencyDigits, type AmountRefusal, type AmountResult } from './parse.ts';

/** One template per refusal that has something to say (`empty` is the form's usual "required" message). */
export type AmountMessageKey = 'negative' | 'zero' | 'fraction' | 'tooLarge' | 'exponent' | 'ambiguous' | 'currency' | 'garbage';

export interface AmountMessages {
  /** "= {{amount}}" */
  parsed: string;
  refused: Record<AmountMessageKey, string>;
}

const KEYS: ReadonlyMap<Exclude<AmountRefusal, 'empty'>, AmountMessageKey> = new Map([
  ['negative', 'negative'],
  ['zero', 'zero'],
  ['fraction', 'fraction'],
  ['too-large', 'tooLarge'],
  ['exponent', 'exponent'],
  ['ambiguous', 'ambiguous'],
  ['currency', 'currency'],
  ['garbage', 'garbage'],
]);

let currencyNames: Map<string, Intl.DisplayNames> | undefined;
function currencyName(currency: string, lang: Lang): string {
  currencyNames ??= new Map();
  let names = currencyNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames(locales[lang].tag, { type: 'currency' });
    currencyNames.set(lang, names);
  }
  return names.of(currency) ?? currency;
}

/**
 * The line beside the field, or '' when nothing was typed.
 * @param typed what the reader typed (shown back in some refusals)
 * @param pageLang the language the reader reads
 * @param currency the currency of the amount (the output language's)
 */
export function describeAmount(result: AmountResult, typed: string, pageLang: Lang, currency: string, messages: AmountMessages): string {
  const money = (value: number, code = currency) => formatAmount(value, pageLang, code);
  if (result.ok) return fillTemplate(messages.parsed, { amount: money(result.value) });
  if (result.reason === 'empty') return '';
  // 1e999 read as nothing finite: say it could not be read.
  const reason = result.reason === 'exponent' && result.understood === undefined ? 'garbage' : result.reason;
  const key = KEYS.get(reason) ?? 'garbage';
  return fillTemplate(messages.refused[key], {
    typed: typed.trim(),
    understood: result.understood === undefined ? '' : money(result.understood, result.named ?? currency),
    alternative: result.alternative === undefined ? '' : money(result.alternative),
    currency: currencyName(currency, pageLang),
    smallest: money(10 ** -currencyDigits(currency)),
  });
}
