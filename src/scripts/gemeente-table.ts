import { plainName } from '../search/plain-name';
import { sortableColumns } from './sortable-table';
import type { SortKind } from './sortable-table';

/**
 * <gemeente-table>: filtering and sorting for the list of gemeenten. Without JavaScript the full
 * table is there, sorted by name; this adds a name/province/coverage filter (prefilled from
 * ?q= so the header search lands here) and sortable column headers with aria-sort.
 */
class GemeenteTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-filters]');
    const table = this.querySelector('table');
    const status = this.querySelector<HTMLElement>('[data-count]');
    if (!form || !table || !status) return;
    const rows = [...table.tBodies[0].rows];
    const params = new URLSearchParams(window.location.search);
    for (const name of ['q', 'provincie', 'dekking']) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field && params.get(name)) field.value = params.get(name)!;
    }
    form.hidden = false;
    const apply = () => {
      const data = new FormData(form);
      const q = plainName(String(data.get('q') ?? ''));
      const provincie = String(data.get('provincie') ?? '');
      const dekking = String(data.get('dekking') ?? '');
      let shown = 0;
      for (const row of rows) {
        const match =
          (!q ||
            [row.dataset.naam ?? '', ...(row.dataset.ook ?? '').split('|')].some((name) =>
              plainName(name).includes(q),
            )) &&
          (!provincie || row.dataset.provincie === provincie) &&
          (!dekking || row.dataset.dekking === dekking);
        row.hidden = !match;
        if (match) shown++;
      }
      status.textContent = `${shown} van ${rows.length} gemeenten getoond.`;
    };
    form.addEventListener('input', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    apply();

    const headers = sortableColumns(table, rows, (th) => th.dataset.sort as SortKind | undefined);
    headers[0].setAttribute('aria-sort', 'ascending');
  }
}
customElements.define('gemeente-table', GemeenteTable);
