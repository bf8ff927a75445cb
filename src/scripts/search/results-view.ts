/**
 * Renders search state into a live status line, a list of result links and a
 * help block, for both the header panel and the search page. Everything is
 * built from text nodes and <mark> elements; nothing is parsed as HTML.
 * Arrow keys move between the query field and the results.
 */
import { fillTemplate } from '../../lib/fill-template.ts';
import { search, warm, type SearchResult } from './engine.ts';

export interface Messages {
  loading: string;
  error: string;
  errorLink: string;
  empty: string;
  noResults: string;
  hint: string;
  guides: string;
  tools: string;
  results: Record<string, string>;
  urls: { guides: string; tools: string; search: string };
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function resultItem(result: SearchResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = result.url;
  a.className = 'search-hit';
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = result.title;
  a.append(title);
  if (result.section) {
    const section = document.createElement('span');
    section.className = 'search-hit-section';
    section.textContent = result.section;
    a.append(section);
  }
  const text = document.createElement('span');
  text.className = 'search-hit-excerpt';
  for (const segment of result.excerpt) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      text.append(mark);
    } else text.append(document.createTextNode(segment.text));
  }
  a.append(text);
  li.append(a);
  return li;
}

export class ResultsView {
  #run = 0;

  constructor(
    readonly input: HTMLInputElement,
    readonly status: HTMLElement,
    readonly list: HTMLOListElement,
    readonly help: HTMLElement,
    readonly messages: Messages,
  ) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        const first = list.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    list.addEventListener('keydown', (event) => this.#arrows(event));
  }

  #arrows(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[Math.min(at + 1, links.length - 1)] : links[at - 1];
    (next ?? this.input).focus();
  }

  /** Runs a query and shows its results; a later call wins over an earlier one still running. */
  async run(query: string): Promise<void> {
    const run = ++this.#run;
    const m = this.messages;
    this.help.replaceChildren();
    if (!query.trim()) {
      this.list.replaceChildren();
      this.status.textContent = m.empty;
      this.#done(query);
      return;
    }
    try {
      const results = await search(query);
      if (run !== this.#run) return;
      this.list.replaceChildren(...results.map(resultItem));
      if (results.length === 0) {
        this.status.textContent = fillTemplate(m.noResults, { query: query.trim() });
        this.#help(m.hint, [link(m.urls.guides, m.guides), link(m.urls.tools, m.tools)]);
      } else {
        const category = new Intl.PluralRules(document.documentElement.lang).select(results.length);
        this.status.textContent = fillTemplate(m.results[category] ?? m.results['other'] ?? '{{count}}', { count: results.length });
      }
      this.#done(query);
    } catch {
      if (run !== this.#run) return;
      this.list.replaceChildren();
      this.status.textContent = m.error;
      const url = new URL(m.urls.search, location.href);
      url.searchParams.set('q', query.trim());
      this.#help('', [link(url.pathname + url.search, m.errorLink)]);
      this.#done(query);
    }
  }

  /** Marks which query the list now shows (tests and benchmarks wait for it). */
  #done(query: string): void {
    this.list.dataset['query'] = query;
  }

  #help(text: string, links: HTMLAnchorElement[]): void {
    const nodes: Node[] = [];
    if (text) {
      const p = document.createElement('p');
      p.textContent = text;
      nodes.push(p);
    }
    const ul = document.createElement('ul');
    for (const a of links) {
      const li = document.createElement('li');
      li.append(a);
      ul.append(li);
    }
    nodes.push(ul);
    this.help.replaceChildren(...nodes);
  }

  /** Starts loading the index; shows the loading message only if it is still loading when asked. */
  warm(): void {
    void warm().catch(() => undefined);
  }
}
