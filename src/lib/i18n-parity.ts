/**
 * Plural-aware key and placeholder parity between the languages' string files.
 *
 * Every language must have exactly the reference language's keys, except that a
 * plural key (`results_other`) is required in the plural categories that
 * `Intl.PluralRules` reports for that language: ko and id have only `other`,
 * tr has `one` and `other`. Every translation of a key must use the same
 * `{{placeholders}}`; a plural form may leave out `{{count}}` ("bir sonuç").
 *
 * Tone refinements are optional: where a key `X` exists, `X_formal` / `X_warm`
 * (i18next context variants) may be added in any language that needs a
 * different sentence per tone (Korean switches 합니다체 / 해요체) and left out
 * elsewhere, since i18next falls back to `X`. Keys that exist only as tone
 * variants, with no `X`, stay required everywhere.
 */

/** A namespace's strings as they sit in the JSON file: nested objects of strings. */
export interface Messages {
  [key: string]: string | Messages;
}

/** `resources[lang][namespace]` */
export type Resources = Record<string, Record<string, Messages>>;

export interface ParityIssue {
  lang: string;
  ns: string;
  key: string;
  kind: 'missing-namespace' | 'extra-namespace' | 'missing' | 'extra' | 'empty' | 'placeholders' | 'not-a-string';
  detail?: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// `later` is the same kind of optional refinement for a situation (ko: the checklist folds the work still
// owed into the files step when stopping on a later day); a language without it falls back to `X`.
// `pay` / `payOnly`: the fee-raise reply as fits the reasons given (compose.ts; tr).
const TONE_SUFFIX = /_(formal|warm|later|pay|payOnly)$/;

// The generator's situation refinements (src/lib/script/compose.ts `refined`): `X_sameDay` (files due on the
// last day), `X_two` (two referrals), `X_done` (all work done), `X_paid` (paid in full), `X_none` (no work done
// yet), `X_contacts` (referral contacts written in the summary), `X_serving` (serving the contract out), `X_inPerson` (said face to face), each with optional tone or `later` variants (id `block_paid_later`); a language
// without them says the general `X`.
// (`X_org`, `X_example`, `X_unnamed` likewise; refinements may stack, id `followUp_contacts_unnamed`.)
const SITUATION_SUFFIX = /(?:_(?:sameDay|two|done|paid|none|contacts|serving|inPerson|org|example|unnamed|listed))+(?:_(?:formal|warm|later))?$/;

/** A tone variant (or, in the generator's templates, a situation refinement) whose base key exists: optional in every language. */
function optionalToneVariant(key: string, has: (k: string) => boolean, generator = false): boolean {
  // Only in the generator's namespace: elsewhere `_two` is a plural category and stays checked as one.
  if (generator && SITUATION_SUFFIX.test(key)) return has(key.replace(SITUATION_SUFFIX, ''));
  return TONE_SUFFIX.test(key) && has(key.replace(TONE_SUFFIX, ''));
}

/** Flatten nested messages into dotted keys. */
export function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** The plural categories a language needs, e.g. `['one', 'other']` for tr. */
export function pluralCategories(lang: string): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
}

/**
 * The interpolation and nesting placeholders in a string, by name. Formatters
 * are left out: Korean attaches particles and Turkish case suffixes through them
 * (`{{client, 을/를}}`, `{{client, dat}}`), Indonesian needs none.
 * @example placeholders('{{client, dat}} {{fee}} $t(common:x)') // Set { 'client', 'fee', '$t(common:x)' }
 */
export function placeholders(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)) found.add((m[1] ?? '').split(',')[0]?.trim() ?? '');
  for (const m of text.matchAll(/\$t\(([^)]+)\)/g)) found.add(`$t(${m[1] ?? ''})`);
  return found;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function describe(set: Set<string>): string {
  return [...set].sort().join(' ') || '(none)';
}

/** The keys `lang` must have, given the reference flat keys. Maps required key → reference key. */
function requiredKeys(reference: Map<string, unknown>, lang: string, generator = false): Map<string, string> {
  const required = new Map<string, string>();
  const categories = pluralCategories(lang);
  for (const key of reference.keys()) {
    if (optionalToneVariant(key, (k) => reference.has(k), generator)) continue;
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) {
      required.set(key, key);
      continue;
    }
    // The reference's `other` form is the model for every category the language needs.
    const model = reference.has(`${base}_other`) ? `${base}_other` : key;
    for (const category of categories) required.set(`${base}_${category}`, model);
  }
  return required;
}

/**
 * Namespaces whose sentences are written natively per language, not translated:
 * the generator's templates (`script`) may use different addressee forms and
 * vocabulary in each language (Indonesian names "Bapak" where Turkish puts "siz"
 * in the verb), so only their keys are compared here; src/lib/script tests check
 * that every placeholder they use is one the composer provides.
 */
export const NATIVE_NAMESPACES: ReadonlySet<string> = new Set(['script']);

/** Every difference between each language and the reference language; empty when all agree. */
export function checkParity(resources: Resources, referenceLang: string): ParityIssue[] {
  const issues: ParityIssue[] = [];
  const reference = resources[referenceLang] ?? {};
  for (const [lang, namespaces] of Object.entries(resources)) {
    for (const ns of Object.keys(namespaces)) {
      if (!(ns in reference)) issues.push({ lang, ns, key: '', kind: 'extra-namespace' });
    }
    for (const [ns, refMessages] of Object.entries(reference)) {
      const messages = namespaces[ns];
      if (!messages) {
        issues.push({ lang, ns, key: '', kind: 'missing-namespace' });
        continue;
      }
      const refFlat = flatten(refMessages);
      const flat = flatten(messages);
      const required = requiredKeys(refFlat, lang, NATIVE_NAMESPACES.has(ns));
      for (const [key, modelKey] of required) {
        if (!flat.has(key)) {
          issues.push({ lang, ns, key, kind: 'missing' });
          continue;
        }
        const value = flat.get(key);
        if (typeof value !== 'string') {
          issues.push({ lang, ns, key, kind: 'not-a-string' });
          continue;
        }
        if (value.trim() === '') {
          issues.push({ lang, ns, key, kind: 'empty' });
          continue;
        }
        const model = refFlat.get(modelKey);
        if (typeof model !== 'string' || NATIVE_NAMESPACES.has(ns)) continue;
        const expected = placeholders(model);
        const actual = placeholders(value);
        if (PLURAL_SUFFIX.test(key)) {
          expected.delete('count');
          actual.delete('count');
        }
        if (!sameSet(expected, actual)) {
          issues.push({ lang, ns, key, kind: 'placeholders', detail: `expected ${describe(expected)}, found ${describe(actual)}` });
        }
      }
      for (const key of flat.keys()) {
        if (required.has(key)) continue;
        if (optionalToneVariant(key, (k) => refFlat.has(k), NATIVE_NAMESPACES.has(ns))) {
          // Checked like any key: same placeholders as its base.
          const model = refFlat.get(key.replace(TONE_SUFFIX, ''));
          const value = flat.get(key);
          if (typeof model === 'string' && typeof value === 'string' && !NATIVE_NAMESPACES.has(ns) && !sameSet(placeholders(model), placeholders(value))) {
            issues.push({ lang, ns, key, kind: 'placeholders', detail: `expected ${describe(placeholders(model))}, found ${describe(placeholders(value))}` });
          }
          continue;
        }
        issues.push({ lang, ns, key, kind: 'extra' });
      }
    }
  }
  return issues;
}

/** One readable line per issue, for test failure messages. */
export function formatIssues(issues: ParityIssue[]): string {
  return issues.map((i) => `${i.lang}/${i.ns}${i.key ? `: ${i.key}` : ''} — ${i.kind}${i.detail ? ` (${i.detail})` : ''}`).join('\n');
}
