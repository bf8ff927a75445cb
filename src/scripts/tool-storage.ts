/**
 * The browser side of src/lib/storage, one for every tool (quiz, generator,
 * incident log). A ToolStore keeps one tool's state in localStorage as a
 * versioned record and promises the reader four things:
 *
 * - Nothing breaks when the browser refuses to store (quota full, `setItem`
 *   throws, storage blocked): every write is guarded, the state stays in memory,
 *   and a notice says once that the draft lives only while the page is open.
 * - Another tab never silently overwrites this one (`storage` event): if this
 *   form is blank it takes the other tab's state; otherwise it asks "load it /
 *   keep mine" and writes nothing until the reader answers ("keep mine" writes
 *   ours back, "load it" can be undone).
 * - "Don't keep this on this device" (a shared computer) removes the record and
 *   stops writing; the choice lasts for the browser session (sessionStorage).
 * - `clear()` removes every key the tool owns and checks that they are gone.
 *
 * A form at its blank state is not stored at all (the record is removed).
 * The notices live in ToolStorage.astro (strings rendered in the page's language).
 */
import { decideExternalChange, echoOfLoad, ownsKey, readRecord, sameData, writeRecord, type ReadResult, type RecordSpec } from '../lib/storage/index.ts';
import { fillTemplate } from '../lib/fill-template.ts';
import { safeStorage } from './safe-storage.ts';

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** The live region and its buttons (ToolStorage.astro). */
export class StorageNotice {
  readonly messages: Record<string, string>;
  private readonly box: HTMLElement | null;
  private readonly text: HTMLElement | null;
  private readonly actions: HTMLElement | null;

  constructor(readonly root: HTMLElement | null) {
    this.messages = JSON.parse(root?.dataset['messages'] ?? '{}') as Record<string, string>;
    this.box = root?.querySelector<HTMLElement>('[data-storage-box]') ?? null;
    this.text = root?.querySelector<HTMLElement>('[data-storage-text]') ?? null;
    this.actions = root?.querySelector<HTMLElement>('[data-storage-actions]') ?? null;
  }

  /** A message by key, with `{{slots}}` filled. */
  m(key: string, values: Record<string, string> = {}): string {
    return fillTemplate(this.messages[key] ?? '', values);
  }

  say(text: string, actions: NoticeAction[] = []): void {
    if (!this.text || !this.actions || !this.box) return;
    // A reader who just pressed one of our buttons keeps focus in the notice.
    const hadFocus = this.actions.contains(document.activeElement);
    this.text.textContent = text;
    this.box.toggleAttribute('data-active', Boolean(text));
    this.actions.replaceChildren(
      ...actions.map((action) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action.label;
        button.addEventListener('click', () => action.run());
        return button;
      }),
    );
    this.actions.hidden = actions.length === 0;
    if (hadFocus) {
      const first = this.actions.querySelector('button');
      if (first) first.focus();
      else {
        this.text.tabIndex = -1;
        this.text.focus();
      }
    }
  }

  clear(): void {
    this.say('');
  }
}

export interface ToolStoreOptions<T> {
  /** The localStorage key; keys below it (`key:…`) belong to the tool too. */
  key: string;
  spec: RecordSpec<T>;
  /** The tool's element, which contains ToolStorage.astro's markup. */
  root: HTMLElement;
  /** The state of an untouched form. */
  blank: () => T;
  /** What the form holds now. */
  current: () => T;
  /** Put a state into the form (the tool re-renders and saves as usual). */
  apply: (data: T) => void;
  /** "Holds the same data" for other-tab decisions (default: structural equality). */
  same?: (a: T, b: T) => boolean;
}

/** When this page's script started: a record saved before then was already there to be read (echoOfLoad). */
const pageStarted = Date.now();
const tabId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export class ToolStore<T> {
  readonly notice: StorageNotice;
  private readonly same: (a: T, b: T) => boolean;
  /** The state last written (or read): an unchanged state is not written again. */
  private lastSaved: T | undefined;
  private refusedShown = false;
  /** Another tab's state, while the reader has not chosen "load it / keep mine". */
  private pending: { theirs: T | null } | undefined;
  /** The record's data this page read when it loaded, if any. */
  private loaded: T | undefined;

  constructor(private readonly o: ToolStoreOptions<T>) {
    this.same = o.same ?? sameData;
    this.notice = new StorageNotice(o.root.querySelector<HTMLElement>('[data-tool-storage]'));
    window.addEventListener('storage', (event) => this.onExternal(event));
    const box = o.root.querySelector<HTMLInputElement>('[data-dont-keep]');
    if (box) {
      box.checked = this.dontKeep;
      box.addEventListener('change', () => this.setDontKeep(box.checked));
    }
  }

  private get flagKey(): string {
    return `${this.o.key}:dont-keep`;
  }

  /** "Don't keep this on this device", for this browser session. */
  get dontKeep(): boolean {
    try {
      return session()?.getItem(this.flagKey) === '1';
    } catch {
      return false;
    }
  }

  /** What this browser kept for the tool (nothing while "don't keep" is on). */
  load(): ReadResult<T> {
    let raw: string | null = null;
    if (!this.dontKeep) {
      try {
        raw = safeStorage()?.getItem(this.o.key) ?? null;
      } catch {
        raw = null;
      }
    }
    const read = readRecord(raw, this.o.spec);
    this.lastSaved = read.status === 'ok' ? read.record.data : this.o.blank();
    this.loaded = read.status === 'ok' ? read.record.data : undefined;
    if (read.status === 'corrupt') this.removeOwnKeys();
    return read;
  }

  /** Keep `data` (guarded). Refused, paused or "don't keep": the state lives only in the open page. */
  save(data: T): void {
    if (this.dontKeep || this.pending) return;
    if (this.lastSaved !== undefined && sameData(data, this.lastSaved)) return;
    this.lastSaved = data;
    this.write(data);
  }

  private write(data: T): void {
    const storage = safeStorage();
    const blank = this.same(data, this.o.blank());
    const attempt = () => {
      if (blank) storage?.removeItem(this.o.key);
      else storage?.setItem(this.o.key, writeRecord(data, this.o.spec, Date.now(), tabId));
    };
    try {
      if (!storage) throw new Error('no storage');
      attempt();
    } catch {
      // Full? Drop our own older copy (it is staler than the form) and try once more.
      try {
        storage?.removeItem(this.o.key);
        if (!storage) throw new Error('no storage');
        attempt();
      } catch {
        if (!this.refusedShown) {
          this.refusedShown = true;
          this.notice.say(this.notice.m('refused'));
        }
      }
    }
  }

  /** Remove every key the tool owns; true when none is left. */
  clear(): boolean {
    if (this.pending) this.notice.clear();
    this.pending = undefined;
    this.lastSaved = this.o.blank();
    return this.removeOwnKeys();
  }

  private removeOwnKeys(): boolean {
    const storage = safeStorage();
    if (!storage) return true;
    try {
      const owned = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null && ownsKey(this.o.key, k));
      for (const key of owned()) storage.removeItem(key);
      return owned().length === 0;
    } catch {
      return false;
    }
  }

  private setDontKeep(on: boolean): void {
    try {
      if (on) session()?.setItem(this.flagKey, '1');
      else session()?.removeItem(this.flagKey);
    } catch {
      // Without sessionStorage the choice lasts while this page is open.
    }
    if (on) {
      this.clear();
      this.notice.say(this.notice.m('dontKeep.on'));
    } else {
      this.lastSaved = undefined;
      this.save(this.o.current());
      this.notice.say(this.notice.m('dontKeep.off'));
    }
  }

  private onExternal(event: StorageEvent): void {
    if (this.dontKeep || (event.key !== null && event.key !== this.o.key)) return;
    const read = readRecord(event.key === null ? null : event.newValue, this.o.spec);
    if (read.status === 'corrupt') return;
    if (read.status === 'ok' && echoOfLoad(read.record.savedAt, read.record.data, pageStarted, this.loaded, this.same)) return;
    const theirs = read.status === 'ok' ? read.record.data : null;
    const decision = decideExternalChange(this.o.current(), theirs, this.o.blank(), this.same);
    if (decision === 'ignore') {
      this.lastSaved = theirs ?? this.o.blank();
      if (this.pending) {
        this.pending = undefined;
        this.notice.clear();
      }
    } else if (decision === 'adopt') {
      this.lastSaved = theirs ?? this.o.blank();
      this.o.apply(this.lastSaved);
    } else {
      this.offer(theirs);
    }
  }

  /** Ask "load it / keep mine"; nothing is written until the reader answers. */
  private offer(theirs: T | null): void {
    this.pending = { theirs };
    const m = (key: string) => this.notice.m(key);
    this.notice.say(m('otherTab.changed'), [
      {
        label: m('otherTab.load'),
        run: () => {
          const mine = this.o.current();
          const loaded = this.pending?.theirs ?? this.o.blank();
          this.pending = undefined;
          this.lastSaved = loaded;
          this.o.apply(loaded);
          this.notice.say(m('otherTab.loaded'), [
            {
              label: m('undo'),
              run: () => {
                this.o.apply(mine);
                this.notice.say(m('undone'));
              },
            },
          ]);
        },
      },
      {
        label: m('otherTab.keep'),
        run: () => {
          this.pending = undefined;
          this.lastSaved = undefined;
          this.save(this.o.current());
          this.notice.say(m('otherTab.kept'));
        },
      },
    ]);
  }
}
