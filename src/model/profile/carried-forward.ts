/** The fields that decide whether later years of an amount are carried forward from "structureel". */
export interface OpenEndedRow {
  jaar_van: number | null;
  jaar_tot: number | null;
  per: 'jaar' | 'totaal' | null;
  periode_bron?: string | null;
  bron: string;
}

/** Years of an amount that the source does not state one by one, but that follow from "structureel". */
export interface CarriedForward {
  /** The first year that is carried forward (the years before it are the ones the source names). */
  from: number;
  /** Said at the figure, in chart data and in downloads: "structureel volgens de 1e bestuursrapportage 2022". */
  label: string;
}

/** The short name of a source for a sentence: its title up to the first " - " ("1e bestuursrapportage 2022"). */
export function shortTitle(titel: string): string {
  return titel.split(' - ')[0].trim();
}

/**
 * A per-year amount that the source calls "structureel" and gives no end year: the source states
 * its first year; every later year on the site is carried forward from that word, not stated. Null
 * for every other row (a stated range needs no label).
 */
export function carriedForward(
  row: OpenEndedRow,
  bronTitel: (id: string) => string | undefined,
): CarriedForward | null {
  if (row.per !== 'jaar' || row.jaar_van === null || row.jaar_tot !== null) return null;
  if (!/structureel/i.test(row.periode_bron ?? '')) return null;
  const titel = bronTitel(row.bron);
  return { from: row.jaar_van + 1, label: `structureel volgens ${titel ? `de ${shortTitle(titel)}` : 'de bron'}` };
}
