/**
 * Full-site search in the header box, with Pagefind. Its script and index load on first use
 * (focus or typing), so they cost nothing on pages where nobody searches. Results appear below
 * the box and link to the exact figure or section that matched. Pressing Enter keeps the form's
 * own behaviour (an exact gemeente name jumps to its page, see gemeente-search.ts); without
 * JavaScript the form submits to the list of gemeenten.
 */
import { bestAnchor } from '../lib/links/search-anchor';
import type { PageAnchor } from '../lib/links/search-anchor';
import { exactTitleFirst } from '../lib/links/search-order';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors: PageAnchor[];
  locations: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | null = null;
const loadPagefind = () =>
  (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 18 });
    await pf.init();
    return pf;
  }));

/** Pagefind's excerpt marks matches with <mark>; rebuild it as text nodes and <mark> elements only. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (html: string) => new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    if (!part.startsWith('<mark>')) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(part.slice(6, -7));
    return mark;
  });
}

function setup(form: HTMLFormElement, panel: HTMLElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = panel.querySelector<HTMLElement>('[role="status"]');
  const list = panel.querySelector<HTMLOListElement>('ol');
  if (!input || !status || !list) return;
  input.setAttribute('aria-controls', panel.id);
  const clear = () => {
    list.replaceChildren();
    status.textContent = '';
    list.hidden = true;
  };
  const run = async () => {
    const term = input.value.trim();
    if (term.length < 2) return clear();
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      list.hidden = true;
      status.textContent = 'Zoeken lukt nu niet. Druk op Enter voor de lijst van gemeenten.';
      return;
    }
    const search = await pf.debouncedSearch(term, {}, 200);
    if (search === null || input.value.trim() !== term) return; // a newer search replaced this one
    const results = exactTitleFirst(await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data())), term);
    const items = results.map((data) => {
      const anchor = bestAnchor(data.anchors ?? [], data.locations ?? []);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = anchor ? `${data.url}#${anchor}` : data.url;
      link.textContent = data.meta.title ?? data.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(link, excerpt);
      return item;
    });
    list.replaceChildren(...items);
    list.hidden = false;
    const total = search.results.length;
    status.textContent =
      total === 0
        ? `Niets gevonden voor „${term}”. Druk op Enter voor de lijst van gemeenten.`
        : `${total} ${total === 1 ? 'resultaat' : 'resultaten'} voor „${term}”${total > MAX_RESULTS ? `, de eerste ${MAX_RESULTS} staan hieronder` : ''}.`;
  };
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') clear();
    // Arrow down moves into the results; Tab reaches them too.
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const panel = document.getElementById('zoekresultaten');
if (form && panel) setup(form, panel);
