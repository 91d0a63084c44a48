/**
 * <search-page>: the results page /zoeken/?q=…. Gemeenten first (by name or a name people use
 * for them), then every page and topic the full-text index finds, 20 at a time with a button
 * for more, so all results can be shown. Without JavaScript the page keeps its message, the
 * topics and the A-Z list of gemeenten.
 */
import { exactTitleFirst } from '../search/search-order';
import { matchGemeenten } from '../search/gemeente-match';
import { gemeenteItem, loadNames, loadPagefind, pageItem } from './search-core';
import type { PagefindResult } from './search-core';

const BATCH = 20;
const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const gemeentenList = this.querySelector<HTMLOListElement>('[data-gemeenten]');
    const pagesList = this.querySelector<HTMLOListElement>('[data-pages]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!input || !status || !results || !gemeentenList || !pagesList || !more) return;
    this.querySelector('[data-no-script]')?.remove();
    const term = (new URLSearchParams(location.search).get('q') ?? '').trim();
    input.value = term;
    if (term.length === 0) {
      status.textContent = 'Typ de naam van een gemeente of een onderwerp, of kies hieronder een gemeente van A tot Z.';
      return;
    }
    document.title = `Zoeken: ${term} | ${document.title.split(' | ').at(-1)}`;
    status.textContent = `Zoeken naar „${term}”…`;
    const gemeenten = matchGemeenten(await loadNames(), term);
    let found: PagefindResult[] | null = null;
    try {
      found = (await (await loadPagefind()).search(term)).results;
    } catch {
      found = null;
    }
    gemeentenList.replaceChildren(...gemeenten.map(gemeenteItem));
    if (gemeenten.length === 0)
      gemeentenList.replaceChildren(
        Object.assign(document.createElement('li'), { textContent: 'Geen gemeente met deze naam.' }),
      );
    let shown = 0;
    const showMore = async () => {
      if (!found) return;
      const batch = await Promise.all(found.slice(shown, shown + BATCH).map((r) => r.data()));
      // The first batch puts a page titled by the search term itself first (see search-order.ts).
      pagesList.append(...(shown === 0 ? exactTitleFirst(batch, term) : batch).map(pageItem));
      shown += batch.length;
      more.hidden = shown >= found.length;
      more.textContent = `Toon meer resultaten (nog ${found.length - shown})`;
    };
    await showMore();
    if (found?.length === 0)
      pagesList.replaceChildren(
        Object.assign(document.createElement('li'), { textContent: 'Geen pagina gevonden met deze woorden.' }),
      );
    results.hidden = false;
    status.textContent = found
      ? `${count(gemeenten.length, 'gemeente', 'gemeenten')} en ${count(found.length, 'pagina', "pagina's")} gevonden voor „${term}”.`
      : `${count(gemeenten.length, 'gemeente', 'gemeenten')} gevonden voor „${term}”. Zoeken in de pagina's lukt nu niet; kies hieronder een onderwerp.`;
    more.addEventListener('click', () => {
      const next = pagesList.children.length;
      void showMore().then(() => (pagesList.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
    });
  }
}
customElements.define('search-page', SearchPage);
