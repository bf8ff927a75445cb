/**
 * Composing the offboarding texts from the reader's input and the templates of
 * the output language (i18next `script` namespace). Tone is i18next context
 * (`key_formal` / `key_warm`); names are inflected by formatters (see names.ts).
 * A sentence whose data is missing is left out whole, so no placeholder, empty
 * slot or dangling comma can reach the reader.
 */
import { formatDate, type Lang } from '../../i18n/locales.ts';
import type { LanguagePack } from './pack.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { formatMoney, refundAmount, currencyOf } from './money.ts';
import { parseAmount, parseNotice, parsePercent, type ScriptInput } from './input.ts';

export interface CallSection {
  id: 'opening' | 'decision' | 'reasons' | 'next' | 'referrals' | 'thanks' | 'close' | 'pushback';
  heading: string;
  lines: string[];
}

export interface Refund {
  fee: number;
  completed: number;
  amount: number;
  feeText: string;
  amountText: string;
}

export interface ScriptTexts {
  lang: Lang;
  call: CallSection[];
  followUp: { subject: string; body: string };
  handover: string[];
  clause: string;
  refund: Refund | undefined;
}

/** A translate function fixed to the output language and the `script` namespace. */
export type T = (key: string, options?: Record<string, unknown>) => string;

/** The refund for an `end-now` input, or undefined (finishing the contract, or bad numbers). */
export function refundOf(input: ScriptInput): Refund | undefined {
  if (input.contract !== 'end-now') return undefined;
  const fee = parseAmount(input.fee, input.lang);
  const completed = parsePercent(input.completed);
  if (fee === null || fee <= 0 || completed === null) return undefined;
  const amount = refundAmount(fee, completed, currencyOf(input.lang));
  return { fee, completed, amount, feeText: formatMoney(fee, input.lang), amountText: formatMoney(amount, input.lang) };
}

/**
 * All texts for a valid input (run `validateInput` first).
 * @param t the templates of the output language
 * @param grammar how the output language addresses the client and lists names (see pack.ts)
 */
export function composeScript(input: ScriptInput, t: T, grammar: Pick<LanguagePack, 'address' | 'list'>): ScriptTexts {
  const lang = input.lang;
  const tone = input.tone;
  const client = grammar.address(input.client, input.title);
  const you = normalizeName(input.you);
  const business = normalizeName(input.business);
  const facts = input.facts.trim().replace(/\s+/g, ' ');
  const refund = refundOf(input);
  const endDate = input.endDate ? formatDate(new Date(`${input.endDate}T00:00:00Z`), lang) : '';
  const vars = { client, you, business, endDate, facts };
  const toned = (key: string, extra: Record<string, unknown> = {}) => t(key, { ...vars, ...extra, context: tone });
  const plain = (key: string, extra: Record<string, unknown> = {}) => t(key, { ...vars, ...extra });

  const referrals = input.referrals
    .map((r) => ({ name: normalizeName(r.name), contact: r.contact.trim().replace(/\s+/g, ' ') }))
    .filter((r) => r.name);
  const referralList = grammar.list(
    referrals.map((r) => (r.contact ? plain('call.referrals.item', { name: r.name, contact: r.contact }) : plain('call.referrals.itemNoContact', { name: r.name }))),
  );

  // What happens with the contract, in the call and in writing.
  let contractKey: string;
  if (input.contract === 'serve-until-end') contractKey = 'serveUntilEnd';
  else if (refund && refund.completed === 0) contractKey = 'endNowFullRefund';
  else if (refund && refund.completed === 100) contractKey = 'endNowComplete';
  else contractKey = 'endNow';
  const money = refund ? { fee: refund.feeText, refund: refund.amountText, completed: refund.completed } : {};

  const heading = (id: CallSection['id']) => plain(`call.sections.${id}`);
  const call: CallSection[] = [
    { id: 'opening', heading: heading('opening'), lines: [toned(business ? 'call.openingWithBusiness' : 'call.opening'), toned('call.purpose')] },
    { id: 'decision', heading: heading('decision'), lines: [toned('call.decision')] },
    {
      id: 'reasons',
      heading: heading('reasons'),
      lines: [toned('call.reasonsIntro'), ...input.reasons.map((r) => toned(`call.reasons.${r}`)), ...(facts ? [toned('call.facts')] : [])],
    },
    { id: 'next', heading: heading('next'), lines: [toned(`call.contract.${contractKey}`, money), toned('call.contract.handover')] },
    {
      id: 'referrals',
      heading: heading('referrals'),
      lines: [referrals.length ? toned('call.referrals.intro', { list: referralList }) : toned('call.referrals.none')],
    },
    { id: 'thanks', heading: heading('thanks'), lines: [toned('call.thanks')] },
    { id: 'close', heading: heading('close'), lines: [toned('call.close')] },
  ];
  const pushbacks = ['tryAgain', 'unfair'];
  if (input.contract === 'serve-until-end') pushbacks.push('endDate');
  // "I want a bigger refund" only makes sense for a partial refund.
  else if (refund && refund.completed > 0 && refund.completed < 100) pushbacks.push('biggerRefund');
  call.push({
    id: 'pushback',
    heading: heading('pushback'),
    lines: pushbacks.flatMap((p) => [plain(`call.pushback.${p}.q`), toned(`call.pushback.${p}.a`, money)]),
  });

  const followUpLines = [
    toned('followUp.greeting'),
    '',
    toned('followUp.intro'),
    toned(`followUp.${contractKey}`, money),
    toned('followUp.handover'),
    ...(referrals.length ? [toned('followUp.referrals', { list: referralList })] : []),
    toned('followUp.thanks'),
    '',
    toned('followUp.signoff'),
    you,
    ...(business ? [business] : []),
  ];

  const toxic = input.reasons.includes('aggression') || input.reasons.includes('overcommunication');
  const handover = [
    plain('handover.files'),
    plain('handover.sources'),
    plain('handover.access'),
    ...(input.contract === 'serve-until-end' ? [plain('handover.invoice'), plain('handover.endDate')] : []),
    ...(refund && refund.amount > 0 ? [plain('handover.refund', money)] : []),
    plain('handover.followUp'),
    ...(referrals.length ? [plain('handover.referrals')] : []),
    plain('handover.records'),
    ...(toxic ? [plain('handover.block')] : []),
    plain('handover.rest'),
  ];

  const clause = plain('clause.body', {
    provider: business || you,
    clientParty: normalizeName(input.client),
    notice: parseNotice(input.notice) ?? 14,
  });

  return {
    lang,
    call,
    followUp: { subject: plain('followUp.subject'), body: followUpLines.join('\n') },
    handover,
    clause,
    refund,
  };
}

/** The call script as plain text, for copy and download. */
export function callText(texts: ScriptTexts, title: string): string {
  return [title, '', ...texts.call.flatMap((s) => [`■ ${s.heading}`, ...s.lines, ''])].join('\n').trim();
}

/** The follow-up as plain text (subject line first). */
export function followUpText(texts: ScriptTexts): string {
  return `${texts.followUp.subject}\n\n${texts.followUp.body}`;
}

/** The handover checklist as plain text with boxes to tick. */
export function handoverText(texts: ScriptTexts, title: string): string {
  return [title, '', ...texts.handover.map((item) => `☐ ${item}`)].join('\n');
}
