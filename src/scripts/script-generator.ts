/**
 * <script-generator>: reads the form, composes every output with src/lib/script
 * on each change, and offers copy, download and print. Texts are always set as
 * text (textContent / createTextNode), never as HTML, so whatever the reader
 * types shows literally.
 *
 * State: the form's input, saved in localStorage under `script-generator` on
 * every change, restored on return unless the URL carries a prefill; "clear
 * everything" removes it. The output language's templates load on demand.
 */
import { addFormatters, createScriptI18n } from '../lib/script/i18n.ts';
import type { LanguagePack } from '../lib/script/pack.ts';
import { callText, composeScript, followUpText, handoverText, type ScriptTexts, type T } from '../lib/script/compose.ts';
import { emptyInput, inputFromParams, inputToParams, validateInput, type ScriptInput } from '../lib/script/input.ts';
import { isLang, type Lang } from '../i18n/locales.ts';
import { pluralRules } from '../lib/intl-cache.ts';
import { fillTemplate as fill } from '../lib/fill-template.ts';
import { safeStorage as storage } from './safe-storage.ts';

interface Messages {
  counter: Record<string, string>;
  counterOver: string;
  copied: string;
  copyFailed: string;
  refundLine: string;
  noRefund: string;
  titleNone: string;
  restored: string;
  cleared: string;
  feeHint: string;
  titles: Record<Lang, string[]>;
  defaultTitles: Record<Lang, string>;
  currencies: Record<Lang, string>;
  errors: Record<string, string>;
}

const STORAGE_KEY = 'script-generator';
// One chunk per output language: its templates, and its grammar (pack).
const templates = import.meta.glob<Record<string, unknown>>('../i18n/locales/*/script.json', { import: 'default' });
const packs = import.meta.glob<LanguagePack>('../lib/script/pack-*.ts', { import: 'pack' });


class ScriptGenerator extends HTMLElement {
  pageLang!: Lang;
  m!: Messages;
  form!: HTMLFormElement;
  i18n = createScriptI18n({}, 'ko');
  texts: ScriptTexts | undefined;
  /** Set once the reader asked for the texts: from then on errors show as they type. */
  showErrors = false;
  lastSaved = '';
  titles: { call?: string; handover?: string } = {};

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
    form.addEventListener('input', () => void this.update());
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

  /** URL prefill first (the quiz links here with ?reasons=…), else what this browser kept. */
  restore(): void {
    const params = new URLSearchParams(location.search);
    let input: ScriptInput | undefined;
    if ([...params.keys()].length) {
      input = inputFromParams(params, this.pageLang, this.m.defaultTitles[this.pageLang]);
      // The prefill has been read; from now on the reader's edits (saved below) win on reload.
      history.replaceState(null, '', location.pathname + location.hash);
    } else {
      const saved = storage()?.getItem(STORAGE_KEY);
      if (saved) {
        try {
          input = inputFromParams(new URLSearchParams(JSON.parse(saved) as string), this.pageLang, this.m.defaultTitles[this.pageLang]);
          this.notify(this.m.restored);
        } catch {
          storage()?.removeItem(STORAGE_KEY);
        }
      }
    }
    this.writeForm(input ?? emptyInput(this.pageLang, this.m.defaultTitles[this.pageLang]));
    void this.update();
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
    for (const name of ['client', 'you', 'business', 'facts', 'endDate', 'fee', 'completed', 'notice', 'lang'] as const) set(name, input[name]);
    for (const box of this.$$<HTMLInputElement>('input[name="reasons"]')) box.checked = input.reasons.includes(box.value as never);
    for (const [name, value] of [['contract', input.contract], ['channel', input.channel], ['tone', input.tone]] as const) {
      for (const radio of this.$$<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
    }
    const names = this.$$<HTMLInputElement>('input[name="referrals"]');
    const contacts = this.$$<HTMLInputElement>('input[name="referralContacts"]');
    names.forEach((el, i) => (el.value = input.referrals[i]?.name ?? ''));
    contacts.forEach((el, i) => (el.value = input.referrals[i]?.contact ?? ''));
  }

  /** Forms of address follow the output language (님 / Bey / Bapak). */
  setTitleOptions(lang: Lang, selected: string): void {
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
        option.textContent = title || this.m.titleNone;
        return option;
      }),
    );
    select.value = titles.includes(selected) ? selected : this.m.defaultTitles[lang] ?? '';
  }

  loaded = new Map<Lang, LanguagePack>();

  /** The templates and grammar of `lang`, fetched the first time it is chosen. */
  async language(lang: Lang): Promise<{ t: T; pack: LanguagePack }> {
    let pack = this.loaded.get(lang);
    if (!pack) {
      const [data, loadedPack] = await Promise.all([
        templates[`../i18n/locales/${lang}/script.json`]?.(),
        packs[`../lib/script/pack-${lang}.ts`]?.(),
      ]);
      if (!data || !loadedPack) throw new Error(`No templates for ${lang}`);
      this.i18n.addResourceBundle(lang, 'script', data);
      addFormatters(this.i18n, loadedPack.formatters);
      pack = loadedPack;
      this.loaded.set(lang, pack);
    }
    return { t: this.i18n.getFixedT(lang, 'script') as unknown as T, pack };
  }

  async update(): Promise<void> {
    let fixed = this.readForm();
    const select = this.$<HTMLSelectElement>('[data-title-select]');
    if (select && select.dataset['lang'] !== fixed.lang) {
      // The output language changed: offer its forms of address, then read again.
      this.setTitleOptions(fixed.lang, fixed.title);
      fixed = this.readForm();
    }
    const serialized = JSON.stringify(inputToParams(fixed).toString());
    if (serialized !== this.lastSaved) {
      storage()?.setItem(STORAGE_KEY, serialized);
      this.lastSaved = serialized;
    }
    this.updateVisibility(fixed);
    this.updateCounters();
    const errors = validateInput(fixed);
    this.renderErrors(errors.map((e) => e.field));
    const filled = this.$('[data-filled]');
    const empty = this.$('[data-empty]');
    if (errors.length) {
      this.texts = undefined;
      if (filled) filled.hidden = true;
      if (empty) empty.hidden = false;
      return;
    }
    const { t, pack } = await this.language(fixed.lang);
    this.texts = composeScript(fixed, t, pack);
    this.render(this.texts, t);
    if (filled) filled.hidden = false;
    if (empty) empty.hidden = true;
  }

  updateVisibility(input: ScriptInput): void {
    for (const el of this.$$('[data-when-contract]')) el.hidden = el.dataset['whenContract'] !== input.contract;
    for (const el of this.$$('[data-when-channel]')) el.hidden = el.dataset['whenChannel'] !== input.channel;
    const feeHint = this.$('[data-hint="fee"]');
    if (feeHint) feeHint.textContent = fill(this.m.feeHint, { currency: this.m.currencies[input.lang] });
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
      const control = error.parentElement?.querySelector('input, textarea');
      if (control && name !== 'reasons') control.toggleAttribute('aria-invalid', on);
    }
  }

  afterSubmit(): void {
    const summary = this.$('[data-error-summary]');
    if (summary && !summary.hidden) {
      summary.focus();
      return;
    }
    const title = this.$('#outputs-title');
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }

  render(texts: ScriptTexts, t: T): void {
    const area = (id: string) => this.$(`[data-output="${id}"] [data-output-text]`);
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
      clause.lang = texts.lang;
      clause.textContent = texts.clause;
    }
    const refund = this.$('[data-refund-line]');
    if (refund) {
      refund.textContent = texts.refund
        ? fill(this.m.refundLine, { refund: texts.refund.amountText, fee: texts.refund.feeText, remaining: 100 - texts.refund.completed })
        : this.m.noRefund;
    }
    this.titles = { call: t('call.title'), handover: t('handover.title') };
  }

  /** The plain text of one output, as copied and downloaded. */
  plain(id: string): string {
    if (!this.texts) return '';
    const titles = this.titles;
    if (id === 'call-script') return callText(this.texts, titles.call ?? '');
    if (id === 'follow-up') return followUpText(this.texts);
    if (id === 'handover') return handoverText(this.texts, titles.handover ?? '');
    if (id === 'clause') return this.texts.clause;
    return '';
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
    storage()?.removeItem(STORAGE_KEY);
    this.lastSaved = '';
    this.showErrors = false;
    history.replaceState(null, '', location.pathname);
    this.writeForm(emptyInput(this.pageLang, this.m.defaultTitles[this.pageLang]));
    void this.update().then(() => {
      storage()?.removeItem(STORAGE_KEY);
      this.lastSaved = '';
      this.notify(this.m.cleared);
    });
  }
}

customElements.define('script-generator', ScriptGenerator);
