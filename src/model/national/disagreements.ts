import type { RowOf } from '../../data/schemas/tables';

type Rijksmiddel = RowOf<'rijksmiddelen'>;

/**
 * Rows about the same money stream (the same `stroom`) from other sources. Where sources disagree
 * (a start year, whether it is part of a total) the site shows each with its own quote and never
 * picks one: this tells each row which others to show beside it.
 */
export function otherSourcesOfStream(rows: Rijksmiddel[]): Map<string, Rijksmiddel[]> {
  const byStream = new Map<string, Rijksmiddel[]>();
  for (const row of rows) byStream.set(row.stroom, [...(byStream.get(row.stroom) ?? []), row]);
  const others = new Map<string, Rijksmiddel[]>();
  for (const row of rows) {
    const same = (byStream.get(row.stroom) ?? []).filter((other) => other.id !== row.id && other.bron !== row.bron);
    if (same.length > 0) others.set(row.id, same);
  }
  return others;
}

/** The publishers of the national figures, in order of first use: "VNG, Rijksoverheid (rijksfinancien.nl) en Valente". */
export function publishersOf(rows: { bron: string }[], uitgever: (bron: string) => string | undefined): string[] {
  return [...new Set(rows.map((row) => uitgever(row.bron)).filter((name): name is string => name !== undefined))];
}
