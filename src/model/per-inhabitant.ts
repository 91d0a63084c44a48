import type { RowOf } from '../data/schemas/tables';
import { lastYear } from '../format/period';

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
    (row) => row.cbs_code === code && row.per === 'jaar' && row.jaar_van !== null && row.jaar_van <= year && (row.jaar_tot === null || lastYear(row)! >= year),
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
