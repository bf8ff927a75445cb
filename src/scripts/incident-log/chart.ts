/**
 * Contacts per week as an inline SVG, drawn from the data: one bar per week,
 * the after-hours part solid at the bottom, the rest outlined above it. The
 * viewBox scales to the container, so a year of weeks never scrolls sideways.
 * Colours come from CSS classes (light, dark, print and forced colours); the
 * table beside it carries the same numbers for screen readers.
 */
import type { WeekBucket } from '../../lib/incident-log/summary.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 600, H = 200, LEFT = 32, BOTTOM = 24, TOP = 10;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function drawChart(weeks: readonly WeekBucket[], labelOf: (start: string) => string, titleId: string): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-labelledby': titleId });
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const plotW = W - LEFT - 4, plotH = H - TOP - BOTTOM;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.max(1, Math.min(40, slot * 0.75));
  const y = (n: number) => TOP + plotH - (n / max) * plotH;
  svg.append(
    el('line', { class: 'axis', x1: LEFT, y1: TOP + plotH, x2: W - 4, y2: TOP + plotH }),
    el('line', { class: 'axis', x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + plotH }),
    el('text', { x: LEFT - 4, y: TOP + 8, 'text-anchor': 'end' }, String(max)),
    el('text', { x: LEFT - 4, y: TOP + plotH, 'text-anchor': 'end' }, '0'),
  );
  weeks.forEach((w, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    if (w.total > w.afterHours) svg.append(el('rect', { class: 'bar-in', x, y: y(w.total), width: barW, height: y(w.afterHours) - y(w.total) }));
    if (w.afterHours) svg.append(el('rect', { class: 'bar-after', x, y: y(w.afterHours), width: barW, height: TOP + plotH - y(w.afterHours) }));
  });
  const first = weeks[0], last = weeks[weeks.length - 1];
  if (first) svg.append(el('text', { x: LEFT, y: H - 6, 'text-anchor': 'start' }, labelOf(first.start)));
  if (last && last !== first) svg.append(el('text', { x: W - 4, y: H - 6, 'text-anchor': 'end' }, labelOf(last.start)));
  return svg;
}
