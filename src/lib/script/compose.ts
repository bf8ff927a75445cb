/**
 * Composing the offboarding texts from the reader's input and the templates of
 * the output language (`script` namespace, i18next format; see templates.ts). Tone is context
 * (`key_warm`, falling back to `key`); the client appears only through the
 * language's addressee forms (greet, vocative, letter, you, to …), never as the
 * raw typed name; money, percentages and dates are rendered spoken in the call
 * and written in the follow-up, checklist and clause (src/lib/render).
 *
 * This module decides *which* sentence fits the situation (channel, progress
 * 0 / partial / 100 %, referrals none / one / several, aggression, dates);
 * each language's script.json decides *how* it is said. A section with nothing
 * to say is left out whole (no referrals → no promise of any).
 */
import type { Lang } from '../../i18n/locales.ts';
import type { LanguagePack } from './pack.ts';
import type { T } from './templates.ts';
import { normalizeName } from '../grammar/normalize.ts';
import { refundAmount, currencyOf } from './money.ts';
import { factsReason, parseAmount, parseNotice, parsePercent, type ReasonId, type ScriptInput } from './input.ts';
import { exampleSentence } from './example.ts';
import { spokenMoney, writtenMoney } from '../render/money.ts';
import { spokenPercent, writtenPercent } from '../render/percent.ts';
import { addDays, spokenDate, todayIso, writtenDate } from '../render/dates.ts';
import { idNumberWords } from '../render/words-id.ts';

export type SectionId = 'opening' | 'decision' | 'reasons' | 'next' | 'referrals' | 'thanks' | 'close' | 'pushback';

export interface CallSection {
  id: SectionId;
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
  /** The call script's title, matching the channel (phone call, video call, meeting). */
  title: string;
  call: CallSection[];
  followUp: { subject: string; body: string };
  handover: string[];
  clause: string;
  /** "Have a lawyer check this clause before you use it", in the clause's language: it travels with the clause (clauseText). */
  clauseNote: string;
  refund: Refund | undefined;
}

/** A translate function fixed to the output language and the `script` namespace. */
export type { T };

export type Grammar = Pick<LanguagePack, 'addressee' | 'list'> & Partial<Pick<LanguagePack, 'joinReason' | 'groupReasons' | 'tidyLetter' | 'letterOmitsMaterials'>>;

/** Where the work stands for an `end-now` input. */
type Progress = 'none' | 'part' | 'all';

/** The refund for an `end-now` input, or undefined (finishing the contract, or bad numbers). */
export function refundOf(input: ScriptInput): Refund | undefined {
  if (input.contract !== 'end-now') return undefined;
  const fee = parseAmount(input.fee, input.lang);
  const completed = parsePercent(input.completed);
  if (fee === null || fee <= 0 || completed === null) return undefined;
  const amount = refundAmount(fee, completed, currencyOf(input.lang));
  return { fee, completed, amount, feeText: writtenMoney(fee, input.lang), amountText: writtenMoney(amount, input.lang) };
}

/** The reader's typed words tidied: single spaces, no trailing comma, semicolon or colon. */
export function tidied(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[,;:、]+$/u, '');
}

/** The reader's typed facts as one clean spoken sentence: tidied, with closing punctuation. */
export function punctuated(text: string): string {
  const clean = tidied(text);
  if (clean === '') return '';
  return /[.!?。！？…]["'”’)\]]*$/u.test(clean) ? clean : `${clean}.`;
}

export interface ComposeOptions {
  /** Today as YYYY-MM-DD in the reader's time zone (tests pin it). */
  today?: string;
}

/**
 * All texts for a valid input (run `validateInput` first).
 * @param t the templates of the output language
 * @param grammar how the output language addresses the client (see pack.ts)
 */
export function composeScript(input: ScriptInput, t: T, grammar: Grammar, options: ComposeOptions = {}): ScriptTexts {
  const lang = input.lang;
  const tone = input.tone;
  const today = options.today ?? todayIso();
  const client = grammar.addressee({ kind: input.kind, name: input.client, contact: input.contact, title: input.title }, tone);
  const me = normalizeName(input.you);
  const business = normalizeName(input.business);
  const facts = punctuated(input.facts);
  const refund = refundOf(input);
  const endNow = input.contract === 'end-now';
  const aggression = input.reasons.includes('aggression');

  // Dates: the last day defaults to today, files to the last day, the refund to a week later.
  const lastDay = input.lastDay || today;
  const filesBy = input.filesBy || lastDay;
  const refundBy = input.refundBy || addDays(lastDay, 7);
  const spoken = (iso: string) => (iso ? spokenDate(iso, lang, today) : '');
  // A written date that is the date of the text itself reads "today" (오늘, bugün, hari ini).
  const written = (iso: string) => (!iso ? '' : iso === today ? t('shared.today') : writtenDate(iso, lang));

  const progress: Progress = !refund || (refund.completed > 0 && refund.completed < 100) ? 'part' : refund.completed === 0 ? 'none' : 'all';
  const money = refund
    ? {
        fee: spokenMoney(refund.fee, lang),
        feeW: refund.feeText,
        refund: spokenMoney(refund.amount, lang),
        refundW: refund.amountText,
        done: spokenPercent(refund.completed, lang),
        doneW: writtenPercent(refund.completed, lang),
        left: spokenPercent(100 - refund.completed, lang),
        leftW: writtenPercent(100 - refund.completed, lang),
      }
    : {};
  const notice = parseNotice(input.notice) ?? 14;

  const base: Record<string, unknown> = {
    ...client.extra,
    me,
    business,
    facts,
    // The reader's words quoted back in their own checklist, as typed (id set 26: no full stop added inside the quote).
    factsAsTyped: tidied(input.facts),
    greet: client.greet,
    vocative: client.vocative,
    letter: client.letter,
    you: client.you,
    to: client.to,
    org: client.org,
    orgSpoken: client.orgSpoken,
    endDate: spoken(input.endDate),
    endDateW: written(input.endDate),
    lastDay: spoken(lastDay),
    lastDayW: written(lastDay),
    todayW: writtenDate(today, lang),
    // The last day as a date even when it is today (a written "as of 27 Kasım 2026", never "as of today").
    lastDayDateW: writtenDate(lastDay, lang),
    filesByW: written(filesBy),
    // The checklist is reread on later days, where "today" has lost its meaning: always the date (ko).
    filesByDateW: filesBy ? writtenDate(filesBy, lang) : '',
    endDateDateW: input.endDate ? writtenDate(input.endDate, lang) : '',
    refundByDateW: refundBy ? writtenDate(refundBy, lang) : '',
    refundByW: written(refundBy),
    notice,
    noticeWords: idNumberWords(notice),
    ...money,
  };
  const say = (key: string, extra: Record<string, unknown> = {}) => t(key, { ...base, ...extra, context: tone });
  // A situation refinement `X_<situation>` (tone variants `X_<situation>_warm`) where the language has one,
  // else `X` (a missing key comes back as the key itself): a language may say a special case its own way
  // (files due on the last day, two referrals) and the others keep the general sentence. The parity check
  // treats these as optional (src/lib/i18n-parity.ts).
  const refined = (key: string, situation: string | false) => (situation && t(`${key}_${situation}`) !== `${key}_${situation}` ? `${key}_${situation}` : key);
  // Deadlines said aloud: "today" when it is today, else the short date.
  const when = (family: 'until' | 'by', iso: string) =>
    iso === today ? say(`call.when.${family}.today`) : say(`call.when.${family}.date`, { date: spoken(iso) });
  base['self'] = say(business ? 'call.selfWithBusiness' : 'call.self');
  // A written message introduces the writer in the formal form even in a warm text (ko 입니다, never 이에요).
  base['selfW'] = t(business ? 'call.selfWithBusiness' : 'call.self', { ...base, context: 'formal' });
  base['stopWhen'] = when('until', lastDay);
  base['filesWhen'] = when('by', filesBy);
  base['refundWhen'] = when('by', refundBy);
  // The contract's end said aloud as a deadline ("오늘까지" when it ends today, else the short date; ko).
  base['endWhen'] = input.endDate ? when('until', input.endDate) : '';
  base['serveFilesWhen'] = say('call.when.by.date', { date: spoken(input.endDate) });
  // The same deadlines in writing, with their "by" word, so a deadline that is today reads "today,
  // without fail" (id "hari ini juga"), never "at the latest today" (id uses these; ko/tr may).
  const whenW = (iso: string) => (iso === today ? say('call.when.by.today') : say('call.when.by.date', { date: writtenDate(iso, lang) }));
  base['filesWhenW'] = whenW(filesBy);
  // The day access goes back, written: with the files when stopping, at the contract's end when serving it out
  // (a checklist item without a day let a stressed reader hand access back weeks early).
  base['accessDayW'] = written(endNow ? filesBy : input.endDate);
  base['refundWhenW'] = whenW(refundBy);

  const referrals = input.referrals
    .map((r) => ({ name: normalizeName(r.name), contact: r.contact.trim().replace(/\s+/g, ' ') }))
    .filter((r) => r.name);
  const names = referrals.map((r) => r.name);
  const referralCount = names.length === 0 ? 'none' : names.length === 1 ? 'one' : 'several';
  // "or" where the client picks one (tr, id); Korean names them with 와/과 and says "이 가운데 편하신 곳".
  // `names` is the list itself, for a language that inflects each name before joining (tr `accEach`).
  const referralVars = { name: names[0] ?? '', names, list: grammar.list(names, 'or'), listAnd: grammar.list(names, 'and') };
  // Contacts are promised and listed only for referrals that have one (a name alone is said in the call).
  const withContact = referrals.filter((r) => r.contact);
  const contactCount = withContact.length === 0 ? 'none' : withContact.length === 1 ? 'one' : 'several';
  const withoutContact = referrals.filter((r) => !r.contact).map((r) => r.name);
  // Exactly two names: "which of the two suits better" (id "lebih", never "paling"), key `….two` where a language has it.
  const referralKey = (prefix: string) => refined(`${prefix}.${referralCount}`, names.length === 2 && 'two');
  // `noContactList`: the names said without a contact, for a language that promises theirs in the same breath (id review 13 #6).
  const contactVars = {
    ...referralVars,
    contactList: grammar.list(withContact.map((r) => r.name), 'and'),
    noContactList: grammar.list(withoutContact, 'and'),
  };
  // Work still goes on after the call: serving the contract out, or stopping on a later day.
  const workContinues = !endNow || lastDay > today;
  // Stopping on a later day with part of the work refunded: the refund follows today's progress,
  // and the days left are for the work in progress, never "finishing the rest" that is being refunded.
  const fromToday = endNow && progress === 'part' && lastDay > today && refund !== undefined;
  // All paid work is done but the last day is later: the days until then are for the handover, the files
  // and the client's questions, never "the work goes on" (it is finished).
  const allDoneLater = endNow && progress === 'all' && lastDay > today && refund !== undefined;
  // Files due on the last day itself, a later day: the files line refers back to "that last day" instead
  // of repeating its date (review 9 #9). Keys `….files.{none,part,all}_sameDay` where a language has them.
  const filesOnLastDay = endNow && lastDay > today && filesBy === lastDay;
  base['filesOnLastDay'] = filesOnLastDay;
  const filesKey = (prefix: string) => refined(`${prefix}.files.${progress}`, filesOnLastDay && 'sameDay');

  const heading = (id: SectionId) => t(`call.sections.${id}`);
  const channel = input.channel;
  const named = client.greet ? 'named' : 'unnamed';

  // ----- the call -----
  const next: string[] = [];
  if (!endNow) {
    next.push(say('call.next.serve'), say('call.next.serveFiles'));
  } else {
    // All work done and today the last day: "the work is finished and today is our last day", never
    // "my last day of working on it" (review 9 #18); key `call.next.stop_done` where a language has it.
    const stopKey = refined('call.next.stop', progress === 'all' && 'done');
    next.push(say(progress === 'none' ? 'call.next.stopBeforeStart' : fromToday ? 'call.next.stopInProgress' : allDoneLater ? 'call.next.stopAllDone' : stopKey));
    if (refund && progress !== 'all') next.push(say(`call.next.refund.${fromToday ? 'partFromToday' : progress}`), say(`call.next.method.${input.refundMethod}`));
    else if (refund) next.push(say('call.next.paidInFull'));
    next.push(say(filesKey('call.next')));
  }

  // The typed example follows the reason it illustrates (chosen in the form, else the first ticked),
  // after a connective that continues the sentence (ko 실제로, tr Örneğin, id Misalnya,).
  // An example of the AGGRESSION reason is never read aloud (the lead's decision, round 10): quoting an
  // insult back to the client who said it breaches B3/B4 at first glance and invites denial. The reason
  // sentence stays neutral and the example goes into the reader's own records step (`handover.recordsExample`).
  const illustrated = facts ? factsReason(input) : undefined;
  const exampleKept = illustrated === 'aggression';
  const exampleReason = exampleKept ? undefined : illustrated;
  const reasonLine = (r: ReasonId, index: number) => {
    // Before any work was done, money and time are said without "has grown" / "continuing" (0 % variants).
    // `reasonNo` (1, 2, 3) is the reason's position, for templates that want it; a language pack may
    // join a later reason to the one before ("Selain itu, …") so stacked reasons do not read as a list.
    // Serving the contract out, the work goes on: a language may look ahead (`call.reasons.X_serving`, ko/tr review 11).
    // The reason its typed example illustrates may take a general lead (`call.reasons.X_example`, id review 20
    // first glance): the example is the particulars, so the lead must not say them first in the same words
    // ("permintaan … tanpa biaya. Misalnya, ada permintaan … tanpa biaya …").
    const key = `call.reasons.${r}`;
    // With all the work done, an example's lead may look ahead too (`X_example_done`, id set 29 read-through).
    const lead = r === exampleReason ? refined(refined(key, 'example'), endNow && progress === 'all' && 'done') : key;
    // With all the work done, a reason may look ahead instead (`call.reasons.X_done`, id set 25, first glance:
    // "this project should be done by a specialist" after it was done).
    const said = say(endNow && progress === 'none' && (r === 'unprofitable' || r === 'time') ? `shared.reasonsNone.${r}` : lead !== key ? lead : refined(key, !endNow ? 'serving' : progress === 'all' && 'done'), {
      reasonNo: index + 1,
    });
    return grammar.joinReason ? grammar.joinReason(said, index) : said;
  };
  const reasonLines = (): string[] => {
    const group = (reasons: ReasonId[]) => {
      const said = reasons.map((r, i) => reasonLine(r, i));
      return grammar.groupReasons ? grammar.groupReasons(said) : { lines: said, lineOf: said.map((_, i) => i) };
    };
    const order = [...input.reasons];
    let grouped = group(order);
    let at = exampleReason ? order.indexOf(exampleReason) : -1;
    // The example goes at the end of its line: when reasons share one sentence (id "Selain itu, a; b."),
    // the reason it illustrates moves to the end of that sentence, so "Misalnya, …" follows its own reason.
    const sameLine = at >= 0 ? order.map((_, i) => i).filter((i) => grouped.lineOf[i] === grouped.lineOf[at]) : [];
    const lastOfLine = sameLine[sameLine.length - 1];
    if (at >= 0 && lastOfLine !== undefined && lastOfLine !== at) {
      const [moved] = order.splice(at, 1);
      if (moved) order.splice(lastOfLine, 0, moved);
      grouped = group(order);
      at = lastOfLine;
    }
    const line = at >= 0 ? grouped.lineOf[at] : undefined;
    if (line === undefined) return grouped.lines;
    const example = say('call.facts', { facts: exampleSentence(facts, lang, input.tone) });
    return grouped.lines.map((l, i) => (i === line ? `${l} ${example}` : l));
  };
  const call: CallSection[] = [
    // At 0 % there is no work done together yet: the opening speaks of the work entrusted.
    { id: 'opening', heading: heading('opening'), lines: [say(`${endNow && progress === 'none' ? 'shared.openingNone' : 'call.opening'}.${channel}.${named}`)] },
    { id: 'decision', heading: heading('decision'), lines: [say(endNow && progress === 'none' ? 'shared.decisionNone' : refined(`call.decision.${endNow ? 'now' : 'serve'}`, endNow && progress === 'all' && 'done'))] },
    {
      id: 'reasons',
      heading: heading('reasons'),
      lines: [say('call.reasonsIntro'), ...reasonLines()],
    },
    { id: 'next', heading: heading('next'), lines: next },
  ];
  if (referralCount !== 'none') {
    // "So the work doesn't stop midway" only fits work left half done; at 0 %, 100 % or when serving out, a plain recommendation.
    const lead = endNow && progress === 'part' ? 'call.referrals' : 'shared.referrals';
    const lines = [say(referralKey(lead), referralVars)];
    if (contactCount !== 'none') {
      // The contacts go into the one written summary the close promises, so the call promises writing once.
      lines.push(say(withContact.length === referrals.length ? 'shared.referrals.contactsAll' : 'shared.referrals.contactsSome', contactVars));
    } else if (refined('shared.referrals.contactsSome', 'none') !== 'shared.referrals.contactsSome') {
      // No contact typed for any of them: a language may promise them on request (`contactsSome_none`; id review 13 #6),
      // as its written summary does, so the client who heard the names knows how to reach them.
      lines.push(say('shared.referrals.contactsSome_none', contactVars));
    }
    call.push({ id: 'referrals', heading: heading('referrals'), lines });
  }
  // One warm thanks per text; a short one after aggression or before any work was done.
  const thanksKind = aggression || progress === 'none' ? 'short' : 'full';
  call.push(
    // Serving the contract out, the relationship goes on for weeks: the thanks and the close must not sound like
    // a farewell (ko/id/tr review 16): a language may say so (`_serving`).
    { id: 'thanks', heading: heading('thanks'), lines: [say(refined(`call.thanks.${thanksKind}`, !endNow && 'serving'))] },
    // Before any work, the one promise left is the refund: a language may say so (`_none`, ko review 14 #4).
    { id: 'close', heading: heading('close'), lines: [say(refined(`call.close.${channel}`, endNow && progress === 'none' ? 'none' : !endNow && 'serving'))] },
  );
  const pushbacks = ['tryAgain', 'unfair'];
  if (!endNow) pushbacks.push('endDate');
  else if (refund && progress === 'part') pushbacks.push('biggerRefund');
  if (endNow && refund && progress !== 'all') pushbacks.push('refundWhen');
  // Money, time or unpaid work among the reasons: the likeliest answer is an offer of more money.
  if (input.reasons.some((r) => r === 'unprofitable' || r === 'time' || r === 'free-work')) pushbacks.push('moreMoney');
  if (aggression) pushbacks.push('raisedVoice');
  // Who says what, in every copy: "고객: “…”" / "나: …" (tr Müşteri/Siz, id Klien/Anda). A stage
  // direction ("(if the client raises their voice)") is nobody's line and stays unlabelled.
  // The refund answer names the way the money goes back (transfer, the original channel, to be agreed).
  const answer = (p: string) => (p === 'refundWhen' ? `call.pushback.refundWhen.${input.refundMethod}` : `call.pushback.${p}.a`);
  const answers: Record<string, string> = {};
  // A reply may say how it was said (ko review 14: face to face "직접 뵙고"): refinement `a_inPerson`.
  // The fee-raise reply must fit the reasons just given (tr review 9 #8): with pay among them, the optional
  // refinement `a_pay` (with other reasons) or `a_payOnly` (tone-free); without them, or without pay, `a`.
  const pay = input.reasons.filter((r) => r === 'unprofitable' || r === 'free-work').length;
  // Before any work, a language may refuse to "do" rather than "continue" it (`a_payOnly_none`, id review 27);
  // serving the contract out, to renew it, as the client asked (`a_payOnly_serving`, id set 29).
  const payKey = refined(`call.pushback.moreMoney.a_${pay === input.reasons.length ? 'payOnly' : 'pay'}`, !endNow ? 'serving' : progress === 'none' && 'none');
  const payAnswer = pay > 0 ? say(payKey) : payKey; // ko: tone variants a_pay_warm (context falls back to a_pay)
  if (payAnswer !== payKey) answers['moreMoney'] = payAnswer;
  call.push({
    id: 'pushback',
    heading: heading('pushback'),
    lines: pushbacks.flatMap((p) => {
      // The client's line gets the addressee forms too (id: a company's representative says "dana kami").
      // Serving out, the client asks for a renewal, not for the work to go on (id review 22 first glance);
      // before any work, for the project to be done after all, not "continued" (`q_none`, id review 23).
      const q = say(refined(`call.pushback.${p}.q`, !endNow ? 'serving' : progress === 'none' && 'none'));
      // Serving the contract out, a reply may say so first (ko review 20: "one-sided?" is answered by the contract
      // being kept to its end, `a_serving`); else the face-to-face refinement.
      const serving = !endNow && (input.endDate ?? '') > today ? refined(answer(p), 'serving') : answer(p);
      const key = serving !== answer(p) ? serving : refined(answer(p), channel === 'in-person' && 'inPerson');
      return [p === 'raisedVoice' ? q : t('call.pushback.client', { line: q }), t('call.pushback.me', { line: answers[p] ?? say(key) })];
    }),
  });

  // ----- the written follow-up: numbered points, contacts only here -----
  const points: string[] = [];
  if (!endNow) points.push(say('followUp.serve'), say('followUp.serveFiles'));
  else {
    points.push(say(progress === 'none' ? 'followUp.stopBeforeStart' : fromToday ? 'followUp.stopInProgress' : allDoneLater ? 'followUp.stopAllDone' : workContinues ? 'shared.stopFuture' : refined('followUp.stop', progress === 'all' && 'done')));
    // The payer named in writing is an organisation's name, not a pronoun: a language may word the channel
    // without it (`followUp.method.X_org`, id set 26: «yang CV … gunakan» is a bare passive with a name, and the
    // name twice in a row).
    const method = refined(`followUp.method.${input.refundMethod}`, input.kind === 'organisation' && 'org');
    if (refund && progress !== 'all') points.push(`${say(`followUp.refund.${fromToday ? 'partFromToday' : progress}`)} ${say(method)}`);
    else if (refund) points.push(say('followUp.paidInFull'));
    // Before any work, a language may leave the materials out of the letter (`letterOmitsMaterials`, id).
    if (!(progress === 'none' && grammar.letterOmitsMaterials)) points.push(say(filesKey('followUp')));
  }
  if (referralCount !== 'none') {
    if (contactCount !== 'none') {
      // Every name said in the call is confirmed in writing (B17), with its contact where there is one.
      const mixed = withContact.length < referrals.length;
      // Two or more names without a contact: a language may list them bare and promise their contacts once,
      // in the list's heading (`_listed`, id review 24 first glance: one bracketed promise twice in a row).
      const listed = withoutContact.length > 1 && 'listed';
      const lines = (mixed ? referrals : withContact).map((r) =>
        r.contact ? say('followUp.referralLine', { name: r.name, contact: r.contact }) : say(refined('followUp.referralLineNameOnly', listed), { name: r.name }),
      );
      points.push([say(mixed ? refined('followUp.referrals.mixed', listed) : `followUp.referrals.${contactCount}`, contactVars), ...lines].join('\n'));
    // All work done, nothing is left to continue: a language may point to the next work (`_done`, id review 18).
    } else points.push(say(refined('followUp.referrals.noContacts', endNow && progress === 'none' ? 'none' : progress === 'all' && 'done'), referralVars));
  }
  // The open door stays open until the last thing still owed: the last day, the files when they come later,
  // and a refund still to come (B17: a window that closed before the files or the refund left them unasked).
  const doorEnd = [endNow ? filesBy : '', refund && refund.amount > 0 ? refundBy : ''].reduce((a, b) => (b > a ? b : a), endNow ? lastDay : input.endDate);
  base['doorUntilW'] = written(doorEnd);
  // The letter offers the window whenever something is still owed after today (files, refund, work days),
  // and the checklist's parting step waits for it (id reviews 16–18, tr 16: "reply to this message" with no
  // end, beside a checklist that allows blocking after a date, left the client an open door that would close
  // without warning).
  const openDoor = doorEnd > today;
  const overcommunication = input.reasons.includes('overcommunication');
  // The reasons that make a client toxic (A1–A8): the ones after which the reader may block them (B7).
  const toxic = input.reasons.some((r) => r === 'aggression' || r === 'overcommunication' || r === 'free-work');
  const followUpLines = [
    say(`followUp.greeting.${named}`),
    '',
    say(`followUp.intro.${channel}`),
    '',
    ...points.map((p, i) => `${i + 1}. ${p}`),
    '',
    // Sent before the last day, the thanks must not read as if the work were over: the door stays open
    // until then (point 1 already says what is done by when; promising it again read as a duplicate).
    // The open door names the last day anything is owed; when nothing is owed after today there is no "until then".
    // After over-communication or a raised voice, never "any time": e-mail, in working hours.
    ...(openDoor ? [say(overcommunication || aggression ? 'shared.openDoorHours' : 'shared.openDoor', { untilW: endNow ? written(lastDay) : written(input.endDate) })] : []),
    // A thanks template may open with its own "just reply to this message" line (tr); beside the open-door
    // line that would be a second invitation, so only the thanks itself stays.
    // A letter to an organisation with no named contact wishes the company well (ko review 19: «귀사의 무궁한
    // 발전을 기원합니다», not a personal «하시는 일 모두 잘되시길»): refinement `_org` where a language has one.
    ...[say(refined(`followUp.thanks.${thanksKind}`, !endNow ? 'serving' : named === 'unnamed' && 'org'))].map((thanks) => (openDoor ? thanks.split('\n').slice(-1)[0] ?? '' : thanks)),
    '',
    say(business ? 'followUp.signWithBusiness' : 'followUp.sign'),
  ];

  // ----- the reader's own checklist (written forms) -----
  // The written confirmation comes first: it is the first thing to do once the call ends; only the check of
  // the contacts written into it goes before it (they are checked before it is sent).
  // What is due today comes first (id review 13 #21, tr review 13): the summary, then the small reward for
  // the call just made, then the steps with later dates (files, access, money). Serving the contract out,
  // noting its end date (review 10 #24 put it first: it keeps the work going) is also done today: it sits
  // between the summary and the reward, which also keeps it away from the files step at the same date.
  const handover = [
    // With contacts in the summary, a language may say "check them, then send it" as one step (`followUp_contacts`).
    ...(contactCount !== 'none' && refined('handover.followUp', 'contacts') === 'handover.followUp' ? [t('handover.referrals', base)] : []),
    // To an organisation with no named contact, a language may say where the summary goes and how to greet the
    // person met (`_unnamed`, id review 21: the e-mail asked for at the close, "Bapak" or "Ibu" for the slash).
    t(refined(refined('handover.followUp', contactCount !== 'none' && 'contacts'), named === 'unnamed' && 'unnamed'), base),
    ...(!endNow ? [t('handover.endDate', base)] : []),
    // Referrals named without any contact: have the contacts ready when the client asks (B10: recommend
    // what you checked). With some contacts written, the item above already sends the reader to them.
    // It comes right after today's steps, before files and money (ko review 14 #19): a contact sent after
    // the contract has ended is no longer of use to the client.
    // Any referral named without a contact gets the step, naming those (tr `noContactList`): review tr-7 #17/#24.
    ...(withoutContact.length > 0 ? [t('handover.referralsNoContact', { ...base, noContactList: grammar.list(withoutContact, 'and') })] : []),
    // Stopping on a later day: a language may fold "finish the work in progress by then" into the files
    // step (context `later`, optional; ko), so the checklist does not skip the days of work still owed.
    // Files due on the last day (`_sameDay`): one step with one date, which replaces the `later` variant.
    filesOnLastDay && refined(`handover.files.${progress}`, 'sameDay') !== `handover.files.${progress}`
      ? t(`handover.files.${progress}_sameDay`, base)
      : t(endNow ? `handover.files.${progress}` : 'handover.files.serve', { ...base, context: endNow && lastDay > today ? 'later' : undefined }),
    // Before any work was done no files go out: access follows the client's materials (`_none`, where a language has it).
    t(refined('handover.access', endNow && progress === 'none' && 'none'), base),
    ...(!endNow ? [t('handover.invoice', base)] : []),
    // A full refund (0 %) may word its tax papers apart (`_none`, ko: a 현금영수증 is cancelled, not reissued).
    ...(refund && refund.amount > 0 ? [t(refined(`handover.refund.${input.refundMethod}`, progress === 'none' && 'none'), base)] : []),
    // The aggression example, not said in the call, is kept in the reader's own records.
    t(exampleKept ? 'handover.recordsExample' : 'handover.records', base),
    // Blocking before the refund is sent could block the client's reply with their account: after it.
    // B7 (you owe them nothing afterwards, blocking is fine) is advice for a toxic client: a client let go for
    // time, money or fit alone gets no blocking step (tr review 14 #19, ko and id review 16: telling the reader
    // to block a client they are warmly serving out read as hostile).
    // Nothing left to pay either way (paid in full, or a refund of 0): the block step names no payment (id review 9 #20).
    // A contract served out still has its final invoice to be paid: an optional `_serving` wording may say so
    // (ko); at 100 % nothing is owed, and "once any balance is paid" contradicted the call (ko review 9 #18).
    // With a contact window promised in the summary, the context `later` starts blocking after it (tr review 9 #15).
    ...(toxic
      ? [
          t(refund && refund.amount > 0 ? 'handover.blockAfterRefund' : refined('handover.block', refund ? 'paid' : !endNow && 'serving'), {
            ...base,
            context: openDoor ? 'later' : undefined,
          }),
        ]
      : []),
    // The reward closes the list in every language (ko, tr and id reviews 14–18: before the files and the
    // refund it read as celebrating before the work was done; id review 13 had asked for it early).
    t('handover.rest', base),
  ];

  // The clause is for the reader's *next* contracts: defined parties, never a typed name.
  // "Immediately, at the latest N days after the cause arises or the decision is made". Its lawyer
  // note (B16) is in the clause's language and goes with it wherever it is copied (clauseText).
  const clause = t('shared.clause', { notice, noticeWords: idNumberWords(notice) });

  return {
    lang,
    title: t(`call.title.${channel}`),
    call,
    followUp: { subject: say(`followUp.subject.${channel}`), body: grammar.tidyLetter ? grammar.tidyLetter(followUpLines.join('\n')) : followUpLines.join('\n') },
    handover,
    clause,
    clauseNote: t('shared.clauseNote'),
    refund,
  };
}

/** The call script as plain text, for copy and download. */
export function callText(texts: ScriptTexts, title = texts.title): string {
  return [title, '', ...texts.call.flatMap((s) => [`■ ${s.heading}`, ...s.lines, ''])].join('\n').trim();
}

/** The follow-up as plain text (subject line first). */
export function followUpText(texts: ScriptTexts): string {
  return `${texts.followUp.subject}\n\n${texts.followUp.body}`;
}

/**
 * The clause as copied, downloaded and printed: the clause, a blank line, then its lawyer note.
 * The note travels with the clause on purpose: a copied clause goes into a draft contract or to a
 * colleague, away from this page, and the caution must reach whoever reads it there. It is one
 * marked line under the clause (※, Not:, Catatan:), easy to delete once a lawyer has checked it.
 */
export function clauseText(texts: ScriptTexts): string {
  return `${texts.clause}\n\n${texts.clauseNote}`;
}

/** The handover checklist as plain text with boxes to tick. */
export function handoverText(texts: ScriptTexts, title: string): string {
  return [title, '', ...texts.handover.map((item) => `☐ ${item}`)].join('\n');
}
