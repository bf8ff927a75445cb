/**
 * Indonesian address forms: "Bapak Budi", "Ibu Sari".
 *
 * Indonesian does not inflect names; the only work is putting the courtesy
 * title in front, cleaning up what the reader typed, and not doubling a title
 * the reader already wrote.
 *
 * ## Rules
 * - The title goes before the name, separated by one space: Bapak Budi,
 *   Ibu Sari, Bapak Dr. Budi Santoso (academic titles stay after it).
 * - A title the reader typed at the start of the name is recognised — Bapak,
 *   Pak, Bpk./Bpk, Ibu, Bu, with or without a full stop, in any letter case —
 *   but only as a whole word (Budiman, Bunga, Pakpahan, Ibnu are names).
 *   - With no title requested, the name is kept as typed (Pak Budi).
 *   - With a title requested, the typed one is replaced by the formal form
 *     used in letters (Pak Budi + Bapak → Bapak Budi). If the reader's title
 *     is of the other gender (Bu Sari + Bapak), the reader's choice wins
 *     (Ibu Sari): it was typed for this one person, while the requested title
 *     may be a form default.
 * - Whitespace is collapsed, invisible characters removed, trailing commas
 *   and sentence punctuation dropped; a final full stop is kept only when it
 *   ends an initial or degree (Budi S., S.E.).
 */
import { TRAILING_SENTENCE_PUNCTUATION, normalizeName } from './normalize.ts';

/** Titles a UI can offer; '' means the bare name. */
export const idTitles = ['', 'Bapak', 'Ibu'] as const;

/** A title from `idTitles`. */
export type IdTitle = (typeof idTitles)[number];

const TYPED_TITLES: ReadonlyMap<string, Exclude<IdTitle, ''>> = new Map(Object.entries({
  bapak: 'Bapak',
  pak: 'Bapak',
  bpk: 'Bapak',
  ibu: 'Ibu',
  bu: 'Ibu',
}));

/** A typed title at the start: the word, then a full stop and/or spaces, then the rest. */
const TYPED_PREFIX = /^(bapak|bpk|pak|ibu|bu)(?:\.\s*|\s+)(.*)$/iu;

/** Drop trailing punctuation; keep a full stop that ends an initial or a degree. */
function cleanTrailing(text: string): string {
  let out = text;
  for (let guard = 0; guard < 8; guard += 1) {
    const before = out;
    out = out.replace(TRAILING_SENTENCE_PUNCTUATION, '');
    const token = out.split(/[\s,]/u).at(-1) ?? '';
    const letters = token.replace(/[^\p{L}]/gu, '').length;
    const dots = token.split('.').length - 1;
    if (out.endsWith('.') && letters > 2 && dots < 2) out = out.slice(0, -1);
    if (out === before) break;
  }
  return out.trim();
}

/**
 * The name with an Indonesian courtesy title in front, without doubling a title the reader typed.
 * @example addressId('Pak Budi', 'Bapak') // 'Bapak Budi'
 */
export function addressId(name: string, title: IdTitle = ''): string {
  const n = cleanTrailing(normalizeName(name));
  if (n === '') return '';
  const requested = TYPED_TITLES.get(normalizeName(title).toLowerCase());

  const bare = TYPED_TITLES.get(n.replace(/\.$/u, '').toLowerCase());
  if (bare) return requested ? bare : n; // the reader typed only a title

  const typed = TYPED_PREFIX.exec(n);
  const typedTitle = typed?.[1] ? TYPED_TITLES.get(typed[1].toLowerCase()) : undefined;
  const rest = typed?.[2]?.trim() ?? '';
  if (typedTitle && rest !== '') return requested ? `${typedTitle} ${rest}` : n;
  return requested ? `${requested} ${n}` : n;
}

/**
 * Academic, professional and religious titles written before a name (Dr., dr.,
 * Ir., Prof., Drs., Dra., H., Hj.). They stay in a letter ("Yth. Bapak Dr. Budi
 * Santoso") but are left out of the short spoken form ("Pak Budi").
 */
const PRE_NOMINAL = /^(?:(?:prof|dr|ir|drs|dra|hj?|kh)\.?\s+)+/iu;

/** The name without titles before it: 'Prof. Dr. Ir. Budi Santoso' → 'Budi Santoso'. */
export function withoutPreNominal(name: string): string {
  const rest = name.replace(PRE_NOMINAL, '');
  return rest === '' ? name : rest;
}

/**
 * The honorific a person is addressed with: a title the reader typed before the
 * name (Pak, Bu, Bapak, Ibu, Bpk.) wins, else the one chosen in the form.
 * '' when neither says it: Indonesian cannot address a person without knowing
 * Bapak or Ibu, so the form asks (see validateInput) rather than guessing.
 */
export function idHonorific(name: string, title: string): Exclude<IdTitle, ''> | '' {
  const n = normalizeName(name);
  const word = TYPED_PREFIX.exec(n)?.[1] ?? n.replace(/\.$/u, '');
  const fromTyped = TYPED_TITLES.get(word.toLowerCase());
  if (fromTyped) return fromTyped;
  return title === 'Bapak' || title === 'Ibu' ? title : '';
}
