/**
 * <quiz-flow>: walks the server-rendered quiz form one question at a time
 * (GOV.UK question-page pattern), then a check-your-answers summary, then the
 * result. Scoring is src/lib/quiz; this file only shows and hides what the
 * page already contains.
 *
 * State: { answers, step, returnToSummary } kept by ToolStore (tool-storage.ts:
 * guarded writes, other tabs, "don't keep on this device"; see saved-state.ts).
 * A result link carries the answers in the fragment (#r=…).
 * History: every step is a history entry ({ quizStep, returnToSummary } as its
 * state), so the browser's Back and Forward move between questions, the summary
 * and the result; Back from the first question leaves the quiz.
 */
import { reasonsFor, scoreQuiz, unanswered, type Answers } from '../lib/quiz/scoring.ts';
import { decodeAnswers, encodeAnswers } from '../lib/quiz/share-code.ts';
import { quizSpec, sameAnswers, storageKey, type QuizState } from '../lib/quiz/saved-state.ts';
import type { Quiz } from '../lib/quiz/schema.ts';
import { fillTemplate as fill } from '../lib/fill-template.ts';
import { isShownConcern } from '../lib/quiz/read-more.ts';
import { ToolStore } from './tool-storage.ts';

interface Messages {
  progress: string;
  scoreText: string;
  levels: Record<'low' | 'medium' | 'high', string>;
}


class QuizFlow extends HTMLElement {
  quiz!: Quiz;
  messages!: Messages;
  answers: Answers = {};
  step = 0;
  /** Set while changing one answer from the summary: "continue" goes back there. */
  returnToSummary = false;
  store!: ToolStore<QuizState>;

  get total(): number {
    return this.quiz.questions.length;
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector) as T | null;
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)] as T[];
  }

  connectedCallback(): void {
    this.quiz = JSON.parse(this.dataset['quiz'] ?? '{}') as Quiz;
    this.messages = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    this.classList.add('enhanced');
    this.store = new ToolStore<QuizState>({
      key: storageKey(this.quiz),
      spec: quizSpec(this.quiz),
      root: this,
      blank: () => ({ answers: {}, step: 0, returnToSummary: false }),
      current: () => ({ answers: { ...this.answers }, step: this.step, returnToSummary: this.returnToSummary }),
      apply: (state) => this.applyState(state),
      same: sameAnswers,
    });
    this.restore();
    this.bind();
    this.render(false);
    history.replaceState(this.historyState(), '', location.href);
    window.addEventListener('popstate', (event) => this.onHistory(event.state));
  }

  historyState(): { quizStep: number; returnToSummary: boolean } {
    return { quizStep: this.step, returnToSummary: this.returnToSummary };
  }

  /** Browser Back/Forward: show the step that history entry stands for. */
  onHistory(state: unknown): void {
    const entry = state as { quizStep?: unknown; returnToSummary?: unknown } | null;
    if (typeof entry?.quizStep !== 'number' || !Number.isInteger(entry.quizStep)) return;
    let step = Math.min(Math.max(entry.quizStep, 0), this.total + 1);
    // A result needs every answer (they may have been cleared since): resume at the first gap.
    const gaps = unanswered(this.quiz, this.answers);
    if (step > this.total && gaps.length) step = this.quiz.questions.findIndex((q) => q.id === gaps[0]);
    this.step = step;
    this.returnToSummary = entry.returnToSummary === true;
    this.clearError();
    this.save();
    this.render(true);
  }

  /** Another tab's answers, chosen by the reader ("load it") or taken into a blank quiz. */
  applyState(state: QuizState): void {
    this.answers = { ...state.answers };
    this.step = state.step;
    this.returnToSummary = state.returnToSummary;
    for (const radio of this.$$<HTMLInputElement>('input[type="radio"]')) radio.checked = this.answers[radio.name] === radio.value;
    this.clearError();
    this.save();
    history.pushState(this.historyState(), '', location.pathname + location.search);
    this.render(true);
  }

  /** A result link wins over saved progress; bad saved data is dropped with a notice. */
  restore(): void {
    const hash = new URLSearchParams(location.hash.slice(1)).get('r');
    if (hash !== null) {
      const shared = decodeAnswers(this.quiz, hash);
      if (shared) {
        // Opening a result link shows it without replacing answers saved here;
        // they are replaced only once the reader changes something.
        this.answers = shared;
        this.step = this.total + 1;
        return;
      }
      this.notify('[data-bad-link-text]');
      history.replaceState(null, '', location.pathname + location.search);
    }
    const loaded = this.store.load();
    if (loaded.status === 'ok') {
      const state = loaded.record.data;
      this.answers = state.answers;
      this.step = state.step;
      this.returnToSummary = state.returnToSummary;
      // A saved result step needs complete answers; otherwise resume at the first gap.
      const gaps = unanswered(this.quiz, this.answers);
      if (this.step >= this.total && gaps.length) this.step = this.quiz.questions.findIndex((q) => q.id === gaps[0]);
      if (Object.keys(this.answers).length && hash === null) this.notify('[data-resumed-text]');
    } else if (loaded.status === 'corrupt') {
      this.notify('[data-discarded-text]');
    }
  }

  bind(): void {
    for (const radio of this.$$<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = this.answers[radio.name] === radio.value;
      radio.addEventListener('change', () => {
        this.answers[radio.name] = radio.value;
        this.clearError();
        this.save();
      });
    }
    this.$('[data-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.next();
    });
    for (const back of this.$$('[data-back]')) back.addEventListener('click', () => this.go(Math.max(0, this.step - 1)));
    for (const change of this.$$('[data-change]')) {
      change.addEventListener('click', () => {
        this.returnToSummary = true;
        this.go(Number(change.dataset['change']));
      });
    }
    this.$('[data-see-result]')?.addEventListener('click', () => {
      const gaps = unanswered(this.quiz, this.answers);
      if (gaps.length) {
        this.returnToSummary = true;
        this.go(this.quiz.questions.findIndex((q) => q.id === gaps[0]));
        this.showError();
        return;
      }
      this.go(this.total + 1);
    });
    this.$('[data-restart]')?.addEventListener('click', () => this.reset(false));
    this.$('[data-clear]')?.addEventListener('click', () => this.reset(true));
    this.$('[data-print]')?.addEventListener('click', () => window.print());
    this.$('[data-copy-link]')?.addEventListener('click', () => void this.copyLink());
    this.$('[data-error-link]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.$<HTMLInputElement>('[data-current] input')?.focus();
    });
  }

  next(): void {
    const question = this.quiz.questions[this.step];
    if (question && !this.answers[question.id]) {
      this.showError();
      return;
    }
    const target = this.returnToSummary ? this.total : this.step + 1;
    this.returnToSummary = false;
    this.go(target);
  }

  go(step: number): void {
    this.step = step;
    this.clearError();
    this.save();
    history.pushState(this.historyState(), '', location.pathname + location.search);
    this.render(true);
  }

  reset(clearStorage: boolean): void {
    this.answers = {};
    this.step = 0;
    this.returnToSummary = false;
    for (const radio of this.$$<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
    history.pushState(this.historyState(), '', location.pathname + location.search);
    if (clearStorage) {
      if (this.store.clear()) this.notify('[data-cleared-text]');
      else this.store.notice.say(this.store.notice.m('clearFailed'));
    } else {
      this.save();
      this.hideNotice();
    }
    this.render(true);
  }

  save(): void {
    this.store.save({ answers: { ...this.answers }, step: this.step, returnToSummary: this.returnToSummary });
  }

  notify(textSelector: string): void {
    const notice = this.$('[data-notice]');
    const text = this.$(textSelector)?.textContent ?? '';
    if (notice) {
      notice.textContent = text;
      notice.hidden = false;
    }
  }

  hideNotice(): void {
    const notice = this.$('[data-notice]');
    if (notice) notice.hidden = true;
  }

  showError(): void {
    const current = this.$('[data-current]');
    const summary = this.$('[data-error-summary]');
    if (!current || !summary) return;
    current.setAttribute('aria-invalid', 'true');
    const error = current.querySelector<HTMLElement>('[data-field-error]');
    if (error) error.hidden = false;
    const link = this.$<HTMLAnchorElement>('[data-error-link]');
    if (link) link.href = `#${current.id}`;
    summary.hidden = false;
    summary.focus();
  }

  clearError(): void {
    const summary = this.$('[data-error-summary]');
    if (summary) summary.hidden = true;
    for (const q of this.$$('[aria-invalid]')) q.removeAttribute('aria-invalid');
    for (const e of this.$$('[data-field-error]')) e.hidden = true;
  }

  render(moveFocus: boolean): void {
    const onQuestion = this.step < this.total;
    const onSummary = this.step === this.total;
    const onResult = this.step > this.total;
    const form = this.$('[data-form]');
    const summary = this.$('[data-summary]');
    const result = this.$('[data-result]');
    if (form) form.hidden = !onQuestion;
    if (summary) summary.hidden = !onSummary;
    if (result) result.hidden = !onResult;

    for (const fieldset of this.$$('fieldset[data-step]')) {
      fieldset.toggleAttribute('data-current', Number(fieldset.dataset['step']) === this.step);
    }
    const progress = this.$('[data-progress-fill]');
    if (progress) progress.style.width = `${Math.round((Math.min(this.step, this.total) / this.total) * 100)}%`;
    const back = this.$<HTMLButtonElement>('[data-form] [data-back]');
    if (back) back.hidden = this.step === 0;

    let focusTarget: HTMLElement | null = null;
    if (onQuestion) focusTarget = this.$('[data-current] .question-title');
    if (onSummary) {
      this.renderSummary();
      focusTarget = this.$('#check-title');
    }
    if (onResult) {
      this.renderResult();
      focusTarget = this.$('#result-title');
    } else if (location.hash) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    if (moveFocus && focusTarget) {
      focusTarget.focus();
      focusTarget.scrollIntoView({ block: 'start' });
    }
  }

  renderSummary(): void {
    for (const row of this.$$('[data-summary-row]')) {
      const id = row.dataset['summaryRow'] ?? '';
      const chosen = this.$<HTMLInputElement>(`input[name="${CSS.escape(id)}"][value="${CSS.escape(this.answers[id] ?? '')}"]`);
      const answer = row.querySelector<HTMLElement>('[data-summary-answer]');
      const label = chosen?.closest('label')?.textContent?.trim();
      if (answer && label) answer.textContent = label;
    }
  }

  renderResult(): void {
    const result = scoreQuiz(this.quiz, this.answers);
    for (const el of this.$$('[data-band]')) el.hidden = el.dataset['band'] !== result.band;
    for (const el of this.$$('[data-next-for]')) el.hidden = el.dataset['nextFor'] !== result.band;
    const tempered = this.$('[data-tempered]');
    if (tempered) tempered.hidden = result.factor >= 1;

    for (const dim of result.dimensions) {
      const row = this.$(`[data-dimension="${CSS.escape(dim.id)}"]`);
      if (!row) continue;
      const percent = Math.round(dim.score * 100);
      const level = dim.score < 0.34 ? 'low' : dim.score < 0.67 ? 'medium' : 'high';
      const fillEl = row.querySelector<HTMLElement>('[data-bar-fill]');
      if (fillEl) fillEl.style.width = `${percent}%`;
      const value = row.querySelector<HTMLElement>('[data-bar-value]');
      if (value) value.textContent = fill(this.messages.scoreText, { level: this.messages.levels[level], percent });
    }
    // The two or three concerns that matter most (checklists list every gap).
    const shown = this.quiz.id === 'readiness' ? result.concerns : result.concerns.slice(0, 3);
    // A read-more link may stand for several areas (data-concern="time free-work").
    for (const el of this.$$('[data-concern]')) el.hidden = !isShownConcern(el.dataset['concern'] ?? '', shown);
    const none = this.$('[data-no-concern]') ?? this.$('[data-all-done]');
    if (none) none.hidden = result.concerns.length > 0;

    const reasons = reasonsFor(this.quiz, result);
    for (const link of this.$$<HTMLAnchorElement>('[data-script-link]')) {
      const url = new URL(link.href);
      if (reasons.length) url.searchParams.set('reasons', reasons.join(','));
      else url.searchParams.delete('reasons');
      link.href = url.pathname + url.search;
    }

    const code = encodeAnswers(this.quiz, this.answers);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#r=${code}`);
    const share = this.$<HTMLInputElement>('[data-share-url]');
    if (share) share.value = location.href;
    const announce = this.$('[data-announce]');
    const verdict = this.$(`[data-band="${CSS.escape(result.band)}"] .verdict-title`);
    if (announce && verdict) announce.textContent = verdict.textContent ?? '';
  }

  async copyLink(): Promise<void> {
    const input = this.$<HTMLInputElement>('[data-share-url]');
    const status = this.$('[data-copy-status]');
    const button = this.$('[data-copy-link]');
    if (!input || !status || !button) return;
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = button.dataset['copied'] ?? '';
    } catch {
      input.select();
      status.textContent = button.dataset['failed'] ?? '';
    }
  }
}

customElements.define('quiz-flow', QuizFlow);
