import type { Dataset } from '../data/load-dataset';
import type { NameEntry } from './gemeente-match';

/** Every gemeente (current and former) with its page and the other names data/gemeentenamen.csv gives it, by name. */
export function nameEntries(dataset: Pick<Dataset, 'gemeenten' | 'gemeentenamen'>): NameEntry[] {
  return dataset.gemeenten
    .map((g) => {
      const ook = dataset.gemeentenamen.filter((n) => n.cbs_code === g.cbs_code).map((n) => n.naam);
      return { naam: g.naam, url: `/gemeenten/${g.slug}/`, ...(ook.length ? { ook } : {}) };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}
