import { formatEuro } from '../format/money';
import type { Lane, PeriodItem } from './period-lanes';
import type { CompareState } from './compare-state';

/** One amount in the compare data (a toekenning or a current besteding with an amount). */
export interface CompareItem {
  id: string;
  soort: 'toekenning' | 'besteding' | 'verschuiving';
  from: number | null;
  to: number | null;
  per: 'jaar' | 'totaal';
  amount: number;
  label: string;
  kind: string;
  bron: string;
  /** First year carried forward from "structureel" (not stated by the source one by one). */
  doorgetrokkenVanaf?: number;
  /** Said in the table and the download: an older document, years carried forward. */
  toelichting?: string;
}
/** Compare data of one gemeente; `inwoners` by year (CBS, boundaries of that year). */
export interface CompareGemeente {
  slug: string;
  naam: string;
  provincie: string;
  inwoners: Record<string, number>;
  items: CompareItem[];
}

const perInhabitant = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "€ 1,23 per inwoner" (two decimals: amounts per inhabitant are small). */
export function formatPerInhabitant(value: number): string {
  return `${value < 0 ? '− ' : ''}${perInhabitant.format(Math.abs(value))} per inw.`;
}

/**
 * The value of an item in one year per inhabitant, using the population of that same year only.
 * Null with a reason when it cannot be computed honestly.
 */
export function valuePerInhabitant(item: CompareItem, year: number, inwoners: Record<string, number>): { value: number | null; reason: string | null } {
  const pop = inwoners[String(year)];
  if (!pop) return { value: null, reason: 'geen inwonertal' };
  return { value: item.amount / pop, reason: null };
}

/** A compare item as a lane item for the chosen measure. */
export function compareItem(item: CompareItem, g: CompareGemeente, state: CompareState): PeriodItem {
  const base: PeriodItem = { id: item.id, from: item.from, to: item.to, per: item.per, amount: item.amount, label: item.label, kind: item.kind };
  if (state.maat === 'absoluut') return base;
  // Without a year there is no population of the same year: listed beside the chart as it is.
  if (item.from === null) return base;
  const single = item.from !== null && item.from === item.to;
  if (item.per === 'jaar' && item.from !== null) {
    const last = item.to ?? state.tot;
    const yearLabels: Record<number, string> = {};
    const yearMissing: Record<number, boolean> = {};
    for (let year = item.from; year <= last; year++) {
      const { value, reason } = valuePerInhabitant(item, year, g.inwoners);
      const carried = item.doorgetrokkenVanaf !== undefined && year >= item.doorgetrokkenVanaf ? ' (structureel)' : '';
      yearLabels[year] = value === null ? reason! : `${formatPerInhabitant(value)}${carried}`;
      if (value === null) yearMissing[year] = true;
    }
    return { ...base, yearLabels, yearMissing };
  }
  if (item.per === 'totaal' && single) {
    const { value, reason } = valuePerInhabitant(item, item.from!, g.inwoners);
    return value === null ? { ...base, amount: null, label: reason! } : { ...base, label: formatPerInhabitant(value) };
  }
  // A period amount has no single year, so no population of "the same year": not divided.
  return { ...base, label: `${item.label}: periodebedrag, niet per inwoner` };
}

/** One lane per chosen gemeente; a gemeente without amounts says so instead of an empty axis. */
export function compareLanes(data: Map<string, CompareGemeente>, names: Map<string, string>, state: CompareState): Lane[] {
  return state.gemeenten.map((slug) => {
    const g = data.get(slug);
    const label = g?.naam ?? names.get(slug) ?? slug;
    if (!g || g.items.length === 0) return { key: slug, label, items: [], note: 'geen bedragen bekend' };
    return { key: slug, label, items: g.items.map((item) => compareItem(item, g, state)), note: 'geen bedrag in de gekozen jaren' };
  });
}

/** The rows of the compare table/CSV: exactly the items in the chosen lanes, with the value shown per year. */
export function compareRows(data: Map<string, CompareGemeente>, names: Map<string, string>, state: CompareState): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const slug of state.gemeenten) {
    const g = data.get(slug);
    if (!g || g.items.length === 0) {
      rows.push({ gemeente: names.get(slug) ?? slug, soort: '', id: '', jaar_van: '', jaar_tot: '', per: '', bedrag_eur: '', getoond_weergave: 'geen bedragen bekend', bron: '' });
      continue;
    }
    for (const item of g.items) {
      const lane = compareItem(item, g, state);
      const undatedNote = item.from === null && state.maat === 'per-inwoner' ? ' (jaar onbekend, niet per inwoner)' : '';
      const shown = lane.yearLabels ? Object.entries(lane.yearLabels).filter(([y]) => Number(y) >= state.van && Number(y) <= state.tot).map(([y, v]) => `${y}: ${v}`).join('; ') : `${lane.label}${undatedNote}`;
      const note = item.toelichting ? ` [${item.toelichting}]` : '';
      rows.push({ gemeente: g.naam, soort: item.soort, id: item.id, jaar_van: item.from ?? '', jaar_tot: item.to ?? '', per: item.per, bedrag_eur: item.amount, getoond_weergave: `${shown}${note}`.replace(/\u00a0/g, ' '), bron: item.bron });
    }
  }
  return rows;
}

export { formatEuro };
