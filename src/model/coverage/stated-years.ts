import { lastYear } from '../../format/period';
import type { Period } from '../../format/period';

/**
 * The years a source ties an amount to, for coverage per year (/methode/#periode): an amount per
 * year counts in each year of its stated range; a total for one year in that year. A total for
 * several years ("in totaal € 2.932.000, 2022-2027") counts in no single year: the source gives
 * no amount for any one of them. An open end ("structureel", "vanaf 2022") counts only in its
 * first year: later years would be carried forward, not stated. Empty: no year is stated.
 */
export function amountYears(row: Period): number[] {
  if (row.jaar_van === null) return [];
  const last = lastYear({ jaar_tot: row.jaar_tot, jaar_tot_grens: row.jaar_tot_grens ?? null });
  if (last === null) return [row.jaar_van];
  if (row.per !== 'jaar' && last > row.jaar_van) return [];
  const years: number[] = [];
  for (let year = row.jaar_van; year <= last; year++) years.push(year);
  return years;
}

/** The years a fact without an amount (a plan for 2023-2027) is tied to: its stated range, or its first year when open-ended. */
export function factYears(row: Pick<Period, 'jaar_van' | 'jaar_tot' | 'jaar_tot_grens'>): number[] {
  if (row.jaar_van === null) return [];
  const last = lastYear({ jaar_tot: row.jaar_tot, jaar_tot_grens: row.jaar_tot_grens ?? null }) ?? row.jaar_van;
  const years: number[] = [];
  for (let year = row.jaar_van; year <= last; year++) years.push(year);
  return years;
}
