/**
 * The script generator's draft as a stored record, and what a prefill link
 * carries. The draft is kept as the form's query string (the same names as a
 * prefill link), so restoring it goes through the same parsing and cleaning as
 * a link: `{ v: 2, savedAt, tabId, data: "client=Kim&reasons=time&…" }`.
 * Before v2 the key held the bare query string as JSON; that is still read.
 */
import type { Lang } from '../../i18n/locales.ts';
import { inputFromParams, type ScriptInput } from '../script/input.ts';
import type { RecordSpec } from './record.ts';

export const GENERATOR_KEY = 'script-generator';

/** Query names that are not an input field's own name. */
const FIELD_OF: Record<string, keyof ScriptInput> = { referralContacts: 'referrals' };

function knownField(name: string, fields: readonly string[]): keyof ScriptInput | undefined {
  const field = FIELD_OF[name] ?? name;
  return fields.includes(field) ? (field as keyof ScriptInput) : undefined;
}

/** A stored query string is a draft only if it names at least one field of the form. */
function asDraft(value: unknown, fields: readonly string[]): string | null {
  if (typeof value !== 'string' || value.length > 20_000) return null;
  const names = [...new URLSearchParams(value).keys()];
  return names.some((name) => knownField(name, fields)) ? value : null;
}

export function generatorSpec(fields: readonly string[]): RecordSpec<string> {
  return { version: 2, validate: (data) => asDraft(data, fields), legacy: (parsed) => asDraft(parsed, fields) };
}

/**
 * Fields a link sets without naming them: a client's name decides whether it is
 * a person or an organisation (a legal form such as `PT` or `A.Ş.`) unless the
 * link says `kind` itself.
 */
const DERIVED: Partial<Record<keyof ScriptInput, keyof ScriptInput>> = { client: 'kind' };

/**
 * Only the fields a link names, parsed and cleaned as the form would be
 * (`?reasons=time,aggression` gives `{ reasons: [...] }`, nothing else), plus
 * what they decide (DERIVED).
 */
export function linkedFields(params: URLSearchParams, pageLang: Lang, defaultTitle: string): Partial<ScriptInput> {
  const full = inputFromParams(params, pageLang, defaultTitle);
  const fields = Object.keys(full);
  const out: Partial<Record<keyof ScriptInput, unknown>> = {};
  for (const name of params.keys()) {
    const field = knownField(name, fields);
    if (field) out[field] = full[field];
  }
  for (const [from, derived] of Object.entries(DERIVED) as [keyof ScriptInput, keyof ScriptInput][]) {
    if (from in out && !(derived in out)) out[derived] = full[derived];
  }
  return out as Partial<ScriptInput>;
}
