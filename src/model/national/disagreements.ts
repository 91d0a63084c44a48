import type { RowOf } from '../../data/schemas/tables';

type Rijksmiddel = RowOf<'rijksmiddelen'>;

/** A money stream that sources describe differently, with each source's row, shown once (issue 22). */
export interface Disagreement {
  stroom: string;
  rows: Rijksmiddel[];
}

/** The streams named by more than one source, each once, in order of first mention. */
export function disagreeingStreams(rows: Rijksmiddel[]): Disagreement[] {
  const byStream = new Map<string, Rijksmiddel[]>();
  for (const row of rows) byStream.set(row.stroom, [...(byStream.get(row.stroom) ?? []), row]);
  return [...byStream]
    .filter(([, same]) => new Set(same.map((row) => row.bron)).size > 1)
    .map(([stroom, same]) => ({ stroom, rows: same }));
}

/** The publishers of the national figures, in order of first use: "VNG, Rijksoverheid (rijksfinancien.nl) en Valente". */
export function publishersOf(rows: { bron: string }[], uitgever: (bron: string) => string | undefined): string[] {
  return [...new Set(rows.map((row) => uitgever(row.bron)).filter((name): name is string => name !== undefined))];
}
