import type { RowOf } from '../../data/schemas/tables';

type Bron = RowOf<'bronnen'>;

/** The address of a source's own page on this site. */
export const sourcePath = (id: string) => `/bronnen/${id}/`;

/**
 * What a reader must know at the figure about where a number comes from, in words, not only in
 * colour or small print: a source without a public address, or a secondary one (news, a party, an
 * organisation that is not the body concerned). Null for a public primary source.
 */
export function sourceWarning(bron: Pick<Bron, 'url' | 'primair' | 'soort' | 'uitgever'>): string | null {
  const parts: string[] = [];
  if (bron.url === null) parts.push('niet openbaar');
  if (!bron.primair) parts.push(`secundaire bron (${bron.soort}, ${bron.uitgever})`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A source as a chart block names it (see ChartSource in src/charts/shared/figure.ts): its page here, the document, a warning in words. */
export function chartSource(bron: Bron): {
  titel: string;
  href: string;
  url: string | null;
  vindplaats: string | null;
  warning: string | null;
} {
  return {
    titel: bron.titel,
    href: sourcePath(bron.id),
    url: bron.url,
    vindplaats: bron.vindplaats,
    warning: sourceWarning(bron),
  };
}

/** Counts behind every claim the site makes about its sources, computed from the data. */
export interface SourceCounts {
  sources: number;
  publicSources: number;
  secondarySources: number;
  amounts: number;
  amountsFromPublic: number;
  amountsNotPublic: number;
  amountsSecondary: number;
}

/** Every amount on the site (national money, allocations, spending lines, shifts) and the standing of its source. */
export function sourceCounts(data: {
  bronnen: Bron[];
  rijksmiddelen: { bron: string }[];
  toekenningen: { bron: string }[];
  bestedingen: { bron: string; bedrag_eur: number | null }[];
  verschuivingen: { bron: string }[];
}): SourceCounts {
  const byId = new Map(data.bronnen.map((b) => [b.id, b]));
  const amounts = [
    ...data.rijksmiddelen,
    ...data.toekenningen,
    ...data.bestedingen.filter((b) => b.bedrag_eur !== null),
    ...data.verschuivingen,
  ].map((row) => byId.get(row.bron)!);
  return {
    sources: data.bronnen.length,
    publicSources: data.bronnen.filter((b) => b.url !== null).length,
    secondarySources: data.bronnen.filter((b) => !b.primair).length,
    amounts: amounts.length,
    amountsFromPublic: amounts.filter((b) => b.url !== null).length,
    amountsNotPublic: amounts.filter((b) => b.url === null).length,
    amountsSecondary: amounts.filter((b) => !b.primair).length,
  };
}

/** The footer's sentence about the sources, every number in it counted from the data. */
export function sourcesSentence(c: SourceCounts): string {
  const notPublic = c.sources - c.publicSources;
  return (
    `Van de ${c.amounts} bedragen op deze site komen er ${c.amountsFromPublic} uit een document met een openbaar webadres` +
    (c.amountsNotPublic > 0
      ? ` en ${c.amountsNotPublic} uit een stuk zonder openbaar webadres (waar het in te zien is, staat erbij)`
      : '') +
    `; ${c.amountsSecondary} ${c.amountsSecondary === 1 ? 'komt' : 'komen'} uit een secundaire bron, zoals nieuws of een partij. ` +
    `Van alle ${c.sources} bronnen ${notPublic === 1 ? 'heeft er 1' : `hebben er ${notPublic}`} geen openbaar webadres. Bij elk getal staat de bron.`
  );
}
