/**
 * <site-search>: runs a query against this language's Pagefind index and lists
 * the results. Pagefind (and its wasm) is fetched on the first search only.
 * Excerpts are rebuilt from text nodes and <mark> only, never set as HTML.
 */
import { fillTemplate } from '../lib/fill-template.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
interface Messages {
  loading: string;
  error: string;
  empty: string;
  noResults: string;
  results: Record<string, string>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Text and <mark> nodes of a Pagefind excerpt, with everything else dropped. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of doc.body.firstChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const initial = new URL(location.href).searchParams.get('q') ?? '';
    input.value = initial;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void this.run(input.value);
    });
    if (initial.trim()) void this.run(initial);
  }

  get messages(): Messages {
    return JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
  }

  async run(query: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    if (!status || !list) return;
    const m = this.messages;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = m.empty;
      return;
    }
    status.textContent = m.loading;
    try {
      this.#pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
      const pagefind = await this.#pagefind;
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const item of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        p.append(...excerptNodes(item.excerpt));
        li.append(a, p);
        list.append(li);
      }
      if (results.length === 0) {
        status.textContent = fillTemplate(m.noResults, { query });
      } else {
        const category = new Intl.PluralRules(document.documentElement.lang).select(results.length);
        const template = m.results[category] ?? m.results['other'] ?? '{{count}}';
        status.textContent = fillTemplate(template, { count: results.length });
      }
    } catch {
      this.#pagefind = undefined;
      status.textContent = m.error;
    }
  }
}

customElements.define('site-search', SiteSearch);
