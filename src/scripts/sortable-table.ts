/**
 * Sortable column headers for a table that is complete without JavaScript: each header with a
 * sort kind becomes a button, the sorted header carries aria-sort, and a cell sorts by its
 * data-value when it has one (a coverage rank, a population), else by its text. Shared by
 * <gemeente-table> and <sortable-matrix>, which differ only in their filters.
 */
export type SortKind = 'text' | 'number';

export function sortableColumns(
  table: HTMLTableElement,
  rows: HTMLTableRowElement[],
  kindOf: (th: HTMLTableCellElement) => SortKind | undefined,
): HTMLTableCellElement[] {
  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((th, index) => {
    const kind = kindOf(th);
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row: HTMLTableRowElement) => row.cells[index].dataset.value ?? row.cells[index].textContent ?? '';
      const sorted = [...rows].sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const order = kind === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'nl');
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...sorted);
    });
  });
  return headers;
}
