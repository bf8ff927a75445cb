/**
 * The search bundle (built by scripts/search-module.mjs, loaded by the header's
 * inline opener only when the reader opens search): the header's panel and the
 * search page's live results.
 */
import { ResultsView, type Messages } from './results-view.ts';
import { prefetch, warm } from './engine.ts';

/** Starts loading the index when the reader shows intent (the pointer on the search button). */
export function warmUp(): void {
  void warm().catch(() => undefined);
}

function viewIn(root: HTMLElement): ResultsView | undefined {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const help = root.querySelector<HTMLElement>('[data-help]');
  if (!input || !status || !list || !help) return undefined;
  return new ResultsView(input, status, list, help, JSON.parse(root.dataset['messages'] ?? '{}') as Messages);
}

/**
 * Results follow the typing without a fixed pause: a keystroke while no query runs starts
 * one at once; keystrokes during a query are joined, and the latest value runs as soon as
 * it ends (none is lost, none waits for a timer). The index chunk a query needs is asked
 * for on every keystroke, before the query itself runs.
 */
function followTyping(input: HTMLInputElement, run: (value: string) => Promise<void>): void {
  let running = false;
  let again = false;
  const loop = async () => {
    running = true;
    do {
      again = false;
      await run(input.value);
    } while (again);
    running = false;
  };
  input.addEventListener('input', () => {
    prefetch(input.value);
    if (running) again = true;
    else void loop();
  });
}

let panel: { dialog: HTMLDialogElement; view: ResultsView } | undefined;

/** Opens the header's search panel; Escape or the close button returns focus to the opener. */
export function openPanel(opener: HTMLElement): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  if (!panel) {
    const view = viewIn(dialog);
    if (!view) return;
    panel = { dialog, view };
    followTyping(view.input, (value) => view.run(value));
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => opener.focus());
    // A click on the backdrop (outside the panel's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Following a result to another section of this same page must close the panel
    // (Enter on a result is a click too; the link still navigates after this).
    view.list.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) dialog.close();
    });
    dialog.querySelector('form')?.addEventListener('submit', (event) => {
      // Enter in the field opens the first result, as in most site searches.
      const first = view.list.querySelector('a');
      if (first) {
        event.preventDefault();
        dialog.close();
        first.click();
      }
    });
  }
  panel.view.warm();
  if (!panel.dialog.open) panel.dialog.showModal();
  panel.view.input.focus();
  panel.view.input.select();
}

/** The search page: results as the reader types, the query kept in the address (?q=). */
export function mountPage(root: HTMLElement): void {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = 'true';
  const view = viewIn(root);
  if (!view) return;
  view.warm();
  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial && !view.input.value) view.input.value = initial;
  const update = () => {
    const url = new URL(location.href);
    if (view.input.value) url.searchParams.set('q', view.input.value);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    return view.run(view.input.value);
  };
  followTyping(view.input, update);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  // A query in the address, or one typed while the bundle was loading, runs at once.
  if (view.input.value) void update();
}
