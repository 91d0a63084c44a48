/**
 * What the comparison reads, declared here: the site model's compare data (the same object the
 * browser loads as /vergelijk/gegevens.json) fits this shape, and so does a test's own data.
 */

/** One amount: an allocation, a current spending line with an amount, or money moved between years. */
export interface CompareItem {
  id: string;
  soort: 'toekenning' | 'besteding' | 'verschuiving';
  from: number | null;
  to: number | null;
  per: 'jaar' | 'totaal';
  amount: number;
  /** The amount as the source states it, with its precision ("ruim € 5.000.000"). */
  amountText: string;
  /** The years in words ("2022 t/m 2027"). */
  years: string;
  /** A fase for spending lines ('begroot', …), else the soort. */
  kind: string;
  /** What a spending line is for, in the source's words. */
  name?: string;
  bron: string;
  /** Said with the amount: an older document, years carried forward from "structureel". */
  toelichting?: string;
  /** First year that the source does not name but that "structureel" carries the amount into. */
  doorgetrokkenVanaf?: number;
}

/** One gemeente's amounts; `inwoners` by year (CBS, boundaries of that year). */
export interface CompareGemeente {
  naam: string;
  inwoners: Record<string, number>;
  items: CompareItem[];
}

/** Every gemeente's name, and the amounts of those that have any, by slug. */
export interface CompareInput {
  jaren: [number, number];
  gemeenten: { slug: string; naam: string }[];
  bedragen: Record<string, CompareGemeente>;
}

/** The choice of the view, as in the query string (see src/model/compare-state.ts). */
export interface CompareSelection {
  gemeenten: string[];
  maat: 'absoluut' | 'per-inwoner';
  van: number;
  tot: number;
}
