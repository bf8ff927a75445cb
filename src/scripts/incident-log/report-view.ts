/**
 * The printable factual report, in the language the reader picks, and the
 * link that opens the script generator with the facts sentence filled in
 * (through its URL fields: facts, lang, client, reasons).
 */
import { isLang, type Lang } from '../../i18n/locales.ts';
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { dateFormat } from '../../lib/intl-cache.ts';
import { buildReport, handoffSentence } from '../../lib/incident-log/report.ts';
import { summarize, type Summary } from '../../lib/incident-log/summary.ts';
import type { App } from './app.ts';

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

function reportLang(app: App): Lang {
  const value = app.$<HTMLSelectElement>('[data-report-lang]')?.value;
  return isLang(value) ? value : app.lang;
}

/** Draws the report only while it is open or printing: with thousands of entries it is the one heavy part. */
function drawReport(app: App): void {
  const article = app.$('[data-report]');
  const client = app.currentClient();
  if (!article) return;
  if (!client) {
    article.replaceChildren();
    return;
  }
  const lang = reportLang(app);
  const words = app.words[lang];
  const report = buildReport(client, app.current(), app.hours, words);
  const r = words.report;
  article.lang = lang;
  const counts = make('ul');
  counts.append(...report.counts.map((line) => make('li', line)));
  const table = make('table');
  const head = make('tr');
  const columns = ['when', 'channel', 'minutes', 'what', 'handled', 'notes'] as const;
  head.append(...columns.map((c) => Object.assign(make('th', r.columns[c]), { scope: 'col' })));
  const body = make('tbody');
  body.append(
    ...report.rows.map((row) => {
      const tr = make('tr');
      tr.append(...columns.map((c) => make('td', row[c])));
      return tr;
    }),
  );
  table.append(make('thead'), body);
  table.tHead?.append(head);
  const prepared = fill(r.prepared, { date: dateFormat(words.tag, { dateStyle: 'long' }).format(new Date()) });
  article.replaceChildren(
    make('h3', report.title),
    make('p', report.period),
    make('p', prepared),
    make('h4', r.countsTitle),
    counts,
    make('p', report.hoursNote),
    ...(report.rows.length ? [make('h4', r.entriesTitle), table] : []),
  );
}

export function renderReport(app: App, summary: Summary = summarize(app.current(), app.hours)): void {
  const details = app.$<HTMLDetailsElement>('[data-report-details]');
  if (details?.open) drawReport(app);
  const link = app.$<HTMLAnchorElement>('[data-handoff]');
  const client = app.currentClient();
  if (!link) return;
  const lang = reportLang(app);
  const params = new URLSearchParams({ lang });
  const facts = handoffSentence(summary, app.hours, app.words[lang]);
  if (facts) params.set('facts', facts);
  if (client) params.set('client', client.name);
  const reasons = [summary.afterHours && 'overcommunication', summary.rude && 'aggression', summary.unpaidAsk && 'free-work'].filter(Boolean);
  if (reasons.length) params.set('reasons', reasons.join(','));
  link.href = `${app.dataset['generator'] ?? '../script/'}?${params}`;
}

export function bindReport(app: App): void {
  const details = app.$<HTMLDetailsElement>('[data-report-details]');
  details?.addEventListener('toggle', () => details.open && drawReport(app));
  app.$('[data-report-lang]')?.addEventListener('change', () => renderReport(app));
  app.$('[data-print]')?.addEventListener('click', () => {
    if (details) details.open = true;
    drawReport(app);
    window.print();
  });
  // Printing from the browser menu prints the report too.
  window.addEventListener('beforeprint', () => {
    if (details && !details.open) {
      details.open = true;
      drawReport(app);
    }
  });
}
