/**
 * The add/edit dialog: fills the form (date and time default to now, in the
 * reader's zone), shows the computed "outside working hours" as it changes,
 * checks the input and hands a finished entry to the element. Errors are
 * listed at the top with links to the fields (GOV.UK error summary).
 */
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { channels, ENTRY_VERSION, entryProblems, isChannel, type Entry, type FieldProblem } from '../../lib/incident-log/entry.ts';
import { computedAfterHours, formatClock, isoInZone, localParts, zonedInstant } from '../../lib/incident-log/hours.ts';
import { parseInstant } from '../../lib/incident-log/entry.ts';
import { makeId, type App } from './app.ts';

const fieldIds: Record<string, string> = { at: 'log-date', channel: 'log-channel-call', what: 'log-what', handled: 'log-handled', minutes: 'log-minutes' };
const pad = (n: number) => String(n).padStart(2, '0');

export class EntryForm {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  editing: Entry | undefined;
  /** The date and time fields as first filled, to keep an edited entry's exact instant when they are untouched. */
  shown = '';

  constructor(private readonly app: App) {
    this.dialog = app.$<HTMLDialogElement>('[data-entry-dialog]')!;
    this.form = app.$<HTMLFormElement>('[data-entry-form]')!;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.form.addEventListener('input', () => this.updateAuto());
    this.form.querySelector('[data-cancel]')?.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => app.$<HTMLElement>(this.editing ? `[data-edit="${this.editing.id}"]` : '[data-add]')?.focus());
    app.$('[data-entry-error-list]')?.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      document.getElementById(link.hash.slice(1))?.focus();
    });
  }

  control<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement = HTMLInputElement>(name: string): E {
    return this.form.elements.namedItem(name) as E;
  }

  open(entry?: Entry): void {
    this.editing = entry;
    const title = this.form.querySelector<HTMLElement>('#log-entry-title')!;
    title.textContent = (entry ? title.dataset['titleEdit'] : title.dataset['titleAdd']) ?? '';
    const when = entry ? parseInstant(entry.at) ?? new Date() : new Date();
    const local = localParts(when, this.app.hours.timeZone);
    this.control('date').value = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    this.control('time').value = formatClock(local.minutes);
    this.shown = `${this.control('date').value} ${this.control('time').value}`;
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="channel"]')) radio.checked = radio.value === (entry?.channel ?? channels[0]);
    this.control<HTMLTextAreaElement>('what').value = entry?.what ?? '';
    this.control<HTMLTextAreaElement>('handled').value = entry?.handled ?? '';
    this.control('minutes').value = entry ? String(entry.minutes) : '';
    for (const flag of ['billed', 'rude', 'unpaidAsk'] as const) this.control(flag).checked = entry?.[flag] ?? false;
    const override = entry?.afterHoursOverride;
    this.control<HTMLSelectElement>('afterHours').value = override === true ? 'yes' : override === false ? 'no' : 'auto';
    this.showErrors([]);
    this.updateAuto();
    this.dialog.showModal();
    this.form.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.focus();
  }

  /** The instant the date and time fields say, as ISO with the reader's offset. */
  at(): string {
    const date = this.control('date').value, time = this.control('time').value;
    if (this.editing && `${date} ${time}` === this.shown) return this.editing.at;
    const instant = zonedInstant(date, time, this.app.hours.timeZone);
    return instant ? isoInZone(instant, this.app.hours.timeZone) : date || time ? 'invalid' : '';
  }

  updateAuto(): void {
    const out = this.form.querySelector<HTMLElement>('[data-after-auto]')!;
    const at = this.at();
    if (!parseInstant(at)) {
      out.textContent = '';
      return;
    }
    const after = computedAfterHours(at, this.app.hours);
    out.textContent = fill(out.dataset['template'] ?? '', { value: (after ? out.dataset['yes'] : out.dataset['no']) ?? '' });
  }

  showErrors(problems: FieldProblem[]): void {
    const box = this.form.querySelector<HTMLElement>('[data-entry-errors]')!;
    const list = box.querySelector('ul')!;
    list.replaceChildren();
    for (const el of this.form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const p of problems) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${fieldIds[p.field] ?? 'log-date'}`;
      a.textContent = `${this.app.m.fields[p.field as keyof typeof this.app.m.fields] ?? p.field}: ${this.app.m.reasons[p.reason]}`;
      li.append(a);
      list.append(li);
      document.getElementById(fieldIds[p.field] ?? '')?.setAttribute('aria-invalid', 'true');
    }
    box.hidden = problems.length === 0;
    if (problems.length) box.focus();
  }

  async submit(): Promise<void> {
    const checked = this.form.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.value ?? '';
    const minutesText = this.control('minutes').value.trim();
    const draft = {
      at: this.at(),
      channel: (isChannel(checked) ? checked : '') as Entry['channel'],
      what: this.control<HTMLTextAreaElement>('what').value,
      handled: this.control<HTMLTextAreaElement>('handled').value,
      minutes: minutesText === '' ? 0 : /^\d{1,5}$/.test(minutesText) ? Number(minutesText) : NaN,
    };
    const problems = entryProblems(draft, new Date());
    if (problems.length) {
      this.showErrors(problems);
      return;
    }
    const choice = this.control<HTMLSelectElement>('afterHours').value;
    const client = this.app.currentClient() ?? (await this.app.addClient(this.app.m.clients.defaultName));
    const now = new Date().toISOString();
    const previous = this.editing;
    const entry: Entry = {
      v: ENTRY_VERSION,
      id: previous?.id ?? makeId(),
      clientId: previous?.clientId ?? client.id,
      ...draft,
      billed: this.control('billed').checked,
      rude: this.control('rude').checked,
      unpaidAsk: this.control('unpaidAsk').checked,
      afterHoursOverride: choice === 'yes' ? true : choice === 'no' ? false : null,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    if (await this.app.saveEntry(entry, previous)) this.dialog.close();
  }
}
