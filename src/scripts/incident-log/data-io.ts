/**
 * Export, import and deletion. Import reads the file's bytes (to catch UTF-16
 * and Windows-1254 before they turn into mojibake), parses with Papa Parse,
 * and either adds everything new or changes nothing and lists the problems
 * by row and column.
 */
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { numberFormat } from '../../lib/intl-cache.ts';
import { migrateClient, migrateEntry, type Client, type Entry } from '../../lib/incident-log/entry.ts';
import { decodeCsv, parseCsv, toCsv, type ImportProblem } from '../../lib/incident-log/csv.ts';
import { computedAfterHours, isAfterHours } from '../../lib/incident-log/hours.ts';
import { mergeImport } from '../../lib/incident-log/merge.ts';
import { byTimeDesc } from '../../lib/incident-log/summary.ts';
import { makeId, type App } from './app.ts';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Writes entries (raw records are checked first) to a CSV in the page's language and downloads it. */
export function exportRows(app: App, rawEntries: readonly unknown[], rawClients: readonly unknown[], kind: 'all' | 'readable'): void {
  const clients = new Map(rawClients.map(migrateClient).filter((c): c is Client => Boolean(c)).map((c) => [c.id, c.name]));
  const entries = rawEntries.map(migrateEntry).filter((e): e is Entry => Boolean(e));
  const rows = byTimeDesc(entries).reverse().map((e) => ({ ...e, clientName: clients.get(e.clientId) ?? '', afterHours: isAfterHours(e, app.hours) }));
  const day = new Date().toISOString().slice(0, 10);
  download(toCsv(rows, app.words[app.lang].csv), `incident-log-${kind === 'all' ? '' : 'readable-'}${day}.csv`);
}

function problemText(app: App, p: ImportProblem): string {
  const d = app.m.data;
  const headers = app.words[app.lang].csv.headers;
  if (p.reason === 'columns') return fill(d.file.columns, { missing: (p.missing ?? []).map((c) => headers[c]).join(', ') });
  if (p.reason === 'quotes') return fill(d.file.quotes, { row: p.row });
  if (p.reason === 'empty' || p.reason === 'tooMany') return d.file[p.reason];
  return fill(d.problem, { row: p.row, field: p.field ? headers[p.field] : '', reason: app.m.reasons[p.reason] });
}

function showResult(app: App, summary: string, problems: string[]): void {
  const box = app.$('[data-import-result]')!;
  box.hidden = false;
  box.classList.toggle('failed', problems.length > 0);
  app.$('[data-import-summary]')!.textContent = summary;
  app.$('[data-import-problems]')!.replaceChildren(
    ...problems.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
  );
  box.focus();
}

export async function importFile(app: App, file: File): Promise<void> {
  const d = app.m.data;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    showResult(app, d.importFailed, [d.file.unreadable]);
    return;
  }
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) {
    showResult(app, d.importFailed, [d.file[decoded.problem]]);
    return;
  }
  const now = new Date();
  const { rows, problems } = parseCsv(decoded.text, {
    words: Object.values(app.words).map((w) => w.csv),
    now,
    makeId,
    computedAfterHours: (at) => computedAfterHours(at, app.hours),
  });
  if (problems.length) {
    showResult(app, d.importFailed, [...problems.map((p) => problemText(app, p)), ...(problems.length >= 10 ? [d.more] : [])]);
    return;
  }
  const merged = mergeImport(app.clients, app.entries, rows, {
    ...(app.clientId ? { currentClientId: app.clientId } : {}),
    makeId,
    now,
    defaultClientName: app.m.clients.defaultName,
  });
  await app.store?.addAll(merged.clients, merged.entries);
  // What was just written is exactly what a re-read would return: add it in memory instead.
  app.clients.push(...merged.clients);
  for (const e of merged.entries) app.entries.push(e);
  if (!app.clientId && merged.clients[0]) app.chooseClient(merged.clients[0].id);
  else app.render();
  app.changed();
  const n = (x: number) => numberFormat(app.tag, {}).format(x);
  showResult(app, fill(d.imported, { added: n(merged.entries.length), duplicates: n(merged.duplicates) }), []);
}

export function bindData(app: App): void {
  app.$('[data-export]')?.addEventListener('click', () => exportRows(app, app.entries, app.clients, 'all'));
  const input = app.$<HTMLInputElement>('[data-import]');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(app, file).finally(() => (input.value = ''));
  });
  app.$('[data-delete-client]')?.addEventListener('click', () => {
    const client = app.currentClient();
    if (!client || !app.store) return;
    if (!confirm(fill(app.m.data.confirmClient, { client: client.name, count: app.current().length }))) return;
    void app.store.deleteClient(client.id).then(async () => {
      app.clientId = undefined;
      await app.reload();
      app.changed();
      app.say(fill(app.m.data.deletedClient, { client: client.name }));
    });
  });
  app.$('[data-delete-all]')?.addEventListener('click', () => {
    if (!app.store || !confirm(app.m.data.confirmAll)) return;
    void app.store.deleteEverything().then(async () => {
      app.clientId = undefined;
      await app.reload();
      app.changed();
      app.say(app.m.data.deletedAll);
    });
  });
}
