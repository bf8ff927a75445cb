/**
 * The generator's output panels: rendering the composed texts (always as text
 * nodes, never HTML) and the plain text that copy and download use. Split out
 * of script-generator.ts, which reads the form and decides when to compose.
 */
import { callText, clauseText, followUpText, handoverText, type ScriptTexts } from '../lib/script/compose.ts';
import { fillTemplate as fill } from '../lib/fill-template.ts';

export interface OutputMessages {
  refundLine: string;
  noRefund: string;
  /** The call panel's heading in the page language, per channel. */
  callTitles: Record<string, string>;
}

/** Put every composed text into its panel under `root`. */
export function renderOutputs(root: HTMLElement, texts: ScriptTexts, channel: string, m: OutputMessages): void {
  const area = (id: string) => root.querySelector<HTMLElement>(`[data-output="${id}"] [data-output-text]`);
  const call = area('call-script');
  if (call) {
    call.lang = texts.lang;
    const nodes: HTMLElement[] = [];
    for (const section of texts.call) {
      const h = document.createElement('h4');
      h.textContent = section.heading;
      nodes.push(h);
      section.lines.forEach((line, i) => {
        const p = document.createElement('p');
        p.textContent = line;
        if (section.id === 'pushback' && i % 2 === 0) p.className = 'pushback-q';
        nodes.push(p);
      });
    }
    call.replaceChildren(...nodes);
  }
  const callHeading = root.querySelector('#call-script-title');
  if (callHeading && m.callTitles[channel]) callHeading.textContent = m.callTitles[channel];
  const follow = area('follow-up');
  if (follow) {
    follow.lang = texts.lang;
    follow.textContent = followUpText(texts);
  }
  const handover = area('handover');
  if (handover) {
    handover.lang = texts.lang;
    const ul = document.createElement('ul');
    for (const item of texts.handover) {
      const li = document.createElement('li');
      li.textContent = `☐ ${item}`;
      ul.append(li);
    }
    handover.replaceChildren(ul);
  }
  const clause = area('clause');
  if (clause) {
    // The lawyer note right under the clause, in the clause's language, as it is copied and printed.
    // The page-language note above the panel shows only when the clause is in another language.
    clause.lang = texts.lang;
    const text = document.createElement('p');
    text.textContent = texts.clause;
    const note = document.createElement('p');
    note.className = 'clause-note';
    note.textContent = texts.clauseNote;
    clause.replaceChildren(text, note);
    const pageNote = root.querySelector<HTMLElement>('[data-output="clause"] .output-note');
    if (pageNote) pageNote.hidden = texts.lang === root.dataset['lang'];
  }
  const refund = root.querySelector('[data-refund-line]');
  if (refund) {
    refund.textContent = texts.refund
      ? fill(m.refundLine, { refund: texts.refund.amountText, fee: texts.refund.feeText, remaining: 100 - texts.refund.completed })
      : m.noRefund;
  }
}

/** The plain text of one output, as copied and downloaded. */
export function plainText(texts: ScriptTexts, id: string, handoverTitle: string): string {
  if (id === 'call-script') return callText(texts);
  if (id === 'follow-up') return followUpText(texts);
  if (id === 'handover') return handoverText(texts, handoverTitle);
  if (id === 'clause') return clauseText(texts);
  return '';
}
