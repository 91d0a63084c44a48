/**
 * "Vergelijkbare gemeenten": the same province and the same size class by inhabitants on
 * 1 January 2024 (CBS). Classes are documented on /vergelijk/.
 */
export const SIZE_CLASSES = [
  { key: 'tot-20k', label: 'minder dan 20.000 inwoners', min: 0, max: 20_000 },
  { key: '20k-50k', label: '20.000 tot 50.000 inwoners', min: 20_000, max: 50_000 },
  { key: '50k-100k', label: '50.000 tot 100.000 inwoners', min: 50_000, max: 100_000 },
  { key: '100k-250k', label: '100.000 tot 250.000 inwoners', min: 100_000, max: 250_000 },
  { key: 'vanaf-250k', label: '250.000 inwoners of meer', min: 250_000, max: Infinity },
] as const;

/** The size class of a population, or null when there is no figure. */
export function sizeClass(inwoners: number | null | undefined): (typeof SIZE_CLASSES)[number] | null {
  if (inwoners === null || inwoners === undefined) return null;
  return SIZE_CLASSES.find((c) => inwoners >= c.min && inwoners < c.max) ?? null;
}

export interface SimilarCandidate {
  slug: string;
  naam: string;
  provincie: string;
  inwoners2024: number | null;
}

/** Up to `limit` gemeenten in the same province and size class, nearest in population first. */
export function similarGemeenten(target: SimilarCandidate, all: SimilarCandidate[], limit = 6): SimilarCandidate[] {
  const cls = sizeClass(target.inwoners2024);
  if (!cls || target.inwoners2024 === null) return [];
  return all
    .filter((g) => g.slug !== target.slug && g.provincie === target.provincie && sizeClass(g.inwoners2024) === cls)
    .sort(
      (a, b) =>
        Math.abs(a.inwoners2024! - target.inwoners2024!) - Math.abs(b.inwoners2024! - target.inwoners2024!) ||
        a.naam.localeCompare(b.naam, 'nl'),
    )
    .slice(0, limit);
}

/**
 * Gemeenten to put next to `target` in the comparison: only those with known amounts (a
 * comparison with "geen bedragen bekend" lanes compares nothing). Similar gemeenten (same
 * province and size class) come first, then other gemeenten with amounts nearest in population.
 */
export function compareSuggestions(
  target: SimilarCandidate,
  all: (SimilarCandidate & { hasAmounts: boolean })[],
  limit = 4,
): SimilarCandidate[] {
  const withAmounts = all.filter((g) => g.hasAmounts && g.slug !== target.slug);
  const similar = new Set(similarGemeenten(target, withAmounts, limit).map((g) => g.slug));
  const distance = (g: SimilarCandidate) =>
    g.inwoners2024 === null || target.inwoners2024 === null ? Infinity : Math.abs(g.inwoners2024 - target.inwoners2024);
  return withAmounts
    .sort(
      (a, b) =>
        Number(similar.has(b.slug)) - Number(similar.has(a.slug)) ||
        distance(a) - distance(b) ||
        a.naam.localeCompare(b.naam, 'nl'),
    )
    .slice(0, limit)
    .map(({ hasAmounts: _, ...g }) => g);
}
