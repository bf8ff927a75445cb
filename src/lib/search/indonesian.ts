/**
 * Indonesian search normalisation. Pagefind's Indonesian stemmer already reduces
 * `membatalkan`, `pembatalan` and `kliennya` to their base words on both sides,
 * so this module only adds what it lacks: clitics split off a query word
 * (`kliennya` → `klien`), and a light stemmer used to mark the matched words in an
 * excerpt (the words Pagefind matched through stems).
 */

const CLITICS = /(lah|kah|tah|pun|nya|ku|mu)$/u;

/** A query word without its clitic or possessive (`kliennya` → `klien`), if long enough. */
export function stripClitic(word: string): string {
  const stripped = word.replace(CLITICS, '');
  return stripped.length >= 3 ? stripped : word;
}

const PREFIXES: [RegExp, string][] = [
  [/^(meng|peng)(?=[aiueo])/u, ''],
  [/^(meny|peny)(?=[aiueo])/u, 's'],
  [/^(mem|pem)(?=[aiueo])/u, 'p'],
  [/^(mem|pem)(?=[bfpv])/u, ''],
  [/^(men|pen)(?=[aiueo])/u, 't'],
  [/^(men|pen)(?=[cdjsz])/u, ''],
  [/^(meng|peng)(?=[ghk])/u, ''],
  [/^(me|pe)(?=[lmnrwy])/u, ''],
  [/^(ber|per|ter)/u, ''],
  [/^(di|ke|se)/u, ''],
];

/**
 * A rough base word: clitic, suffix (-kan, -an, -i) and one prefix removed
 * (`pembatalan` → `batal`, `menghubungi` → `hubung`, `pemutusan` → `putus`).
 * Used to compare words, never shown.
 */
export function indonesianStem(word: string): string {
  let w = stripClitic(word.toLowerCase());
  for (const suffix of ['kan', 'an', 'i']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  for (const [pattern, replacement] of PREFIXES) {
    if (pattern.test(w)) {
      const stemmed = w.replace(pattern, replacement);
      if (stemmed.length >= 3) return stemmed;
    }
  }
  return w;
}
