import type { RowOf } from '../../data/schemas/tables';

type Rijksmiddel = RowOf<'rijksmiddelen'>;

/** A stated national total with the streams a source says are part of it. */
export interface TotalWithParts {
  total: Rijksmiddel;
  parts: Rijksmiddel[];
}

/**
 * Groups national money the honest way: each stated total with its stated parts (never summed
 * into it), and apart from them the streams no source links to a total.
 */
export function groupNationalMoney(rows: Rijksmiddel[]): { totals: TotalWithParts[]; unlinked: Rijksmiddel[] } {
  const partIds = new Set(rows.filter((row) => row.onderdeel_van).map((row) => row.onderdeel_van));
  const totals = rows
    .filter((row) => row.onderdeel_van === null && partIds.has(row.id))
    .map((total) => ({ total, parts: rows.filter((row) => row.onderdeel_van === total.id).sort(byYear) }));
  const unlinked = rows.filter((row) => row.onderdeel_van === null && !partIds.has(row.id)).sort(byYear);
  return { totals, unlinked };
}

function byYear(a: Rijksmiddel, b: Rijksmiddel): number {
  // A row without a first year (the source names none) comes first, never dropped.
  return (a.jaar_van ?? 0) - (b.jaar_van ?? 0) || a.id.localeCompare(b.id);
}
