import type { Dataset } from '../data/load-dataset';
import { plainName } from './plain-name';

export interface AzItem {
  /** The name listed: a gemeente's own name, or another name of it. */
  naam: string;
  url: string;
  /** For another name: the gemeente it points to. */
  target?: string;
  alias: boolean;
  former: boolean;
  /** For another name: the source that gives it. */
  bron?: { titel: string; url: string | null };
}

/**
 * Every gemeente and every other name of one (data/gemeentenamen.csv) under its first letter,
 * A-Z, for the list that works without JavaScript. "'s-Gravenhage" stands under S, as in the
 * CBS list, and "Den Haag" under D with a pointer to it.
 */
export function azGroups(
  dataset: Pick<Dataset, 'gemeenten' | 'gemeentenamen' | 'bronnen'>,
): { letter: string; items: AzItem[] }[] {
  const byCode = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
  const bronnen = new Map(dataset.bronnen.map((b) => [b.id, b]));
  const items: AzItem[] = [
    ...dataset.gemeenten.map((g) => ({
      naam: g.naam,
      url: `/gemeenten/${g.slug}/`,
      alias: false,
      former: g.geldig_tot !== null,
    })),
    ...dataset.gemeentenamen.map((n) => {
      const g = byCode.get(n.cbs_code)!;
      const bron = bronnen.get(n.bron)!;
      return {
        naam: n.naam,
        url: `/gemeenten/${g.slug}/`,
        target: g.naam,
        alias: true,
        former: false,
        bron: { titel: bron.titel, url: bron.url },
      };
    }),
  ];
  const groups = new Map<string, AzItem[]>();
  for (const item of items) {
    const letter = plainName(item.naam).charAt(0).toUpperCase() || '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([letter, list]) => ({
      letter,
      items: list.sort((a, b) => plainName(a.naam).localeCompare(plainName(b.naam), 'nl')),
    }));
}
