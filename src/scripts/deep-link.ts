/**
 * A deep link to a table row (#toekenning-…, #besteding-…) lands with the table's caption and
 * column headers in view when the row fits on the screen with them; CSS highlights the row
 * (:target) and keeps a margin above it when the script does not run.
 */
function revealRow(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const row = id ? document.getElementById(id) : null;
  const table = row?.tagName === 'TR' ? row.closest('table') : null;
  if (!row || !table) return;
  const top = (table.caption ?? table).getBoundingClientRect().top + window.scrollY;
  const bottom = row.getBoundingClientRect().bottom + window.scrollY;
  if (bottom - top <= window.innerHeight - 16) window.scrollTo({ top: Math.max(0, top - 8) });
}

addEventListener('hashchange', revealRow);
// After the browser's own jump to the fragment.
if (document.readyState === 'complete') requestAnimationFrame(revealRow);
else addEventListener('load', () => requestAnimationFrame(revealRow));
