/**
 * <sortable-matrix>: lets readers sort the coverage table by any column and filter it by
 * province or level. Without JavaScript the full table is there, sorted by name.
 */
class SortableMatrix extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table || !table.tBodies[0]) return;
    const body = table.tBodies[0];
    const rows = [...body.rows];
    const filter = document.createElement('p');
    filter.className = 'matrix-filter';
    filter.innerHTML = '<label>Filter <input type="search" data-q placeholder="gemeente, provincie of niveau"></label> <span aria-live="polite" data-n></span>';
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
    const heads = [...table.tHead!.rows[0].cells];
    heads.forEach((th, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const asc = th.getAttribute('aria-sort') !== 'ascending';
        for (const h of heads) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        rows.sort((a, b) => (asc ? 1 : -1) * (a.cells[i].textContent ?? '').localeCompare(b.cells[i].textContent ?? '', 'nl'));
        body.append(...rows);
      });
    });
  }
}

customElements.define('sortable-matrix', SortableMatrix);
