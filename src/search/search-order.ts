/**
 * Puts results whose title is the search term itself first, otherwise keeping Pagefind's order.
 * A gemeente's page is titled by its name alone, and someone who types "Amstelveen" wants that
 * page; Pagefind's relevance can put a decision that mentions the name more often above it.
 * Case and accents do not matter ("sudwest-fryslan" finds "Súdwest-Fryslân").
 */
export function exactTitleFirst<T extends { meta: { title?: string } }>(results: readonly T[], term: string): T[] {
  const same = (title: string | undefined) =>
    title !== undefined && title.trim().localeCompare(term.trim(), 'nl', { sensitivity: 'base' }) === 0;
  return [
    ...results.filter((result) => same(result.meta.title)),
    ...results.filter((result) => !same(result.meta.title)),
  ];
}
