/**
 * <incident-log>: the element that owns the log's state. It opens the store,
 * keeps the clients and entries in memory, saves every change at once (the
 * page says "saved" only after IndexedDB confirms), tells other tabs through a
 * BroadcastChannel and redraws. Views, forms and file handling live in the
 * modules beside it. Whatever the reader typed is set as text, never as HTML.
 */
import { isLang, langs, type Lang } from '../../i18n/locales.ts';
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import type { Client, Entry } from '../../lib/incident-log/entry.ts';
import { defaultHours, migrateHours, readerTimeZone, type WorkingHours } from '../../lib/incident-log/hours.ts';
import { langWords, type LangWords } from '../../lib/incident-log/words.ts';
import { makeId, type App, type Messages, type WordsData } from './app.ts';
import { DEFAULT_DB, LogStore, readRaw } from './store.ts';
import { EntryForm } from './entry-form.ts';
import { bindClients, renderClients } from './clients.ts';
import { renderList } from './list-view.ts';
import { renderSummary } from './summary-view.ts';
import { bindReport, renderReport } from './report-view.ts';
import { bindData, exportRows } from './data-io.ts';
import { bindHours, renderHours } from './hours-form.ts';

const DB_KEY = 'incident-log-db';
const CHANNEL = 'incident-log';

class IncidentLog extends HTMLElement implements App {
  override lang: Lang = 'ko';
  tag = 'ko-KR';
  m!: Messages;
  words!: Record<Lang, LangWords>;
  store: LogStore | undefined;
  clients: Client[] = [];
  entries: Entry[] = [];
  hours: WorkingHours = defaultHours(readerTimeZone());
  clientId: string | undefined;
  form!: EntryForm;
  channel: BroadcastChannel | undefined;
  undo: (() => Promise<void>) | undefined;

  $<E extends Element = HTMLElement>(selector: string): E | null {
    return this.querySelector<E>(selector) as E | null;
  }

  async connectedCallback(): Promise<void> {
    const lang = this.dataset['lang'];
    this.lang = isLang(lang) ? lang : 'ko';
    this.tag = this.dataset['tag'] ?? 'ko-KR';
    this.m = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    const data = JSON.parse(this.dataset['words'] ?? '{}') as WordsData;
    this.words = Object.fromEntries(langs.map((l) => [l, langWords(data[l].messages, data[l].tag)])) as Record<Lang, LangWords>;
    this.form = new EntryForm(this);
    this.$('[data-add]')?.addEventListener('click', () => this.form.open());
    this.$('[data-undo]')?.addEventListener('click', () => void this.runUndo());
    bindClients(this);
    bindReport(this);
    bindData(this);
    bindHours(this);
    await this.openStore();
    if ('BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = () => void this.reload().then(() => this.say(this.m.store.otherTab));
    }
    this.$('[data-loading]')?.remove();
    for (const el of this.querySelectorAll<HTMLElement>('[data-ready]')) el.hidden = false;
    this.render();
    void this.showPersistence(false);
  }

  /** Opens the store; one that cannot be opened is left as it is and a new one is used. */
  async openStore(): Promise<void> {
    let name = DEFAULT_DB;
    try {
      name = localStorage.getItem(DB_KEY) ?? DEFAULT_DB;
    } catch { /* storage blocked: the default name */ }
    try {
      this.store = await LogStore.open(name);
    } catch {
      const raw = await readRaw(name).catch(() => undefined);
      const fresh = `${DEFAULT_DB}-${Date.now()}`;
      try {
        this.store = await LogStore.open(fresh);
        localStorage.setItem(DB_KEY, fresh);
        this.alert(this.m.store.unreadable, raw && raw.entries.length ? () => exportRows(this, raw.entries, raw.clients, 'readable') : undefined);
      } catch {
        this.alert(this.m.store.unavailable);
      }
    }
    await this.reload();
  }

  async reload(): Promise<void> {
    if (!this.store) return;
    const loaded = await this.store.load();
    this.clients = loaded.clients;
    this.entries = loaded.entries;
    this.hours = migrateHours(loaded.meta['hours'], readerTimeZone());
    const last = loaded.meta['lastClient'];
    const known = (id: unknown): id is string => typeof id === 'string' && this.clients.some((c) => c.id === id);
    this.clientId = known(this.clientId) ? this.clientId : known(last) ? last : this.clients[0]?.id;
    if (loaded.setAside) {
      this.alert(fill(this.m.store.setAside, { count: loaded.setAside }), () => exportRows(this, this.entries, this.clients, 'readable'));
    }
    this.render();
  }

  alert(text: string, exportReadable?: () => void): void {
    const box = this.$('[data-alert]');
    const button = this.$<HTMLButtonElement>('[data-export-readable]');
    if (!box || !button) return;
    this.$('[data-alert-text]')!.textContent = text;
    box.hidden = false;
    button.hidden = !exportReadable;
    button.onclick = exportReadable ? () => exportReadable() : null;
  }

  current(): Entry[] {
    return this.entries.filter((e) => e.clientId === this.clientId);
  }

  currentClient(): Client | undefined {
    return this.clients.find((c) => c.id === this.clientId);
  }

  render(): void {
    if (!this.m) return;
    renderClients(this);
    const entries = this.current();
    const summary = renderSummary(this, entries);
    renderList(this, entries);
    renderReport(this, summary);
    renderHours(this);
  }

  async saveEntry(entry: Entry, previous?: Entry): Promise<boolean> {
    if (!this.store) {
      this.say(this.m.store.unavailable);
      return false;
    }
    try {
      if (!this.clients.some((c) => c.id === entry.clientId)) return false;
      await this.store.putEntry(entry);
    } catch {
      this.say(this.m.store.saveFailed);
      return false;
    }
    const at = this.entries.findIndex((e) => e.id === entry.id);
    if (at >= 0) this.entries[at] = entry;
    else this.entries.push(entry);
    this.changed();
    this.render();
    if (previous) this.say(this.m.list.updated, async () => void (await this.saveEntry(previous)));
    else {
      this.say(this.m.list.saved, () => this.removeEntry(entry, false));
      if (this.entries.length === 1) void this.showPersistence(true);
    }
    return true;
  }

  async removeEntry(entry: Entry, undoable = true): Promise<void> {
    if (!this.store) return;
    await this.store.deleteEntry(entry.id);
    this.entries = this.entries.filter((e) => e.id !== entry.id);
    this.changed();
    this.render();
    if (undoable) this.say(this.m.list.deleted, async () => void (await this.saveEntry(entry)));
  }

  edit(entry: Entry): void {
    this.form.open(entry);
  }

  async addClient(name: string): Promise<Client> {
    const client: Client = { id: makeId(), name, createdAt: new Date().toISOString() };
    await this.store?.putClient(client);
    this.clients.push(client);
    this.chooseClient(client.id);
    this.changed();
    return client;
  }

  chooseClient(id: string): void {
    this.clientId = id;
    void this.store?.setMeta('lastClient', id);
    this.render();
  }

  say(text: string, undo?: () => Promise<void>): void {
    this.undo = undo;
    const status = this.$('[data-status]');
    if (status) status.textContent = text;
    const button = this.$('[data-undo]');
    if (button) button.hidden = !undo;
  }

  async runUndo(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    this.undo = undefined;
    await undo();
    this.say(this.m.list.undone);
    this.$('[data-add]')?.focus();
  }

  /** Tells other open tabs to re-read the store. */
  changed(): void {
    this.channel?.postMessage('changed');
  }

  /** Asks for persistent storage (once the reader has something to keep) and says what the browser answered. */
  async showPersistence(ask: boolean): Promise<void> {
    const line = this.$('[data-persist]');
    if (!line) return;
    const storage = navigator.storage;
    if (!storage?.persist || !storage.persisted) {
      line.textContent = this.m.persist.unsupported;
      return;
    }
    let granted = await storage.persisted();
    if (!granted && (ask || this.entries.length > 0)) granted = await storage.persist();
    line.textContent = granted ? this.m.persist.granted : this.m.persist.denied;
  }
}

customElements.define('incident-log', IncidentLog);
