/** The time fields every money row shares. */
export interface Period {
  jaar_van: number | null;
  jaar_tot: number | null;
  periode_bron?: string | null;
  per?: 'jaar' | 'totaal' | null;
}

/**
 * Says over which years an amount runs, without dividing it: "2022 t/m 2027", "vanaf 2022",
 * "t/m 2027 (beginjaar niet genoemd)", or the source's own words when no years are given.
 */
export function formatYears(period: Period): string {
  const { jaar_van: from, jaar_tot: to } = period;
  const words = period.periode_bron ? `"${period.periode_bron}"` : null;
  if (from !== null && to !== null) return from === to ? String(from) : `${from} t/m ${to}`;
  if (from !== null) return `vanaf ${from}`;
  if (to !== null) return `t/m ${to}${words ? ` (${words})` : ' (beginjaar niet genoemd)'}`;
  return words ?? 'periode niet genoemd';
}

/** "per jaar" or "in totaal", as the source states it; empty when unknown. */
export function formatPer(per: 'jaar' | 'totaal' | null | undefined): string {
  if (per === 'jaar') return 'per jaar';
  if (per === 'totaal') return 'in totaal';
  return '';
}
