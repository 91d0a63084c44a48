import type { Dataset } from '../data/load-dataset';
import type { KnownRows } from './contribution';

/**
 * What /meedoen/ sends to the browser so its check sees what the build sees: every gemeente and
 * the ids already taken in the tables a contribution can add to, in file order.
 */
export function knownRows(dataset: Dataset): KnownRows {
  const ids = (rows: { id: string; cbs_code?: string }[]) => rows.map((row) => (row.cbs_code ? { id: row.id, cbs_code: row.cbs_code } : { id: row.id }));
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
