/** An element with an id on an indexed page, with the word position where it starts (Pagefind's `anchors`). */
export interface PageAnchor {
  element: string;
  id: string;
  location: number;
}

/** Ids of single figures (table rows, decisions, results) that a search result should jump to first. */
const FIGURE = /^(besteding|toekenning|verschuiving|besluit|resultaat|vermelding)-/;

/**
 * The id a search result should link to: none (the page top) when the page's title matches;
 * else the figure row around a match if there is one; else the nearest element with an id
 * before the first match.
 */
export function bestAnchor(anchors: PageAnchor[], matches: number[]): string | null {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  // A match in the page's title (before any element with an id) means the page itself is the hit.
  if (sorted.length === 0 || matches.some((m) => m < sorted[0].location)) return null;
  const before = (location: number) => sorted.filter((a) => a.location <= location).at(-1) ?? null;
  const found = [...matches].sort((a, b) => a - b).map(before);
  const figure = found.find((a) => a !== null && FIGURE.test(a.id));
  return (figure ?? found[0] ?? null)?.id ?? null;
}
