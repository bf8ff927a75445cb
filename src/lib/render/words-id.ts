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

const ID_SCALE = [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']] as const;

/**
 * A whole amount in Indonesian words, as it is said aloud: "dua juta empat ratus tujuh puluh lima
 * ribu". One thousand is "seribu" (never "satu ribu"); an amount that is exactly a half of its
 * largest unit is said with "setengah" ("empat setengah juta", "dua belas setengah juta"), as people say it,
 * for a count under twenty; after a longer count ("dua ratus lima puluh juta lima ratus ribu") it is not.
 * @example idAmountWords(2_475_000) // 'dua juta empat ratus tujuh puluh lima ribu'
 * @example idAmountWords(4_500_000) // 'empat setengah juta'
 */
export function idAmountWords(amount: number): string {
  const n = Math.round(Math.max(0, amount));
  if (n < 1000) return idNumberWords(n);
  for (const [unit, name] of ID_SCALE) {
    const q = Math.floor(n / unit);
    if (q >= 1 && q < 20 && n === q * unit + unit / 2 && unit >= 1e6) return `${idNumberWords(q)} setengah ${name}`;
  }
  let rest = n;
  const parts: string[] = [];
  for (const [unit, name] of ID_SCALE) {
    const q = Math.floor(rest / unit);
    rest -= q * unit;
    if (!q) continue;
    // Above 999 triliun the count itself needs words of its own.
    const count = q < 1000 ? idNumberWords(q) : idAmountWords(q);
    parts.push(unit === 1e3 && q === 1 ? 'seribu' : `${count} ${name}`);
  }
  if (rest) parts.push(idNumberWords(rest));
  return parts.join(' ');
}
