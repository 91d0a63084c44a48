import type { Replacement } from './year-versions';
import { runsOf } from './year-versions';
import type { CarriedForward } from './carried-forward';

/** The fields that decide which years of a spending line are still shown. */
export interface VersionedSpending {
  vervangenDoor: string | null;
  vervanging?: Replacement | null;
  per: 'jaar' | 'totaal' | null;
  jaar_van: number | null;
  jaar_tot: number | null;
}

/** A spending line as shown: `ouderStuk` is set when a newer document covers some of its years. */
export type Current<T> = T & { ouderStuk: Replacement | null };

/**
 * The spending lines to show, per year the newest document: a line a newer document replaces for
 * all its years is left out; a line replaced for some years stays for its other years (a per-year
 * amount narrowed to those years, a period amount whole), marked `ouderStuk`. Nothing is ever added
 * to its successor. The model runs this once per gemeente (`GemeenteProfile.current`).
 */
export function currentSpending<T extends VersionedSpending>(rows: T[]): Current<T>[] {
  return rows.flatMap((row): Current<T>[] => {
    if (row.vervangenDoor === null) return [{ ...row, ouderStuk: null }];
    const version = row.vervanging;
    if (!version || version.whole) return [];
    if (row.per === 'jaar')
      return runsOf(version.remaining).map(([from, to]) => ({
        ...row,
        jaar_van: from,
        jaar_tot: to,
        ouderStuk: version,
      }));
    return [{ ...row, ouderStuk: version }];
  });
}

/** True when a newer document replaces every year of this line (it is then shown only in the table, as replaced). */
export function whollyReplaced(row: { vervangenDoor: string | null; vervanging?: Replacement | null }): boolean {
  return row.vervangenDoor !== null && (!row.vervanging || row.vervanging.whole);
}

/** What a chart's data table and download say about an amount beyond itself: an older document, years carried forward. */
export function versionNote(row: {
  ouderStuk?: Replacement | null;
  doorgetrokken?: CarriedForward | null;
  jaar_van: number | null;
}): string | null {
  if (row.ouderStuk) {
    const newer = runsOf(row.ouderStuk.years)
      .map(([a, b]) => (a === b ? String(a) : `${a} t/m ${b}`))
      .join(', ');
    return `uit een ouder stuk; voor ${newer || 'de andere jaren'} geldt een nieuwer stuk (regel ${row.ouderStuk.by})`;
  }
  if (row.doorgetrokken)
    return `${row.jaar_van} staat in de bron; vanaf ${row.doorgetrokken.from}: ${row.doorgetrokken.label} (geen eindjaar genoemd)`;
  return null;
}
