import type { GemeenteProfile } from './profile/gemeente-profile';
import { formatAmount } from '../format/money';
import { formatShift, formatYears, lastYear } from '../format/period';

/**
 * One amount in the compare data: an allocation, a current spending line with an amount, or
 * money moved between years. `from`/`to` are the years as the source states them (null: not
 * stated); `per` says whether the amount applies to each year or to the whole span.
 */
export interface CompareItem {
  id: string;
  soort: 'toekenning' | 'besteding' | 'verschuiving';
  from: number | null;
  to: number | null;
  per: 'jaar' | 'totaal';
  amount: number;
  /** The amount as the source states it, with its precision ("ruim € 5.000.000"). */
  amountText: string;
  /** The years in words ("2022 t/m 2027", "vanaf 2022", the source's words when it gives no years). */
  years: string;
  /** A fase for spending lines ('begroot', …), else the soort. */
  kind: string;
  /** What a spending line is for, in the source's words (its actielijn, else its maatregel). */
  name?: string;
  bron: string;
  /** Said with the amount: it comes from an older document, or its later years are carried forward from "structureel". */
  toelichting?: string;
  /** First year that the source does not name but that "structureel" carries the amount into. */
  doorgetrokkenVanaf?: number;
}
/** Compare data of one gemeente; `inwoners` by year (CBS, boundaries of that year). */
export interface CompareGemeente {
  slug: string;
  naam: string;
  provincie: string;
  inwoners: Record<string, number>;
  items: CompareItem[];
}

/** A source as the chart block names it (see chartSource). */
export interface CompareSource {
  titel: string;
  href: string;
  url: string | null;
  vindplaats: string | null;
  warning: string | null;
}

/**
 * The compact data of the compare view: every gemeente's name, the amounts of those that have any,
 * and the sources of those amounts as the chart block names them (so the browser draws the same block as the build).
 */
export interface CompareData {
  jaren: [number, number];
  gemeenten: { slug: string; naam: string; provincie: string }[];
  bedragen: Record<string, CompareGemeente>;
  bronnen: Record<string, CompareSource>;
}

/** Amount items of one gemeente: allocations, current spending lines with an amount (never a replaced one), and shifts. */
export function compareItems(p: Pick<GemeenteProfile, 'toekenningen' | 'current' | 'verschuivingen'>): CompareItem[] {
  const items: CompareItem[] = [];
  const money = (r: (typeof p.toekenningen)[number] | (typeof p.current)[number]) => ({
    from: r.jaar_van,
    // "tot 2027" leaves 2027 out (the period rule): the bar ends at the last year the source ties it to.
    to: lastYear(r),
    per: r.per === 'jaar' ? ('jaar' as const) : ('totaal' as const),
    amount: r.bedrag_eur!,
    amountText: formatAmount(r.bedrag_eur!, r.bedrag_precisie),
    years: formatYears(r),
    bron: r.bron,
    // A year carried forward from "structureel", or an older document's remaining years, is said at the amount (issue 12).
    ...(r.toelichting ? { toelichting: r.toelichting } : {}),
  });
  for (const r of p.toekenningen) {
    if (r.bedrag_eur === null) continue;
    items.push({
      id: r.id,
      soort: 'toekenning',
      kind: 'toekenning',
      ...money(r),
      ...(r.doorgetrokken ? { doorgetrokkenVanaf: r.doorgetrokken.from } : {}),
    });
  }
  for (const r of p.current)
    if (r.bedrag_eur !== null)
      items.push({ id: r.id, soort: 'besteding', kind: r.fase, name: r.actielijn ?? r.maatregel, ...money(r) });
  for (const s of p.verschuivingen) {
    // Money that left one year: placed in that year, with where it went in words.
    items.push({
      id: s.id,
      soort: 'verschuiving',
      kind: 'verschuiving',
      from: s.van_jaar,
      to: s.van_jaar,
      per: 'totaal',
      amount: s.bedrag_eur,
      amountText: formatAmount(s.bedrag_eur, 'exact'),
      years: formatShift(s),
      bron: s.bron,
    });
  }
  return items;
}

/**
 * The compare data (current gemeenten only: the compare view uses 2024 boundaries), built once per
 * build by the site model: the static default view, /vergelijk/gegevens.json and the "vergelijkbare
 * gemeenten" suggestions all read this one object.
 */
export function buildCompareData(
  profiles: Iterable<GemeenteProfile>,
  first: number,
  last: number,
  source: (id: string) => CompareSource,
): CompareData {
  const current = [...profiles]
    .filter((p) => p.gemeente.geldig_tot === null)
    .sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
  const bedragen: Record<string, CompareGemeente> = {};
  for (const p of current) {
    const items = compareItems(p);
    if (items.length === 0) continue;
    bedragen[p.gemeente.slug] = {
      slug: p.gemeente.slug,
      naam: p.gemeente.naam,
      provincie: p.gemeente.provincie,
      inwoners: Object.fromEntries(p.inwoners.map((i) => [String(i.jaar), i.inwoners])),
      items,
    };
  }
  const bronIds = [...new Set(Object.values(bedragen).flatMap((g) => g.items.map((i) => i.bron)))].sort();
  return {
    jaren: [first, last],
    gemeenten: current.map((p) => ({ slug: p.gemeente.slug, naam: p.gemeente.naam, provincie: p.gemeente.provincie })),
    bedragen,
    bronnen: Object.fromEntries(bronIds.map((id) => [id, source(id)])),
  };
}
