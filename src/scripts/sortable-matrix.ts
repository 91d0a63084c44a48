/**
 * <sortable-matrix>: lets readers sort the coverage table by any column and filter it by
 * province or level. Without JavaScript the full table is there, sorted by name.
 */
import { sortableColumns } from './sortable-table';

class SortableMatrix extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table || !table.tBodies[0]) return;
    const rows = [...table.tBodies[0].rows];
    const filter = document.createElement('p');
    filter.className = 'matrix-filter';
    filter.innerHTML =
      '<label>Filter <input type="search" data-q placeholder="gemeente, provincie of niveau"></label> <span aria-live="polite" data-n></span>';
    table.closest('details')?.before(filter);
    const count = filter.querySelector<HTMLElement>('[data-n]')!;
    filter.querySelector('input')!.addEventListener('input', (event) => {
      const q = (event.target as HTMLInputElement).value.trim().toLowerCase();
      let shown = 0;
      for (const row of rows) {
        row.hidden = q !== '' && !row.textContent!.toLowerCase().includes(q);
        if (!row.hidden) shown++;
      }
      count.textContent = `${shown} van ${rows.length} gemeenten`;
    });
    sortableColumns(table, rows, () => 'text');
  }
}

customElements.define('sortable-matrix', SortableMatrix);
