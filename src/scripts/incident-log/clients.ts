/** The client picker (remembers the last client) and the small "add a client" form. */
import { LIMITS } from '../../lib/incident-log/entry.ts';
import type { App } from './app.ts';

export function renderClients(app: App): void {
  const select = app.$<HTMLSelectElement>('[data-client-select]');
  if (!select) return;
  const options = app.clients.map((c) => {
    const option = document.createElement('option');
    option.value = c.id;
    option.textContent = c.name;
    option.selected = c.id === app.clientId;
    return option;
  });
  if (!options.length) {
    const none = document.createElement('option');
    none.value = '';
    none.textContent = app.m.clients.none;
    options.push(none);
  }
  select.replaceChildren(...options);
  select.disabled = app.clients.length === 0;
}

export function bindClients(app: App): void {
  const select = app.$<HTMLSelectElement>('[data-client-select]')!;
  const toggle = app.$<HTMLButtonElement>('[data-add-client]')!;
  const form = app.$<HTMLFormElement>('[data-client-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="name"]')!;
  const error = app.$('[data-client-error]')!;
  select.addEventListener('change', () => app.chooseClient(select.value));
  const show = (open: boolean) => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) input.focus();
  };
  toggle.addEventListener('click', () => show(form.hidden !== false));
  form.querySelector('[data-cancel-client]')?.addEventListener('click', () => {
    show(false);
    toggle.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.normalize('NFC').trim();
    const problem = !name ? app.m.clients.nameMissing : name.length > LIMITS.clientName ? app.m.clients.nameTooLong : '';
    error.textContent = problem;
    error.hidden = !problem;
    input.toggleAttribute('aria-invalid', Boolean(problem));
    if (problem) {
      input.focus();
      return;
    }
    void app.addClient(name).then(() => {
      input.value = '';
      show(false);
      select.focus();
    });
  });
}
