/** The working-hours settings: days and hours, in the reader's time zone (from Intl). */
import { fillTemplate as fill } from '../../lib/fill-template.ts';
import { formatClock, parseClock, type WorkingHours } from '../../lib/incident-log/hours.ts';
import { hoursText } from '../../lib/incident-log/report.ts';
import type { App } from './app.ts';

export function renderHours(app: App): void {
  const form = app.$<HTMLFormElement>('[data-hours-form]');
  if (!form) return;
  app.$('[data-hours-current]')!.textContent = fill(app.m.hours.current, { hours: hoursText(app.hours, app.words[app.lang]) });
  app.$('[data-hours-zone]')!.textContent = fill(app.m.hours.zone, { zone: app.hours.timeZone });
  if (form.contains(document.activeElement)) return; // do not change what the reader is editing
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="day"]')) box.checked = app.hours.days.includes(Number(box.value));
  (form.elements.namedItem('start') as HTMLInputElement).value = formatClock(app.hours.start);
  (form.elements.namedItem('end') as HTMLInputElement).value = formatClock(app.hours.end);
}

export function bindHours(app: App): void {
  const form = app.$<HTMLFormElement>('[data-hours-form]');
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const start = parseClock((form.elements.namedItem('start') as HTMLInputElement).value);
    const end = parseClock((form.elements.namedItem('end') as HTMLInputElement).value);
    const days = [...form.querySelectorAll<HTMLInputElement>('input[name="day"]:checked')].map((b) => Number(b.value));
    const hours: WorkingHours = { days, start: start ?? app.hours.start, end: end ?? app.hours.end, timeZone: app.hours.timeZone };
    app.hours = hours;
    void app.store?.setMeta('hours', hours).then(() => {
      app.render();
      app.changed();
      app.say(app.m.hours.saved);
    });
  });
}
