import { plainName } from './plain-name';

/** A gemeente as the search knows it: its name, page, and the other names people use for it. */
export interface NameEntry {
  naam: string;
  url: string;
  /** Other names from data/gemeentenamen.csv ("Den Haag" for 's-Gravenhage). */
  ook?: string[];
}

/** A gemeente found for a query, and the other name it was found by (null: by its own name). */
export interface GemeenteHit {
  entry: NameEntry;
  via: string | null;
  rank: number;
}

/**
 * How well a name fits a query, lower is better: 0 the name itself, 1 the name starts with the
 * query, 2 a later word of the name starts with it ("haag" in "Den Haag"), 3 the query is
 * elsewhere inside the name (only for queries of 3 characters or more, so "en" finds no list
 * of every name with "en" in it); null when it does not fit.
 */
function fit(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((word, i) => i > 0 && word.startsWith(query)) || name.includes(` ${query}`)) return 2;
  if (query.length >= 3 && name.includes(query)) return 3;
  return null;
}

/**
 * The gemeenten a query finds, best first: by how well their own name fits, or else one of
 * their other names (a little lower than the same fit of the own name), then by name. Accents,
 * apostrophes, hyphens and case do not matter, so "s-hertogenbosch" finds 's-Hertogenbosch.
 */
export function matchGemeenten(entries: readonly NameEntry[], query: string): GemeenteHit[] {
  const q = plainName(query);
  if (q.length === 0) return [];
  const hits: GemeenteHit[] = [];
  for (const entry of entries) {
    const own = fit(plainName(entry.naam), q);
    let best: GemeenteHit | null = own === null ? null : { entry, via: null, rank: own * 2 };
    for (const other of entry.ook ?? []) {
      const f = fit(plainName(other), q);
      if (f !== null && (best === null || f * 2 + 1 < best.rank)) best = { entry, via: other, rank: f * 2 + 1 };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => a.rank - b.rank || a.entry.naam.localeCompare(b.entry.naam, 'nl'));
}

/** The gemeente a query names exactly, by its own name or one of its other names; else null. */
export function exactGemeente(entries: readonly NameEntry[], query: string): NameEntry | null {
  const best = matchGemeenten(entries, query)[0];
  return best && best.rank <= 1 ? best.entry : null;
}
