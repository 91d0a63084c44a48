import type { EndBound } from '../data/schemas/vocab';

/** The time fields every money row shares. */
export interface Period {
  jaar_van: number | null;
  jaar_tot: number | null;
  /** How the source ends the period at jaar_tot: "tot en met" (counts jaar_tot) or "tot" (does not). */
  jaar_tot_grens?: EndBound | null;
  periode_bron?: string | null;
  per?: 'jaar' | 'totaal' | null;
}

/**
 * The last year the source ties the amount to: jaar_tot, or the year before it when the source
 * says "tot {jaar_tot}" (the period rule on /methode/#periode). Null when no end is named.
 */
export function lastYear(period: Pick<Period, 'jaar_tot' | 'jaar_tot_grens'>): number | null {
  if (period.jaar_tot === null) return null;
  return period.jaar_tot_grens === 'tot' ? period.jaar_tot - 1 : period.jaar_tot;
}

/**
 * Says over which years an amount runs, as the source says it, without dividing it: "2022 t/m
 * 2027", "tot 2027", "vanaf 2022", "t/m 2027 (beginjaar niet genoemd)", or the source's own words
 * when no years are given.
 */
export function formatYears(period: Period): string {
  const { jaar_van: from, jaar_tot: to } = period;
  const words = period.periode_bron ? `"${period.periode_bron}"` : null;
  const end = period.jaar_tot_grens === 'tot' ? 'tot' : 't/m';
  if (from !== null && to !== null) return from === to ? String(from) : `${from} ${end} ${to}`;
  if (from !== null) return `vanaf ${from}`;
  if (to !== null) return `${end} ${to}${words ? ` (${words})` : ' (beginjaar niet genoemd)'}`;
  return words ?? 'periode niet genoemd';
}

/** "per jaar" or "in totaal", as the source states it; empty when unknown. */
export function formatPer(per: 'jaar' | 'totaal' | null | undefined): string {
  if (per === 'jaar') return 'per jaar';
  if (per === 'totaal') return 'in totaal';
  return '';
}

/**
 * Where shifted money went, in words: "van 2022 naar 2023". A year the quote does not name is said
 * so (issue 23: a year column holds only what the quote states), never printed as empty or "null".
 */
export function formatShift(shift: { van_jaar: number | null; naar_jaar: number | null }): string {
  // Short where the quote names neither year: it reads after an amount and fits a phone's chart label.
  if (shift.van_jaar === null && shift.naar_jaar === null) return '(jaren niet genoemd)';
  const from = shift.van_jaar ?? 'een niet genoemd jaar';
  const to = shift.naar_jaar ?? 'een later jaar (niet genoemd)';
  return `van ${from} naar ${to}`;
}
