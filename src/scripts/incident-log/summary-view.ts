/**
 * The summary in plain words (the neutral sentence, then a few large
 * figures), the weekly chart and its table.
 */
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { dateFormat, numberFormat } from '../../lib/intl-cache.ts';
import type { Entry } from '../../lib/incident-log/entry.ts';
import { handoffSentence } from '../../lib/incident-log/report.ts';
import { summarize, type Summary } from '../../lib/incident-log/summary.ts';
import type { App } from './app.ts';
import { drawChart } from './chart.ts';

function figures(app: App, s: Summary): [string, string][] {
  const m = app.m.summary;
  const n = (x: number, digits = 0) => numberFormat(app.tag, { maximumFractionDigits: digits }).format(x);
  const share = numberFormat(app.tag, { style: 'percent', maximumFractionDigits: 0 }).format(s.afterHoursShare);
  return [
    [m.perWeek, fill(m.count, { count: n(s.perWeek, 1) })],
    [m.afterHours, fill(m.share, { count: n(s.afterHours), share })],
    [m.unpaid, fill(m.hours, { count: n(s.unpaidMinutes / 60, 1) })],
    [m.rude, fill(m.count, { count: n(s.rude) })],
    [m.unpaidAsk, fill(m.count, { count: n(s.unpaidAsk) })],
    [m.streak, fill(m.nights, { count: n(s.longestLateStreak.nights) })],
  ];
}

export function renderSummary(app: App, entries: Entry[]): Summary {
  const s = summarize(entries, app.hours);
  app.$('[data-headline]')!.textContent = handoffSentence(s, app.hours, app.words[app.lang]);
  app.$('[data-summary-empty]')!.hidden = s.total > 0;
  const list = app.$('[data-figures]')!;
  list.hidden = s.total === 0;
  list.replaceChildren(
    ...figures(app, s).map(([label, value]) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      div.append(dt, dd);
      return div;
    }),
  );
  const chart = app.$('[data-chart]')!;
  chart.hidden = s.weekly.length === 0;
  const day = dateFormat(app.tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (start: string) => day.format(new Date(`${start}T00:00:00Z`));
  app.$('[data-chart-svg]')!.replaceChildren(drawChart(s.weekly, label, 'log-chart-title'));
  const full = dateFormat(app.tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const rows = s.weekly.map((w) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = full.format(new Date(`${w.start}T00:00:00Z`));
    const total = document.createElement('td');
    total.textContent = String(w.total);
    const after = document.createElement('td');
    after.textContent = String(w.afterHours);
    tr.append(th, total, after);
    return tr;
  });
  app.$('[data-chart-rows]')!.replaceChildren(...rows);
  return s;
}
