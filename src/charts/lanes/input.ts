/**
 * What the lanes charts read, declared here so that any object of this shape can be drawn: the
 * site model's GemeenteProfile fits, and so does a test's hand-made gemeente. The model decides
 * which spending lines are current (`current`) and what to say about them (`toelichting`); the
 * charts only place and draw them.
 */
import type { AIMS, PHASES, Precision } from '../../data/schemas/vocab';

/** The fields of a money row the charts need (toekenning or besteding). */
export interface MoneyRow {
  id: string;
  jaar_van: number | null;
  jaar_tot: number | null;
  /** "tot": the source ends the period before jaar_tot ("tot 2027"), see lastYear. */
  jaar_tot_grens?: 'tot en met' | 'tot' | null;
  per: 'jaar' | 'totaal' | null;
  bedrag_eur: number | null;
  bedrag_precisie: Precision | null;
  bron: string;
  /** First year carried forward from "structureel" (allocations only). */
  doorgetrokken?: { from: number } | null;
  /** Said in the chart's table and download: an older document, years carried forward. */
  toelichting?: string | null;
}
/** A spending line as shown; `ouderStuk` set: an older document, shown for the years no newer one covers. */
export interface SpendingRow extends MoneyRow {
  fase: (typeof PHASES)[number];
  doel: (typeof AIMS)[number] | null;
  maatregel: string;
  ouderStuk?: object | null;
}
export interface ShiftRow {
  id: string;
  /** Null when only the document's name gives a year (the period rule). */
  van_jaar: number | null;
  naar_jaar: number | null;
  bedrag_eur: number;
  bron: string;
}
/** One gemeente's money, with the spending lines as shown. */
export interface MoneyInput {
  toekenningen: MoneyRow[];
  current: SpendingRow[];
  verschuivingen: ShiftRow[];
}
/** A gemeente page's lanes charts: its name, its money, how many lines a newer document replaced, every line's source. */
export interface GemeenteLanesInput extends MoneyInput {
  gemeente: { naam: string; slug: string };
  /** Spending lines replaced for every year (shown only in the page's table). */
  replacedWhole: number;
  /** Every spending line, current or not, for the chart's list of sources. */
  bestedingen: { id: string; bron: string }[];
}
