/**
 * What the header box and the results page (/zoeken/) share: the list of gemeente names (with
 * their other names), Pagefind loaded on first use, and one way to draw a result.
 */
import { bestAnchor } from '../search/search-anchor';
import type { PageAnchor } from '../search/search-anchor';
import type { GemeenteHit, NameEntry } from '../search/gemeente-match';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors: PageAnchor[];
  locations: number[];
}
export interface PagefindResult {
  data(): Promise<ResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** The results page; Enter in a search box goes here unless the text names one gemeente exactly. */
export const RESULTS_PAGE = '/zoeken/';
export const resultsUrl = (term: string) => `${RESULTS_PAGE}?q=${encodeURIComponent(term.trim())}`;

let names: Promise<NameEntry[]> | null = null;
/** The names of all gemeenten, read once from /gemeenten/namen.json (an empty list when that fails). */
export const loadNames = (): Promise<NameEntry[]> =>
  (names ??= fetch('/gemeenten/namen.json')
    .then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []))
    .catch(() => []));

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | null = null;
/** Pagefind's script and index, loaded on first use so they cost nothing where nobody searches. */
export const loadPagefind = () =>
  (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 18 });
    await pf.init();
    return pf;
  }));

/** Pagefind's excerpt marks matches with <mark>; rebuild it as text nodes and <mark> elements only. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (html: string) =>
    new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.textContent ?? '';
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith('<mark>')) return document.createTextNode(decode(part));
      const mark = document.createElement('mark');
      mark.textContent = decode(part.slice(6, -7));
      return mark;
    });
}

/** A page result: its title as a link to the figure or section that matched, and the excerpt. */
export function pageItem(data: ResultData): HTMLLIElement {
  const anchor = bestAnchor(data.anchors ?? [], data.locations ?? []);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = anchor ? `${data.url}#${anchor}` : data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

/** A gemeente result: its name as a link to its page, and the other name it was found by. */
export function gemeenteItem(hit: GemeenteHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.entry.url;
  link.textContent = hit.entry.naam;
  item.append(link);
  if (hit.via) item.append(` (ook: ${hit.via})`);
  item.append(' · gemeente');
  return item;
}
