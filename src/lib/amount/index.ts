/** Amounts as people write them: parsing (with reasons for refusing) and display. */
export { parseAmount, currencyDigits, MAX_AMOUNT, type AmountResult, type AmountRefusal } from './parse.ts';
export { formatAmount } from './format.ts';
