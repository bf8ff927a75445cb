/**
 * Whether the form notes, under the progress field, that at 0 % the texts tell the client the work has not
 * started (and that the whole fee goes back). A note, never an error, like the weekend note (weekend.ts).
 *
 * Why: a reader typed "the animation has been revised seven times" as the example for unpaid extra work, and
 * 0 % done; the call then read that example aloud just before "since the work has not started, the whole
 * payment goes back" (id review 27, all three readers). The tool cannot tell what an example describes, so it
 * asks whenever both are there. An example for aggression is never read aloud (it goes into the reader's own
 * checklist only), so it cannot contradict the call and gets no note.
 */
import { factsReason, parsePercent, type ScriptInput } from './input.ts';

export function exampleBeforeStart(input: Pick<ScriptInput, 'contract' | 'completed' | 'facts' | 'reasons' | 'factsFor'>): boolean {
  const reason = factsReason(input);
  return input.contract === 'end-now' && parsePercent(input.completed) === 0 && input.facts.trim() !== '' && reason !== undefined && reason !== 'aggression';
}
