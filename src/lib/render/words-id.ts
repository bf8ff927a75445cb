/**
 * Indonesian number words, for contract periods written "14 (empat belas) hari"
 * as Indonesian contracts do. Own code: Intl has no spell-out. 0–999.
 */
const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** @example idNumberWords(14) // 'empat belas' */
export function idNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return ONES[n] ?? '';
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) {
    const tens = `${ONES[Math.floor(n / 10)]} puluh`;
    return n % 10 ? `${tens} ${ONES[n % 10]}` : tens;
  }
  const hundreds = n < 200 ? 'seratus' : `${ONES[Math.floor(n / 100)]} ratus`;
  return n % 100 ? `${hundreds} ${idNumberWords(n % 100)}` : hundreds;
}
