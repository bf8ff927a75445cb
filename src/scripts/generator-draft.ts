/**
 * The script generator's draft: where the form starts (saved draft, prefill
 * link, or both) and how it is kept, through ToolStore (src/scripts/tool-storage.ts).
 *
 * A prefill link never destroys a draft: the link's values fill the fields that
 * are still blank; where it names a field the reader filled with something
 * else, the form keeps the reader's value and asks "keep mine / use the
 * link's", and "use the link's" can be undone. Once read, the query is removed
 * from the address bar, so a reload shows the reader's own edits.
 */
import type { Lang } from '../i18n/locales.ts';
import { emptyInput, inputFromParams, inputToParams, type ScriptInput } from '../lib/script/input.ts';
import { GENERATOR_KEY, generatorSpec, linkedFields } from '../lib/storage/generator-draft.ts';
import { planPrefill, sameData } from '../lib/storage/index.ts';
import { ToolStore } from './tool-storage.ts';

export interface GeneratorHost {
  root: HTMLElement;
  form: HTMLFormElement;
  pageLang: Lang;
  defaultTitle: string;
  /** The default form of address for a link whose output language is `lang` (`lang=` in the query). */
  titleFor(lang: string | null): string;
  readForm(): ScriptInput;
  writeForm(input: ScriptInput): void;
  update(): Promise<void>;
  /** The generator's own notice line ("restored", "cleared"). */
  notify(text: string): void;
}

export class GeneratorDraft {
  readonly store: ToolStore<string>;

  constructor(private readonly host: GeneratorHost) {
    const blank = () => this.blank();
    this.store = new ToolStore<string>({
      key: GENERATOR_KEY,
      spec: generatorSpec(Object.keys(blank())),
      root: host.root,
      blank: () => inputToParams(blank()).toString(),
      current: () => inputToParams(host.readForm()).toString(),
      apply: (data) => this.apply(this.parse(data)),
      same: (a, b) => sameData(this.parse(a), this.parse(b)),
    });
  }

  blank(): ScriptInput {
    return emptyInput(this.host.pageLang, this.host.defaultTitle);
  }

  parse(query: string): ScriptInput {
    return inputFromParams(new URLSearchParams(query), this.host.pageLang, this.host.defaultTitle);
  }

  apply(input: ScriptInput): void {
    this.host.writeForm(input);
    void this.host.update();
  }

  save(input: ScriptInput): void {
    this.store.save(inputToParams(input).toString());
  }

  /** Remove the draft from this browser; false if the browser kept some of it. */
  clear(): boolean {
    return this.store.clear();
  }

  /**
   * The input the form starts with. Says "restored" only when a real draft came
   * back, "couldn't restore" when what was stored is unreadable, and offers the
   * choice when a link differs from the draft (after the form is written).
   */
  initial(restoredText: string): ScriptInput {
    const params = new URLSearchParams(location.search);
    const linked = [...params.keys()].length ? linkedFields(params, this.host.pageLang, this.host.titleFor(params.get('lang'))) : undefined;
    // The prefill has been read; from now on the reader's edits (saved) win on reload.
    if ([...params.keys()].length) history.replaceState(history.state, '', location.pathname + location.hash);
    const read = this.store.load();
    const blank = this.blank();
    const draft = read.status === 'ok' ? this.parse(read.record.data) : blank;
    const hasDraft = !sameData(draft, blank);
    if (read.status === 'corrupt') this.store.notice.say(this.store.notice.m('restoreFailed'));
    if (!linked) {
      if (hasDraft) this.host.notify(restoredText);
      return draft;
    }
    const plan = planPrefill(draft, linked, blank);
    if (plan.conflicts.length) queueMicrotask(() => this.offerLink(linked, plan.conflicts));
    return plan.merged;
  }

  /** "The link differs from what you typed in: …" with keep mine / use the link's. */
  private offerLink(linked: Partial<ScriptInput>, conflicts: (keyof ScriptInput)[]): void {
    const notice = this.store.notice;
    const fields = new Intl.ListFormat(this.host.pageLang, { type: 'conjunction' }).format(conflicts.map((k) => this.label(k)));
    notice.say(notice.m('link.conflict', { fields }), [
      { label: notice.m('link.keep'), run: () => notice.say(notice.m('link.kept')) },
      {
        label: notice.m('link.use'),
        run: () => {
          const before = this.host.readForm();
          const withLink: ScriptInput = { ...before };
          for (const key of conflicts) Object.assign(withLink, { [key]: linked[key] });
          this.apply(withLink);
          notice.say(notice.m('link.used'), [
            {
              label: notice.m('undo'),
              run: () => {
                this.apply(before);
                notice.say(notice.m('undone'));
              },
            },
          ]);
        },
      },
    ]);
  }

  /** A field's visible name: its label, or its group's legend. */
  private label(field: keyof ScriptInput): string {
    const control = this.host.form.querySelector<HTMLElement>(`[name="${field}"]`);
    const label = control?.id && field !== 'referrals' ? this.host.form.querySelector(`label[for="${control.id}"]`) : null;
    return (label ?? control?.closest('fieldset')?.querySelector('legend'))?.textContent?.trim() ?? field;
  }
}
