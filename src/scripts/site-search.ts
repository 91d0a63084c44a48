/**
 * Search as you type in the header box: gemeenten first (by name, or a name people use for it,
 * see data/gemeentenamen.csv), then the best pages from the full-text index (Pagefind), and a
 * link to all results on /zoeken/. Pagefind's script and index load on first use (focus or
 * typing). Enter is handled by gemeente-search.ts: one gemeente's exact name opens its page,
 * anything else opens the results page; without JavaScript the form goes to /zoeken/ as well.
 */
import { exactTitleFirst } from '../search/search-order';
import { matchGemeenten } from '../search/gemeente-match';
import { gemeenteItem, loadNames, loadPagefind, pageItem, resultsUrl } from './search-core';
import type { Pagefind } from './search-core';

const MAX_GEMEENTEN = 5;
const MAX_PAGES = 6;

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
    const gemeenten = matchGemeenten(await loadNames(), term);
    let pf: Pagefind | null;
    try {
      pf = await loadPagefind();
    } catch {
      pf = null;
    }
    const search = pf ? await pf.debouncedSearch(term, {}, 200) : { results: [] };
    if (search === null || input.value.trim() !== term) return; // a newer search replaced this one
    const shown = new Set(gemeenten.slice(0, MAX_GEMEENTEN).map((hit) => hit.entry.url));
    const pages = exactTitleFirst(
      await Promise.all(search.results.slice(0, MAX_PAGES + shown.size).map((r) => r.data())),
      term,
    )
      .filter((data) => !shown.has(data.url))
      .slice(0, MAX_PAGES);
    const all = document.createElement('li');
    const link = document.createElement('a');
    link.href = resultsUrl(term);
    link.textContent = `Alle resultaten voor „${term}”`;
    all.append(link);
    list.replaceChildren(...gemeenten.slice(0, MAX_GEMEENTEN).map(gemeenteItem), ...pages.map(pageItem), all);
    list.hidden = false;
    const found = gemeenten.length + search.results.length;
    status.textContent = !pf
      ? `Zoeken in de pagina's lukt nu niet. ${gemeenten.length} ${gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} gevonden.`
      : found === 0
        ? `Niets gevonden voor „${term}”.`
        : `${gemeenten.length} ${gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} en ${search.results.length} ${search.results.length === 1 ? 'pagina' : "pagina's"} voor „${term}”.`;
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
