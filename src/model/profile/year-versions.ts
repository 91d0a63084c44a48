import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { lastYear } from '../../format/period';

/** The fields versioning needs: a row's years and the older row it replaces. */
export interface VersionedRow {
  id: string;
  jaar_van: number | null;
  jaar_tot: number | null;
  jaar_tot_grens?: 'tot en met' | 'tot' | null;
  vervangt: string | null;
}

/** A row's years on the site's axis; null when its first year is unknown. An open end runs to YEAR_MAX. */
export function yearsOf(row: Pick<VersionedRow, 'jaar_van' | 'jaar_tot' | 'jaar_tot_grens'>): number[] | null {
  if (row.jaar_van === null) return null;
  const to = lastYear({ jaar_tot: row.jaar_tot, jaar_tot_grens: row.jaar_tot_grens ?? null }) ?? YEAR_MAX;
  const years: number[] = [];
  for (let year = Math.max(row.jaar_van, YEAR_MIN); year <= Math.min(to, YEAR_MAX); year++) years.push(year);
  return years;
}

/** Which years of a row newer documents cover, and by which row. */
export interface Replacement {
  /** The newer row that replaces this one directly. */
  by: string;
  /** Years of this row that a newer row covers (shown from the newer document). */
  years: number[];
  /** Years of this row no newer row covers: still shown from this older document. */
  remaining: number[];
  /** True when nothing of this row is still shown: every year is covered, or its years are unknown. */
  whole: boolean;
}

/**
 * Per-year versioning: a newer document replaces an older row only for the years both cover; each
 * year shows the newest document that covers it, and the older row's other years stay. A chain
 * (A replaced by B replaced by C) counts the years of every newer row. Where the years of either
 * row are unknown, the newer row replaces the older one as a whole (nothing to compare by year).
 * Returns an entry only for rows that something replaces.
 */
export function replacements(rows: VersionedRow[]): Map<string, Replacement> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const newer = new Map<string, string[]>();
  for (const row of rows) if (row.vervangt) newer.set(row.vervangt, [...(newer.get(row.vervangt) ?? []), row.id]);
  const result = new Map<string, Replacement>();
  for (const [id, direct] of newer) {
    const row = byId.get(id);
    if (!row) continue;
    const own = yearsOf(row);
    // Every newer row down the chain; a loop is reported by the integrity check, so stop at a repeat.
    const seen = new Set<string>([id]);
    const queue = [...direct];
    let unknown = false;
    const covered = new Set<number>();
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const years = byId.has(next) ? yearsOf(byId.get(next)!) : null;
      if (years === null) unknown = true;
      else years.forEach((year) => covered.add(year));
      queue.push(...(newer.get(next) ?? []));
    }
    const whole = own === null || unknown || own.every((year) => covered.has(year));
    const years = own === null ? [] : own.filter((year) => unknown || covered.has(year));
    const remaining = whole || own === null ? [] : own.filter((year) => !covered.has(year));
    result.set(id, { by: direct[0], years, remaining, whole });
  }
  return result;
}

/** Consecutive runs of years: [2023, 2024, 2026] → [[2023, 2024], [2026, 2026]]. */
export function runsOf(years: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}
