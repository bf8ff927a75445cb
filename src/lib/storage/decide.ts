/**
 * The decisions a tool makes about its stored state, as pure functions:
 * what to do when another tab changed it, and how a prefill link meets a draft.
 * The rule behind both: nothing the reader typed is replaced without their say.
 */
import { sameData } from './same.ts';

/**
 * Another tab wrote (or removed) this tool's record.
 * - `ignore`: nothing to do (same data, or a removal while this form is blank);
 * - `adopt`: this form is blank, so taking theirs loses nothing;
 * - `offer`: both hold something different: ask "load it / keep mine",
 *   and write nothing until the reader answers.
 *
 * `incoming` is null when the other tab removed the record ("clear").
 */
export type ExternalDecision = 'ignore' | 'adopt' | 'offer';

export function decideExternalChange<T>(current: T, incoming: T | null, blank: T, same: (a: T, b: T) => boolean = sameData): ExternalDecision {
  const theirs = incoming ?? blank;
  if (same(current, theirs)) return 'ignore';
  if (same(current, blank)) return 'adopt';
  return 'offer';
}

/**
 * A storage event that only echoes what this page already read when it loaded: a record saved before the
 * page started, holding the very data the page loaded. Browsers may deliver the previous page's last write
 * (same tab, just navigated away) to the new page after it has read the store; the new page, with a link's
 * values merged in, then took it for another tab's change and asked "load it / keep mine" (a flaky e2e run,
 * 2026-11-29). A record saved before the page started but holding other data is still decided as usual.
 */
export function echoOfLoad<T>(savedAt: number, incoming: T, pageStarted: number, loaded: T | undefined, same: (a: T, b: T) => boolean = sameData): boolean {
  return loaded !== undefined && savedAt < pageStarted && same(incoming, loaded);
}

export interface PrefillPlan<T> {
  /** The draft with the link's values in the fields that were blank: applied at once. */
  merged: T;
  /** Fields where the link differs from something the reader typed: the reader chooses. */
  conflicts: (keyof T)[];
  /** Fields the link filled (they were blank). */
  filled: (keyof T)[];
  /** `merged` with the link's values in the conflicting fields too ("use the link's"). */
  withLink: T;
}

/**
 * How a link's values (only the fields it names) meet a saved draft: a field
 * still at its blank value takes the link's value; a field the reader filled
 * and the link would change is a conflict.
 */
export function planPrefill<T extends object>(draft: T, link: Partial<T>, blank: T, same: (a: unknown, b: unknown) => boolean = sameData): PrefillPlan<T> {
  const merged = { ...draft };
  const withLink = { ...draft };
  const conflicts: (keyof T)[] = [];
  const filled: (keyof T)[] = [];
  for (const key of Object.keys(link) as (keyof T)[]) {
    const value = link[key];
    if (value === undefined || same(value, draft[key])) continue;
    withLink[key] = value as T[keyof T];
    if (same(draft[key], blank[key])) {
      merged[key] = value as T[keyof T];
      filled.push(key);
    } else {
      conflicts.push(key);
    }
  }
  return { merged, conflicts, filled, withLink };
}
