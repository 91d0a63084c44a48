import type { Dataset } from '../../data/load-dataset';
import { formatAmount, formatEuro, formatRange } from '../../format/money';
import { formatPer, formatShift, formatYears } from '../../format/period';
import { formatDate, formatSearchDate } from '../../format/date';

/** One place on the site where a source is cited: a figure, a decision, a mention, a population figure. */
export interface Citation {
  /** The table the cited row is in (toekenningen, besluiten, ...). */
  table: string;
  id: string;
  /** What the reader sees there, in one line. */
  label: string;
  href: string;
}

/** What a kind of citation is called on the source page, in the order the page lists them. */
export const CITATION_KINDS: Record<string, string> = {
  rijksmiddelen: 'Landelijk geld',
  toekenningen: 'Geld van het Rijk aan een gemeente',
  bestedingen: 'Plannen, begrotingen en bestedingen',
  verschuivingen: 'Geld verschoven tussen jaren',
  besluiten: 'Besluiten',
  resultaten: 'Resultaten',
  vermeldingen: 'Vermeldingen',
  inwoners: 'Inwonertallen',
  gemeenten: 'Gemeenten (codes, namen en grenzen)',
  gemeentenamen: 'Andere namen van gemeenten (voor het zoeken)',
  onderzocht: 'Zoektochten van de redactie',
  verzoekwegen: 'Hoe u stukken opvraagt bij een gemeente',
};

type Add = (bron: string | null, citation: Citation) => void;
interface Places {
  page: (code: string) => string;
  naam: (code: string) => string;
}

/** The amounts: national money, allocations, spending lines, shifts. */
function moneyCitations(dataset: Dataset, add: Add, { page, naam }: Places) {
  for (const r of dataset.rijksmiddelen) {
    const amount =
      r.bedrag_eur !== null ? formatAmount(r.bedrag_eur, r.bedrag_precisie) : formatRange(r.bedrag_min!, r.bedrag_max!);
    add(r.bron, {
      table: 'rijksmiddelen',
      id: r.id,
      label: `${r.stroom}: ${amount} ${formatPer(r.per)}, ${formatYears(r)}`,
      href: `/rijksgeld/#rijksmiddel-${r.id}`,
    });
  }
  for (const r of dataset.toekenningen) {
    add(r.bron, {
      table: 'toekenningen',
      id: r.id,
      label: `${naam(r.cbs_code)}: ${formatAmount(r.bedrag_eur, r.bedrag_precisie)} ${formatPer(r.per)}, ${formatYears(r)}`,
      href: `${page(r.cbs_code)}#toekenning-${r.id}`,
    });
  }
  for (const r of dataset.bestedingen) {
    const amount =
      r.bedrag_eur === null
        ? 'geen bedrag genoemd'
        : `${formatAmount(r.bedrag_eur, r.bedrag_precisie)} ${formatPer(r.per)}`;
    add(r.bron, {
      table: 'bestedingen',
      id: r.id,
      label: `${naam(r.cbs_code)}: ${r.maatregel} (${amount}, ${formatYears(r)})`,
      href: `${page(r.cbs_code)}#besteding-${r.id}`,
    });
  }
  for (const r of dataset.verschuivingen) {
    add(r.bron, {
      table: 'verschuivingen',
      id: r.id,
      label: `${naam(r.cbs_code)}: ${formatEuro(r.bedrag_eur)} ${formatShift(r)}`,
      href: `${page(r.cbs_code)}#verschuiving-${r.id}`,
    });
  }
}

/** Decisions (newest first), results, mentions, and the rows about the gemeenten themselves. */
function otherCitations(dataset: Dataset, add: Add, { page, naam }: Places) {
  for (const r of [...dataset.besluiten].sort((a, b) => (a.datum < b.datum ? 1 : a.datum > b.datum ? -1 : 0))) {
    add(r.bron, {
      table: 'besluiten',
      id: r.id,
      label: `${naam(r.cbs_code)}, ${formatDate(r.datum)}: ${r.strekking}`,
      href: `/besluiten/${r.id}/`,
    });
  }
  for (const r of dataset.resultaten)
    add(r.bron, {
      table: 'resultaten',
      id: r.id,
      label: `${naam(r.cbs_code)}, ${r.jaar}: ${r.omschrijving}`,
      href: `${page(r.cbs_code)}#resultaat-${r.id}`,
    });
  for (const r of dataset.vermeldingen)
    add(r.bron, {
      table: 'vermeldingen',
      id: r.id,
      label: `${naam(r.cbs_code)}: ${r.omschrijving}`,
      href: `${page(r.cbs_code)}#vermelding-${r.id}`,
    });
  for (const r of dataset.inwoners) {
    add(r.bron, {
      table: 'inwoners',
      id: `${r.cbs_code}-${r.jaar}`,
      label: `${naam(r.cbs_code)}, ${r.jaar}`,
      href: `${page(r.cbs_code)}#inwoners`,
    });
  }
  for (const g of dataset.gemeenten)
    add(g.bron, { table: 'gemeenten', id: g.cbs_code, label: g.naam, href: page(g.cbs_code) });
  for (const r of dataset.gemeentenamen)
    add(r.bron, {
      table: 'gemeentenamen',
      id: `${r.cbs_code}-${r.naam}`,
      label: `${naam(r.cbs_code)}, ook gezocht als ${r.naam}`,
      href: page(r.cbs_code),
    });
  for (const r of dataset.onderzocht)
    add(r.bron, {
      table: 'onderzocht',
      id: `${r.cbs_code}-${r.bron}`,
      label: `${naam(r.cbs_code)}, ${formatSearchDate(r.datum)}: ${r.resultaat}`,
      href: `${page(r.cbs_code)}#onderzoek`,
    });
  for (const r of dataset.verzoekwegen) {
    const what =
      r.soort === 'woo-verzoek' ? 'hoe u een Woo-verzoek indient' : 'hoe schriftelijke vragen van raadsleden gaan';
    add(r.bron, {
      table: 'verzoekwegen',
      id: `${r.cbs_code}-${r.soort}`,
      label: `${naam(r.cbs_code)}: ${what}`,
      href: `${page(r.cbs_code)}opvragen/#${r.soort === 'woo-verzoek' ? 'woo-verzoek' : 'schriftelijke-vragen'}`,
    });
  }
}

/**
 * Every place each source is cited, keyed by source id: each figure and decision with a link to
 * where it stands on the site (the gemeente page's row anchor, the decision page, the national
 * table). Built once per build from the data, so a source page can never miss a figure.
 */
export function citationsBySource(dataset: Dataset): Map<string, Citation[]> {
  const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
  const page = (code: string) => `/gemeenten/${gemeenten.get(code)!.slug}/`;
  const naam = (code: string) => gemeenten.get(code)!.naam;
  const result = new Map<string, Citation[]>();
  const add: Add = (bron, citation) => {
    if (bron === null) return;
    const list = result.get(bron);
    if (list) list.push(citation);
    else result.set(bron, [citation]);
  };
  moneyCitations(dataset, add, { page, naam });
  otherCitations(dataset, add, { page, naam });
  return result;
}
