/**
 * <quiz-flow>: walks the server-rendered quiz form one question at a time
 * (GOV.UK question-page pattern), then a check-your-answers summary, then the
 * result. Scoring is src/lib/quiz; this file only shows and hides what the
 * page already contains.
 *
 * State: { answers, step } saved in localStorage on every change (see
 * saved-state.ts). A result link carries the answers in the fragment (#r=…).
 */
import { reasonsFor, scoreQuiz, unanswered, type Answers } from '../lib/quiz/scoring.ts';
import { decodeAnswers, encodeAnswers } from '../lib/quiz/share-code.ts';
import { loadState, serializeState, storageKey } from '../lib/quiz/saved-state.ts';
import type { Quiz } from '../lib/quiz/schema.ts';
import { fillTemplate as fill } from '../lib/fill-template.ts';
import { safeStorage as storage } from './safe-storage.ts';
import { isShownConcern } from '../lib/quiz/read-more.ts';

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
    this.restore();
    this.bind();
    this.render(false);
  }

  /** A result link wins over saved progress; bad saved data is dropped with a notice. */
  restore(): void {
    const hash = new URLSearchParams(location.hash.slice(1)).get('r');
    if (hash !== null) {
      const shared = decodeAnswers(this.quiz, hash);
      if (shared) {
        this.answers = shared;
        this.step = this.total + 1;
        this.save();
        return;
      }
      this.notify('[data-bad-link-text]');
      history.replaceState(null, '', location.pathname + location.search);
    }
    const key = storageKey(this.quiz);
    const loaded = loadState(this.quiz, storage()?.getItem(key) ?? null);
    if (loaded.status === 'ok') {
      this.answers = loaded.state.answers;
      this.step = loaded.state.step;
      // A saved result step needs complete answers; otherwise resume at the first gap.
      const gaps = unanswered(this.quiz, this.answers);
      if (this.step >= this.total && gaps.length) this.step = this.quiz.questions.findIndex((q) => q.id === gaps[0]);
      if (Object.keys(this.answers).length && hash === null) this.notify('[data-resumed-text]');
    } else if (loaded.status === 'discarded') {
      storage()?.removeItem(key);
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
    this.render(true);
  }

  reset(clearStorage: boolean): void {
    this.answers = {};
    this.step = 0;
    this.returnToSummary = false;
    for (const radio of this.$$<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
    history.replaceState(null, '', location.pathname + location.search);
    if (clearStorage) {
      storage()?.removeItem(storageKey(this.quiz));
      this.notify('[data-cleared-text]');
    } else {
      this.save();
      this.hideNotice();
    }
    this.render(true);
  }

  save(): void {
    try {
      storage()?.setItem(storageKey(this.quiz), serializeState({ v: 1, answers: this.answers, step: this.step }));
    } catch {
      // Storage full or blocked: the quiz still works for this visit.
    }
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
      history.replaceState(null, '', location.pathname + location.search);
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
    history.replaceState(null, '', `${location.pathname}${location.search}#r=${code}`);
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
