/**
 * The words around the per-inhabitant map: its legend or list, and its summary. They never call a
 * derived figure known (issue 23): an amount per inhabitant is our division, and a year reached
 * only by "structureel" is carried forward, not stated.
 */
import type { Precision } from '../../data/schemas/vocab';
import type { ChartSpec } from '../shared/chart-spec';

/** One gemeente's allocation per inhabitant as the model worked it out (never estimated: absent where unknown). */
export interface PerInhabitant {
  perInhabitant: number;
  amount: number;
  inhabitants: number;
  precision: Precision | null;
  bron: string;
}
export type Row = Record<string, string | number>;

/** The colour classes' names, darkest last, in the order of the map's blues. */
const BLUE_NAMES = ['lichtblauw', 'middenblauw', 'blauw', 'donkerblauw'];
export const cents = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * The legend beside the map; with too few values for colour classes there is no map (issue 22),
 * and the values themselves are the list.
 */
export function mapAside(m: {
  year: number;
  total: number;
  known: Map<string, PerInhabitant>;
  carried: Map<string, { label: string }>;
  few: boolean;
  rows: Row[];
  max: number;
  classes: { range: [number | undefined, number | undefined] }[];
  names: (code: string) => string | undefined;
}): ChartSpec['aside'] {
  const { year, total, known, few } = m;
  const carried = [...m.carried].map(
    ([code, c]) =>
      `${m.names(code)}: de bron noemt ${year} niet apart; het bedrag is ${c.label}, doorgetrokken naar ${year}`,
  );
  if (few) {
    if (known.size === 0) return [];
    const list = m.rows.map(
      (r) =>
        `${r.gemeente}: ${r.per_inwoner_weergave} per inwoner (${r.toegekend_weergave} voor ${r.inwoners_weergave} inwoners)`,
    );
    return [{ heading: `Per inwoner in ${year} (onze deling)`, lines: [...list, ...carried] }];
  }
  const legend = [
    ...m.classes.map(
      (c, i) =>
        `${BLUE_NAMES[i]}: ${cents.format(c.range[0] ?? 0)} tot ${cents.format(c.range[1] ?? m.max)} per inwoner`,
    ),
    ...carried,
    `gearceerd: onbekend (${total - known.size} van ${total} gemeenten): geen jaarbedrag van het Rijk met genoemde jaren, een bedrag voor een hele periode, of geen inwonertal van ${year}`,
  ];
  return [{ heading: 'Legenda', lines: legend }];
}

/**
 * What the map shows, in words that never call a derived figure known: an amount per inhabitant is
 * our division, and a year that follows only from "structureel" is carried forward, not stated.
 */
export function mapSummary(count: number, carriedNames: string[], total: number, year: number, drawn = true): string {
  const stated = count - carriedNames.length;
  const hatched = drawn
    ? `De andere gemeenten zijn gearceerd: onbekend, niet € 0.`
    : `Voor de andere is het onbekend, niet € 0.`;
  if (count === 0)
    return `Voor geen enkele gemeente noemt een bron een jaarbedrag van het Rijk dat ${year} dekt; er is niets per inwoner te tonen.`;
  const parts = [
    stated > 0
      ? `Voor ${stated} van ${total} gemeenten noemt een bron een jaarbedrag van het Rijk dat ${year} dekt`
      : `Voor geen enkele gemeente noemt een bron een bedrag van het Rijk voor ${year} zelf`,
    ...(carriedNames.length > 0
      ? [
          `bij ${carriedNames.length === 1 ? `1 gemeente (${carriedNames[0]})` : `${carriedNames.length} gemeenten (${carriedNames.join(', ')})`} is een jaarbedrag uit een eerder jaar doorgetrokken naar ${year}, omdat de bron het "structureel" noemt`,
        ]
      : []),
  ];
  return `${parts.join('; ')}. Het bedrag per inwoner is onze deling door het inwonertal van ${year} (CBS). ${hatched}`;
}
