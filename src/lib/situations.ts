/**
 * The home page's "what is happening to you?" entries, in the reader's words
 * (the words are `home.situations.{id}` in common.json). Each leads to one tool
 * or guide; an entry whose tool is not live is left out.
 */
import type { ToolId } from './tools.ts';

export type SituationTarget = { kind: 'tool'; tool: ToolId } | { kind: 'guide'; slug: string };

export interface Situation {
  id: 'unsure' | 'decided' | 'prevent' | 'record';
  target: SituationTarget;
  /** A second, smaller link for readers who are further along, with its label's key. */
  secondary?: { tool: ToolId; label: 'home.situations.decided.secondary' };
}

export const situations: readonly Situation[] = [
  { id: 'unsure', target: { kind: 'tool', tool: 'toxic-quiz' } },
  { id: 'decided', target: { kind: 'tool', tool: 'readiness' }, secondary: { tool: 'script', label: 'home.situations.decided.secondary' } },
  { id: 'prevent', target: { kind: 'guide', slug: 'preventing-toxic-clients' } },
  { id: 'record', target: { kind: 'tool', tool: 'incident-log' } },
];
