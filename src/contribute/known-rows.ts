import type { Dataset } from '../data/load-dataset';
import type { KnownRows } from './contribution';

/**
 * What a contribution's new rows need to know of data/: every gemeente (for its slug) and the ids
 * already taken, so a suggested id is free.
 */
export function knownRows(
  dataset: Pick<Dataset, 'gemeenten' | 'bronnen' | 'toekenningen' | 'bestedingen' | 'besluiten' | 'resultaten'>,
): KnownRows {
  const ids = (rows: { id: string; cbs_code?: string }[]) =>
    rows.map((row) => (row.cbs_code ? { id: row.id, cbs_code: row.cbs_code } : { id: row.id }));
  return {
    gemeenten: dataset.gemeenten.map((g) => ({ cbs_code: g.cbs_code, slug: g.slug, naam: g.naam })),
    rows: {
      bronnen: ids(dataset.bronnen),
      toekenningen: ids(dataset.toekenningen),
      bestedingen: ids(dataset.bestedingen),
      besluiten: ids(dataset.besluiten),
      resultaten: ids(dataset.resultaten),
    },
  };
}
