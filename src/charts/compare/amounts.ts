/**
 * The comparison: every amount of the chosen gemeenten as one bar, its length the amount, on one
 * scale for the whole chart, so gemeenten can be compared. What the amount covers decides how
 * it is drawn, never how big it is: an amount per year or for one year is a solid bar, an amount
 * for a whole period a hatched bar with "in totaal" in its label, and an amount whose years are
 * not known still gets its bar, labelled so. Nothing is added up and a period amount is never
 * divided over its years (DESIGN.md 2a). Per inhabitant uses the population of the same year
 * only; where that does not exist, or the amount has no single year, the row says why and has
 * no bar. No d3 scale: the same code runs in the browser, and a linear fraction is all it needs.
 */
import type { CompareGemeente, CompareItem, CompareSelection as CompareState } from './input';

/** One amount as the chart shows it. */
export interface AmountRow {
  id: string;
  kind: string;
  bron: string;
  /** Who and which fase: "Van het Rijk", "Gemeente: begroot", "Verschoven". */
  what: string;
  /** What the amount covers: "per jaar, 2022 t/m 2027", "in 2022", "in totaal, 2022 t/m 2027". */
  covers: string;
  /** What a spending line is for ("actielijn 2 Rechtsbescherming"), so two lines of one gemeente tell apart. */
  name: string | null;
  /** 'jaar': per year or for one year (solid bar); 'periode': one amount for a span or unknown years (hatched bar). */
  basis: 'jaar' | 'periode';
  /** The value in the chosen measure; null: no bar, see `note`. */
  value: number | null;
  /** The value as text: "€ 2.932.000", "ruim € 5.000.000", "€ 1,23 per inwoner". */
  valueText: string;
  /** Why there is no bar, or what else to know ("jaar onbekend"). */
  note: string | null;
  /** Per inhabitant: the inhabitants on 1 January the value was divided by, and the year of that count; null otherwise. */
  inhabitants?: { count: number; year: number } | null;
}

export interface AmountGroup {
  slug: string;
  naam: string;
  rows: AmountRow[];
  /** Said instead of rows when there is nothing to show: "geen bedragen bekend". */
  empty: string | null;
}

const WHAT: Record<string, string> = {
  toekenning: 'Van het Rijk',
  gepland: 'Gemeente: gepland',
  begroot: 'Gemeente: begroot',
  besteed: 'Gemeente: besteed',
  onderbesteed: 'Gemeente: niet besteed',
  vrijgevallen: 'Gemeente: vrijgevallen',
  verschuiving: 'Verschoven naar een later jaar',
};

/** An amount per inhabitant to the cent, as the bars and the axis show it. */
export const perInhabitantFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
/** "€ 1,23 per inwoner" (two decimals: amounts per inhabitant are small). */
export function formatPerInhabitant(value: number): string {
  return `${perInhabitantFormat.format(value)} per inwoner`;
}

/** Whether an amount's known years lie wholly outside the chosen years (unknown years never do). */
function outside(item: CompareItem, state: CompareState): boolean {
  if (item.from !== null && item.from > state.tot) return true;
  if (item.to !== null && item.to < state.van) return true;
  return false;
}

/** The rows of one amount in the chosen measure (per inhabitant: one per year for a per-year amount). */
export function amountRows(item: CompareItem, g: Pick<CompareGemeente, 'inwoners'>, state: CompareState): AmountRow[] {
  const single = item.from !== null && item.from === item.to;
  const basis = item.per === 'jaar' || single ? 'jaar' : 'periode';
  const covers =
    item.soort === 'verschuiving'
      ? item.years
      : item.per === 'jaar'
        ? `per jaar, ${item.years}`
        : single
          ? `in ${item.from}`
          : `in totaal, ${item.years}`;
  const base = {
    id: item.id,
    kind: item.kind,
    bron: item.bron,
    what: WHAT[item.kind] ?? item.kind,
    basis,
    covers,
    name: item.name ?? null,
  } as const;
  // In euro every amount has its bar; what it covers ("periode niet vermeld") is in its label.
  if (state.maat === 'absoluut')
    return [{ ...base, value: item.amount, valueText: item.amountText, note: item.toelichting ?? null }];
  const perYear = (year: number, covers: string): AmountRow => {
    const pop = g.inwoners[String(year)];
    // A year the source does not name itself ("structureel" carried forward) says so at its value.
    const carried =
      item.doorgetrokkenVanaf !== undefined && year >= item.doorgetrokkenVanaf
        ? 'structureel, jaar niet in de bron'
        : null;
    return pop
      ? {
          ...base,
          covers,
          value: item.amount / pop,
          valueText: formatPerInhabitant(item.amount / pop),
          note: carried ?? (item.doorgetrokkenVanaf === undefined ? (item.toelichting ?? null) : null),
          inhabitants: { count: pop, year },
        }
      : { ...base, covers, value: null, valueText: item.amountText, note: `geen inwonertal voor ${year}` };
  };
  if (item.per === 'jaar' && item.from !== null) {
    const rows: AmountRow[] = [];
    const last = Math.min(item.to ?? state.tot, state.tot);
    for (let year = Math.max(item.from, state.van); year <= last; year++)
      rows.push(perYear(year, item.soort === 'verschuiving' ? item.years : `per jaar: ${year}`));
    return rows;
  }
  if (single) return [perYear(item.from!, covers)];
  // No single year, so no population of "the same year": shown as stated, not divided.
  const note = item.per === 'jaar' ? 'jaren onbekend, niet per inwoner' : 'periodebedrag, niet per inwoner';
  return [{ ...base, value: null, valueText: item.amountText, note }];
}

/** The groups of the chart, one per chosen gemeente, and the amounts that fall outside the chosen years. */
export function compareAmounts(
  data: Map<string, CompareGemeente>,
  names: Map<string, string>,
  state: CompareState,
): { groups: AmountGroup[]; outside: { naam: string; item: CompareItem }[] } {
  const away: { naam: string; item: CompareItem }[] = [];
  const groups = state.gemeenten.map((slug): AmountGroup => {
    const g = data.get(slug);
    const naam = g?.naam ?? names.get(slug) ?? slug;
    if (!g || g.items.length === 0) return { slug, naam, rows: [], empty: 'geen bedragen bekend' };
    const rows: AmountRow[] = [];
    for (const item of g.items) {
      if (outside(item, state)) away.push({ naam, item });
      else rows.push(...amountRows(item, g, state));
    }
    return { slug, naam, rows, empty: rows.length === 0 ? 'geen bedrag in de gekozen jaren' : null };
  });
  return { groups, outside: away };
}
