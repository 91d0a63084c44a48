import { group } from 'd3-array';
import type { RowOf } from '../data/schemas/tables';
import { lastYear } from '../format/period';
import { carriedForward } from './profile/carried-forward';
import type { CarriedForward } from './profile/carried-forward';

/** What the Rijk allocated to one gemeente for one year, per inhabitant of that year. */
export interface AllocationPerInhabitant {
  code: string;
  year: number;
  /** Euros per inhabitant, unrounded (a ratio, not an amount: formatted with cents for display only). */
  perInhabitant: number;
  amount: number;
  inhabitants: number;
  precision: RowOf<'toekenningen'>['bedrag_precisie'];
  toekenning: string;
  bron: string;
}

/**
 * The allocation per inhabitant of `year`, only where it is known without arithmetic of our own
 * beyond the one division: exactly one allocation row that states an amount per year and whose
 * stated years include `year`, and a CBS population for that same year (same boundaries).
 * A period amount ("in totaal"), a row with an unknown start year, two rows covering the same
 * year, or a missing population: null, never an estimate.
 */
export function allocationPerInhabitant(
  code: string,
  year: number,
  toekenningen: RowOf<'toekenningen'>[],
  inwoners: RowOf<'inwoners'>[],
): AllocationPerInhabitant | null {
  const covering = toekenningen.filter(
    (row) =>
      row.cbs_code === code &&
      row.per === 'jaar' &&
      row.jaar_van !== null &&
      row.jaar_van <= year &&
      (row.jaar_tot === null || lastYear(row)! >= year),
  );
  const population = inwoners.find((row) => row.cbs_code === code && row.jaar === year);
  if (covering.length !== 1 || !population || population.inwoners <= 0) return null;
  const [row] = covering;
  return {
    code,
    year,
    perInhabitant: row.bedrag_eur / population.inwoners,
    amount: row.bedrag_eur,
    inhabitants: population.inwoners,
    precision: row.bedrag_precisie,
    toekenning: row.id,
    bron: row.bron,
  };
}

/** A known allocation per inhabitant, and the "structureel" label when the source does not name the year itself. */
export interface KnownPerInhabitant {
  value: AllocationPerInhabitant;
  carried: CarriedForward | null;
}

/** Every gemeente's allocation per inhabitant in `year` where it is known (see allocationPerInhabitant), by cbs_code. */
export function allocationsPerInhabitant(
  data: { gemeenten: RowOf<'gemeenten'>[]; toekenningen: RowOf<'toekenningen'>[]; inwoners: RowOf<'inwoners'>[] },
  year: number,
  bronTitel: (id: string) => string | undefined,
): Map<string, KnownPerInhabitant> {
  const toekenningen = group(data.toekenningen, (t) => t.cbs_code);
  const inwoners = group(data.inwoners, (i) => i.cbs_code);
  const result = new Map<string, KnownPerInhabitant>();
  for (const { cbs_code: code } of data.gemeenten) {
    const rows = toekenningen.get(code) ?? [];
    const value = allocationPerInhabitant(code, year, rows, inwoners.get(code) ?? []);
    if (!value) continue;
    // A year that follows only from "structureel" says so, on the map and in its data.
    const carried = carriedForward(
      rows.find((t) => t.id === value.toekenning)!,
      bronTitel,
    );
    result.set(code, { value, carried: carried && year >= carried.from ? carried : null });
  }
  return result;
}
