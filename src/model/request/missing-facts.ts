/*
 * What the site knows about one gemeente's POK money, and exactly what it does not: the facts a
 * request for documents (a Woo-verzoek, a council member's written questions) asks for. Pure:
 * the gemeente page's section, the request page and the unit tests all read it from here.
 */
import type { RowOf } from '../../data/schemas/tables';
import type { GemeenteProfile } from '../profile/gemeente-profile';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';

/** The kinds of fact a request asks for, in the order the texts ask for them. */
export const MISSING_KINDS = ['toekenning', 'plan', 'begroting', 'besteding', 'besluiten', 'resultaten'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

/** How each missing kind is named on the page and in both texts (the tests look for these words). */
export const MISSING_LABELS: Record<MissingKind, string> = {
  toekenning: 'het geld van het Rijk per jaar (toekenning)',
  plan: 'het bestedingsplan',
  begroting: 'de begroting per jaar',
  besteding: 'de werkelijke besteding per jaar',
  besluiten: 'de besluiten van college en raad',
  resultaten: 'de gemelde resultaten',
};

/** One missing kind of fact, and for the kinds that go per year, the years it is missing for. */
export interface MissingFact {
  kind: MissingKind;
  label: string;
  /** Years of the POK money without this fact; null for kinds that do not go per year. */
  years: number[] | null;
}

/** A year range as the rows hold it; jaar_tot null is open-ended. */
interface Period {
  jaar_van: number | null;
  jaar_tot: number | null;
}

/** The years of the POK money a gemeente existed in: a former gemeente until it merged, a new one from its start. */
export function pokYears(gemeente: Pick<RowOf<'gemeenten'>, 'geldig_vanaf' | 'geldig_tot'>): number[] {
  const first = Math.max(YEAR_MIN, gemeente.geldig_vanaf ? Number(gemeente.geldig_vanaf.slice(0, 4)) : YEAR_MIN);
  const last = Math.min(YEAR_MAX, gemeente.geldig_tot ? Number(gemeente.geldig_tot.slice(0, 4)) : YEAR_MAX);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * The years a row states a fact for: its range; with no end year it is open-ended (as the page
 * says, "vanaf 2022") and runs to the last year of the POK money. A row without a first year
 * names no year, so it covers none.
 */
export function coveredYears(row: Period): number[] {
  if (row.jaar_van === null) return [];
  const last = row.jaar_tot ?? YEAR_MAX;
  return Array.from({ length: Math.max(0, last - row.jaar_van + 1) }, (_, i) => row.jaar_van! + i);
}

/** The years among `years` that no row covers. */
const uncovered = (years: number[], rows: Period[]) => {
  const covered = new Set(rows.flatMap(coveredYears));
  return years.filter((year) => !covered.has(year));
};

/**
 * Exactly what is missing for a gemeente, per kind: the years without an allocation, a budget or
 * actual spending; no spending plan (no planned line and no decision about a plan); no decisions;
 * no reported results. Only what data/ does not hold: a known fact is never asked for again.
 */
export function missingFacts(
  profile: Pick<GemeenteProfile, 'gemeente' | 'toekenningen' | 'bestedingen' | 'besluiten' | 'resultaten'>,
): MissingFact[] {
  const years = pokYears(profile.gemeente);
  if (years.length === 0) return [];
  const phase = (...fases: string[]) => profile.bestedingen.filter((b) => fases.includes(b.fase));
  const perYear: [MissingKind, number[]][] = [
    ['toekenning', uncovered(years, profile.toekenningen)],
    ['begroting', uncovered(years, phase('begroot'))],
    ['besteding', uncovered(years, phase('besteed'))],
  ];
  const hasPlan = phase('gepland').length > 0 || profile.besluiten.some((b) => b.onderwerp === 'plan');
  const missing = new Map<MissingKind, number[] | null>([
    ...perYear.filter(([, open]) => open.length > 0),
    ...(!hasPlan ? [['plan', null] as [MissingKind, null]] : []),
    ...(profile.besluiten.length === 0 ? [['besluiten', null] as [MissingKind, null]] : []),
    ...(profile.resultaten.length === 0 ? [['resultaten', null] as [MissingKind, null]] : []),
  ]);
  return MISSING_KINDS.filter((kind) => missing.has(kind)).map((kind) => ({
    kind,
    label: MISSING_LABELS[kind],
    years: missing.get(kind)!,
  }));
}

/** Years as a Dutch phrase: "2021 tot en met 2027", "2021, 2023 en 2025", "2024". */
export function yearsText(years: number[]): string {
  if (years.length === 0) return '';
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1] + 1);
  if (consecutive && years.length > 2) return `${years[0]} tot en met ${years[years.length - 1]}`;
  if (years.length === 1) return String(years[0]);
  return `${years.slice(0, -1).join(', ')} en ${years[years.length - 1]}`;
}
