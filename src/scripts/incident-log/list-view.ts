/** The list of the current client's entries, newest first, with edit and delete. */
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { dateFormat } from '../../lib/intl-cache.ts';
import { parseInstant, type Entry } from '../../lib/incident-log/entry.ts';
import { isAfterHours } from '../../lib/incident-log/hours.ts';
import { byTimeDesc } from '../../lib/incident-log/summary.ts';
import type { App } from './app.ts';

/** Enough for a phone screen and a fast redraw; "show all" lists the rest. */
const FIRST = 50;
let showAll = false;

function item(app: App, e: Entry, when: string): HTMLLIElement {
  const m = app.m;
  const li = document.createElement('li');
  const head = document.createElement('p');
  head.className = 'entry-head';
  const time = document.createElement('time');
  time.dateTime = e.at;
  time.textContent = when;
  const channel = document.createElement('span');
  channel.textContent = app.words[app.lang].channels[e.channel];
  const minutes = document.createElement('span');
  minutes.textContent = fill(m.list.minutes, { count: e.minutes });
  head.append(time, channel, minutes);
  li.append(head);
  for (const text of [e.what, e.handled]) {
    if (!text) continue;
    const p = document.createElement('p');
    p.className = 'entry-text';
    p.textContent = text;
    li.append(p);
  }
  const flags = [e.rude && m.flags.rude, e.unpaidAsk && m.flags.unpaidAsk, isAfterHours(e, app.hours) && m.flags.afterHours].filter((x): x is string => Boolean(x));
  if (flags.length) {
    const tags = document.createElement('ul');
    tags.className = 'tags';
    for (const flag of flags) {
      const tag = document.createElement('li');
      tag.textContent = flag;
      tags.append(tag);
    }
    li.append(tags);
  }
  const actions = document.createElement('p');
  actions.className = 'actions';
  for (const [kind, label, aria] of [['edit', m.list.edit, m.list.editLabel], ['delete', m.list.delete, m.list.deleteLabel]] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset[kind] = e.id;
    button.textContent = label;
    button.setAttribute('aria-label', fill(aria, { when }));
    actions.append(button);
  }
  li.append(actions);
  return li;
}

export function renderList(app: App, entries: Entry[]): void {
  const list = app.$('[data-entries]');
  if (!list) return;
  if (!list.dataset['bound']) {
    list.dataset['bound'] = '1';
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      const id = button?.dataset['edit'] ?? button?.dataset['delete'];
      const entry = app.entries.find((e) => e.id === id);
      if (!button || !entry) return;
      if (button.dataset['edit']) app.edit(entry);
      else void app.removeEntry(entry).then(() => app.$('[data-undo]')?.focus());
    });
    app.$('[data-show-all]')?.addEventListener('click', () => {
      showAll = true;
      renderList(app, app.current());
    });
  }
  const sorted = byTimeDesc(entries);
  const shown = showAll ? sorted : sorted.slice(0, FIRST);
  const format = dateFormat(app.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: app.hours.timeZone });
  list.replaceChildren(...shown.map((e) => item(app, e, format.format(parseInstant(e.at) ?? new Date(0)))));
  app.$('[data-list-empty]')!.hidden = entries.length > 0;
  const more = app.$('[data-list-more]')!;
  more.hidden = shown.length === sorted.length;
  app.$('[data-list-count]')!.textContent = fill(app.m.list.shown, { shown: shown.length, total: sorted.length });
}
