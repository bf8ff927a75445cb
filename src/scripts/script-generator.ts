/**
 * <script-generator>: reads the form, composes every output with src/lib/script
 * on each change, and offers copy, download and print. Texts are always set as
 * text (textContent / createTextNode), never as HTML, so whatever the reader
 * types shows literally.
 *
 * State: the form's input, kept by GeneratorDraft (generator-draft.ts: saved
 * draft, prefill links, other tabs, storage refused); "clear everything"
 * removes it. The output language's templates load on demand.
 */
import { createT } from '../lib/script/templates.ts';
import type { LanguagePack } from '../lib/script/pack.ts';
import { composeScript, type ScriptTexts, type T } from '../lib/script/compose.ts';
import { plainText, renderOutputs } from './generator-output.ts';
import { looksLikeOrganisation } from '../lib/grammar/addressee.ts';
import { emptyInput, factsReason, inputFromParams, localToday, validateInput, type ScriptInput } from '../lib/script/input.ts';
import { isLang, type Lang } from '../i18n/locales.ts';
import { pluralRules } from '../lib/intl-cache.ts';
import { fillTemplate as fill } from '../lib/fill-template.ts';
import { explainErrors, showNote, showParsedAmount, showWeekendNotes, type DateNoteMessages, type ValidationMessages } from './generator-checks.ts';
import { weekendNotes } from '../lib/script/weekend.ts';
import { exampleBeforeStart } from '../lib/script/example-before-start.ts';
import { GeneratorDraft } from './generator-draft.ts';
import { OutputJump } from './output-jump.ts';

interface Messages {
  callTitles: Record<string, string>;
  counter: Record<string, string>;
  counterOver: string;
  jump: { ready: string; waiting: string; updated: string };
  copied: string;
  copyFailed: string;
  refundLine: string;
  noRefund: string;
  titleNone: string;
  /** The empty option's prompt and the title's error, for output languages that require a title. */
  titleChoose: Partial<Record<Lang, string>>;
  honorific: Partial<Record<Lang, string>>;
  restored: string;
  cleared: string;
  feeHint: string;
  titles: Record<Lang, string[]>;
  defaultTitles: Record<Lang, string>;
  currencies: Record<Lang, string>;
  errors: Record<string, string>;
  validation: ValidationMessages;
  dateNotes: DateNoteMessages;
  beforeStart: string;
}

// One chunk per output language: its templates, and its grammar (pack).
const templates = import.meta.glob<Record<string, unknown>>('../i18n/locales/*/script.json', { import: 'default' });
// The negative pattern keeps the packs' unit tests (pack-id.test.ts) out of the site's bundle.
const packs = import.meta.glob<LanguagePack>(['../lib/script/pack-*.ts', '!../lib/script/pack-*.test.ts'], { import: 'pack' });


class ScriptGenerator extends HTMLElement {
  pageLang!: Lang;
  m!: Messages;
  form!: HTMLFormElement;
  texts: ScriptTexts | undefined;
  /** Set once the reader asked for the texts: from then on errors show as they type. */
  showErrors = false;
  handoverTitle = '';
  /** The reader chose person/organisation themselves: a legal form in the name no longer decides. */
  kindChosen = false;
  draft!: GeneratorDraft;

  $<E extends Element = HTMLElement>(selector: string): E | null {
    return this.querySelector<E>(selector) as E | null;
  }

  $$<E extends Element = HTMLElement>(selector: string): E[] {
    return [...this.querySelectorAll<E>(selector)] as E[];
  }

  connectedCallback(): void {
    const lang = this.dataset['lang'];
    this.pageLang = isLang(lang) ? lang : 'ko';
    this.m = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    const form = this.$<HTMLFormElement>('[data-form]');
    if (!form) return;
    this.form = form;
    this.restore();
    form.addEventListener('input', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.name === 'client' && !this.kindChosen) this.guessKind(target.value);
      void this.update();
    });
    form.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.name === 'kind') this.kindChosen = true;
    });
    // Pasting more than a field holds is cut by the browser: say so at the counter.
    form.addEventListener('paste', (event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !field.dataset['max']) return;
      const pasted = Array.from(event.clipboardData?.getData('text') ?? '').length;
      const kept = Array.from(field.value).length - (field.selectionEnd ?? 0) + (field.selectionStart ?? 0);
      field.toggleAttribute('data-cut', kept + pasted > Number(field.dataset['max']));
    });
    form.addEventListener('change', () => void this.update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.showErrors = true;
      void this.update().then(() => this.afterSubmit());
    });
    this.$('[data-clear]')?.addEventListener('click', () => this.clear());
    this.$('[data-print]')?.addEventListener('click', () => window.print());
    for (const panel of this.$$('[data-output]')) this.bindPanel(panel);
    this.bindJump();
    for (const link of this.$$<HTMLAnchorElement>('[data-error-list] a')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = document.getElementById(link.hash.slice(1));
        const focusable = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input');
        focusable?.focus();
      });
    }
    // Ready: unlock the form and drop the "needs JavaScript" note (both stay if anything above threw).
    this.$<HTMLFieldSetElement>('[data-form-gate]')?.removeAttribute('disabled');
    this.$('[data-needs-script]')?.setAttribute('hidden', '');
  }

  /** The saved draft and a prefill link (the quiz links here with ?reasons=…), merged without loss. */
  restore(): void {
    this.kindChosen = new URLSearchParams(location.search).has('kind');
    this.draft = new GeneratorDraft({
      root: this,
      form: this.form,
      pageLang: this.pageLang,
      defaultTitle: this.m.defaultTitles[this.pageLang] ?? '',
      // Without a title in a link, the link's output language's default form of address (김민수 님).
      titleFor: (lang) => this.m.defaultTitles[isLang(lang) ? lang : this.pageLang] ?? '',
      readForm: () => this.readForm(),
      writeForm: (input) => this.writeForm(input),
      update: () => this.update(),
      notify: (text) => this.notify(text),
    });
    this.writeForm(this.draft.initial(this.m.restored));
    void this.update();
  }

  /** A name with a legal form ((주), A.Ş., PT …) is an organisation until the reader says otherwise. */
  guessKind(name: string): void {
    const kind = looksLikeOrganisation(name) ? 'organisation' : 'person';
    for (const radio of this.$$<HTMLInputElement>('input[name="kind"]')) radio.checked = radio.value === kind;
  }

  notify(text: string): void {
    const notice = this.$('[data-notice]');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = !text;
  }

  /**
   * The form's controls, collected once. Reading them directly is much faster
   * than `new FormData(form)`, which re-walks the document after every output
   * render (and this runs on every keystroke).
   */
  controls: (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] = [];

  /** The form's current values as an input (same parsing as a URL prefill). */
  readForm(): ScriptInput {
    if (!this.controls.length) this.controls = [...this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')];
    const params = new URLSearchParams();
    for (const control of this.controls) {
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
      params.append(control.name, control.value);
    }
    if (!params.has('title')) params.set('title', '');
    if (!params.has('notice')) params.set('notice', '');
    return inputFromParams(params, this.pageLang, this.m.defaultTitles[this.pageLang]);
  }

  writeForm(input: ScriptInput): void {
    this.setTitleOptions(input.lang, input.title);
    const set = (name: string, value: string) => {
      const el = this.form.elements.namedItem(name);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) el.value = value;
    };
    for (const name of ['client', 'contact', 'you', 'business', 'facts', 'factsFor', 'endDate', 'fee', 'completed', 'lastDay', 'filesBy', 'refundBy', 'notice', 'lang'] as const) set(name, input[name]);
    for (const box of this.$$<HTMLInputElement>('input[name="reasons"]')) box.checked = input.reasons.includes(box.value as never);
    for (const [name, value] of [['kind', input.kind], ['contract', input.contract], ['refundMethod', input.refundMethod], ['channel', input.channel], ['tone', input.tone]] as const) {
      for (const radio of this.$$<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
    }
    const names = this.$$<HTMLInputElement>('input[name="referrals"]');
    const contacts = this.$$<HTMLInputElement>('input[name="referralContacts"]');
    names.forEach((el, i) => (el.value = input.referrals[i]?.name ?? ''));
    contacts.forEach((el, i) => (el.value = input.referrals[i]?.contact ?? ''));
  }

  /** Forms of address follow the output language (님 / Bey / Bapak). */
  setTitleOptions(lang: Lang, selected: string): void {
    const honorific = this.m.honorific[lang];
    if (honorific) for (const el of this.$$('#err-field-title, [data-error-for="title"] a')) el.textContent = honorific;
    const select = this.$<HTMLSelectElement>('[data-title-select]');
    if (!select || select.dataset['lang'] === lang) {
      if (select) select.value = selected;
      return;
    }
    select.dataset['lang'] = lang;
    const titles = this.m.titles[lang] ?? [''];
    select.replaceChildren(
      ...titles.map((title) => {
        const option = document.createElement('option');
        option.value = title;
        // Indonesian needs Bapak or Ibu, Turkish Bey or Hanım (validateInput): their empty option asks for one.
        option.textContent = title || (this.m.titleChoose[lang] ?? this.m.titleNone);
        return option;
      }),
    );
    select.value = titles.includes(selected) ? selected : this.m.defaultTitles[lang] ?? '';
  }

  loaded = new Map<Lang, { t: T; pack: LanguagePack }>();

  /**
   * The templates and grammar of `lang`, fetched the first time it is chosen.
   */
  async language(lang: Lang): Promise<{ t: T; pack: LanguagePack }> {
    let loaded = this.loaded.get(lang);
    if (!loaded) {
      const [data, pack] = await Promise.all([
        templates[`../i18n/locales/${lang}/script.json`]?.(),
        packs[`../lib/script/pack-${lang}.ts`]?.(),
      ]);
      if (!data || !pack) throw new Error(`No templates for ${lang}`);
      loaded = { t: createT(data, lang, pack.formatters), pack };
      this.loaded.set(lang, loaded);
    }
    return loaded;
  }

  /** Counts updates, so that one still waiting for its language's templates cannot render over a newer one. */
  updates = 0;

  async update(): Promise<void> {
    const turn = ++this.updates;
    let fixed = this.readForm();
    const select = this.$<HTMLSelectElement>('[data-title-select]');
    if (select && select.dataset['lang'] !== fixed.lang) {
      // The output language changed: offer its forms of address, then read again. A title
      // still at the old language's default takes the new one's (tr '' → ko 님).
      const previous = select.dataset['lang'];
      const untouched = isLang(previous) && fixed.title === this.m.defaultTitles[previous];
      this.setTitleOptions(fixed.lang, untouched ? this.m.defaultTitles[fixed.lang] : fixed.title);
      fixed = this.readForm();
    }
    this.draft.save(fixed);
    this.updateVisibility(fixed);
    this.updateCounters();
    const today = localToday();
    const errors = validateInput(fixed, today);
    showWeekendNotes(this, weekendNotes(fixed, today), this.m.dateNotes);
    showNote(this.$('[data-before-start-note]'), exampleBeforeStart(fixed) ? this.m.beforeStart : '');
    explainErrors(this, errors, fixed, this.pageLang, this.m.validation);
    this.renderErrors(errors.map((e) => e.field));
    const feeErrorShown = this.showErrors && errors.some((e) => e.field === 'fee');
    showParsedAmount(this.$('[data-parsed-amount]'), fixed, this.pageLang, this.m.validation, feeErrorShown);
    const filled = this.$('[data-filled]');
    const empty = this.$('[data-empty]');
    if (errors.length) {
      this.texts = undefined;
      if (filled) filled.hidden = true;
      if (empty) empty.hidden = false;
      this.jump?.update(0);
      return;
    }
    const { t, pack } = await this.language(fixed.lang);
    if (turn !== this.updates) return; // typed on meanwhile: the newer update renders
    this.texts = composeScript(fixed, t, pack);
    renderOutputs(this, this.texts, fixed.channel, this.m);
    this.handoverTitle = t('handover.title');
    if (filled) filled.hidden = false;
    if (empty) empty.hidden = true;
    this.jump?.update(this.$$('[data-filled] [data-output]').filter((p) => !p.hidden).length);
  }

  jump: OutputJump | undefined;

  bindJump(): void {
    const link = this.$<HTMLAnchorElement>('[data-output-jump]');
    const live = this.$('[data-jump-live]');
    const outputs = this.$('[data-outputs]');
    if (!link || !live || !outputs || !('IntersectionObserver' in window)) return;
    const m = this.m.jump;
    this.jump = new OutputJump(link, live, outputs, {
      ready: (count) => fill(m.ready, { count: String(count) }),
      waiting: m.waiting,
      updated: m.updated,
    });
  }

  updateVisibility(input: ScriptInput): void {
    for (const el of this.$$('[data-when-contract]')) el.hidden = el.dataset['whenContract'] !== input.contract;
    for (const el of this.$$('[data-when-channel]')) el.hidden = el.dataset['whenChannel'] !== input.channel;
    for (const el of this.$$('[data-when-kind]')) el.hidden = el.dataset['whenKind'] !== input.kind;
    for (const el of this.$$('[data-when-no-referrals]')) el.hidden = input.referrals.some((r) => r.name.trim());
    for (const el of this.$$('[data-when-reason]')) el.hidden = !input.reasons.includes(el.dataset['whenReason'] as never);
    this.updateFactsFor(input);
    const feeHint = this.$('[data-hint="fee"]');
    if (feeHint) feeHint.textContent = fill(this.m.feeHint, { currency: this.m.currencies[input.lang] });
  }

  /**
   * "Which reason is the example about?": only with two or more reasons ticked, offering just those,
   * and showing the reason the example really follows (the chosen one, else the first ticked).
   */
  updateFactsFor(input: ScriptInput): void {
    const wrap = this.$('[data-when-many-reasons]');
    const select = this.$<HTMLSelectElement>('#field-factsFor');
    if (!wrap || !select) return;
    wrap.hidden = input.reasons.length < 2;
    for (const option of select.options) {
      const off = !input.reasons.includes(option.value as never);
      option.hidden = off;
      option.disabled = off;
    }
    const effective = factsReason(input);
    if (effective && select.value !== effective) select.value = effective;
  }

  updateCounters(): void {
    for (const counter of this.$$('[data-counter-for]')) {
      const field = document.getElementById(counter.dataset['counterFor'] ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
      const max = Number(field?.dataset['max'] ?? 0);
      if (!field || !max) continue;
      const count = Array.from(field.value).length;
      const always = counter.hasAttribute('data-always');
      counter.hidden = !always && count < max * 0.8;
      const category = pluralRules(this.pageLang).select(count);
      const cut = field.hasAttribute('data-cut') && count >= max;
      if (cut) counter.hidden = false;
      counter.textContent = cut ? fill(this.m.counterOver, { max }) : fill(this.m.counter[category] ?? this.m.counter['other'] ?? '', { count, max });
    }
  }

  renderErrors(fields: string[]): void {
    const show = this.showErrors ? fields : [];
    const summary = this.$('[data-error-summary]');
    for (const li of this.$$('[data-error-for]')) li.hidden = !show.includes(li.dataset['errorFor'] ?? '');
    if (summary) summary.hidden = show.length === 0;
    for (const error of this.$$('[data-field-error]')) {
      const name = error.dataset['fieldError'] ?? '';
      const on = show.includes(name);
      error.hidden = !on;
      const control = error.parentElement?.querySelector('input, textarea, select');
      // "true", not an empty attribute: aria-invalid="" means false to assistive technology (and to the CSS).
      if (control && name !== 'reasons') {
        if (on) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
  }

  afterSubmit(): void {
    const summary = this.$('[data-error-summary]');
    if (summary && !summary.hidden) {
      // While the reader works through the error summary the jump steps aside: there are no texts to
      // jump to, and a bar stuck to the bottom of a phone screen would cover the fields being fixed
      // (WCAG 2.4.11, 2.5.8). The next change to the form brings it back.
      this.jump?.pause();
      summary.focus();
      return;
    }
    const title = this.$('#outputs-title');
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }

  /** The plain text of one output, as copied and downloaded. */
  plain(id: string): string {
    return this.texts ? plainText(this.texts, id, this.handoverTitle) : '';
  }

  bindPanel(panel: HTMLElement): void {
    const id = panel.dataset['output'] ?? '';
    const status = panel.querySelector<HTMLElement>('[data-status]');
    panel.querySelector('[data-copy]')?.addEventListener('click', async () => {
      const text = this.plain(id);
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = this.m.copied;
      } catch {
        const area = panel.querySelector('[data-output-text]');
        if (area) getSelection()?.selectAllChildren(area);
        if (status) status.textContent = this.m.copyFailed;
      }
    });
    panel.querySelector('[data-download]')?.addEventListener('click', () => {
      const blob = new Blob([this.plain(id)], { type: 'text/plain;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${id}-${this.texts?.lang ?? this.pageLang}.txt`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    panel.querySelector<HTMLInputElement>('[data-print-choice]')?.addEventListener('change', (event) => {
      panel.toggleAttribute('data-print-include', (event.target as HTMLInputElement).checked);
    });
  }

  clear(): void {
    const cleared = this.draft.clear();
    this.showErrors = false;
    history.replaceState(null, '', location.pathname);
    this.writeForm(emptyInput(this.pageLang, this.m.defaultTitles[this.pageLang]));
    void this.update().then(() => {
      this.notify(cleared && this.draft.clear() ? this.m.cleared : this.draft.store.notice.m('clearFailed'));
    });
  }
}

customElements.define('script-generator', ScriptGenerator);
