const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date the Dutch way, as precise as it is known: `2024-05-28` → "28 mei 2024",
 * `2024-06` → "juni 2024", `2024` → "2024".
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (day) return longDate.format(new Date(Date.UTC(year, month - 1, day)));
  if (month) return monthYear.format(new Date(Date.UTC(year, month - 1, 1)));
  return String(year);
}

/**
 * The date of a search as the site says it: "22 november 2026", "juni 2024", or "datum niet
 * vastgelegd" where the research notes do not record when the search was made (never another
 * document's date instead).
 */
export function formatSearchDate(datum: string | null): string {
  return datum ? formatDate(datum) : 'datum niet vastgelegd';
}
