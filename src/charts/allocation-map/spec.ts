import { scaleQuantize } from 'd3-scale';
import { gemeenteMap } from '../map/topology';
import { esc } from '../shared/svg';
import { formatEuro, formatNumber } from '../../format/money';
import { mapSvgHead, mapSymbol } from '../map/svg';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';
import type { MapLayout } from '../map/layout';
import { cents, mapAside, mapSummary } from './words';
import type { PerInhabitant, Row } from './words';

type Known = { value: PerInhabitant; carried: { label: string } | null };

/** What the map reads: the known values of one year by cbs_code, every gemeente's name and page, and the sources there are. */
export interface AllocationMapInput {
  perInhabitant: { year: number; known: Map<string, Known> };
  profiles: Map<string, { gemeente: { naam: string; slug: string } }>;
  bronnen: Map<string, unknown>;
}

// ColorBrewer "Blues": sequential, colour-blind safe; the darkest classes carry a white symbol.
const BLUES = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
/** Below this many known values a colour scale would be drawn from one or two numbers: the map then marks them and lists them. */
const MIN_FOR_CLASSES = 8;
const PRECISION_WORD: Record<string, string> = { afgerond: 'ongeveer ', minimaal: 'ruim ', maximaal: 'tot maximaal ' };
const perInhabitantLabel = (a: PerInhabitant) =>
  `${PRECISION_WORD[a.precision ?? ''] ?? ''}${cents.format(a.perInhabitant)}`;

/** The known values on the map's shapes, and those whose year follows only from "structureel". */
function knownValues(layout: MapLayout, data: AllocationMapInput) {
  const known = new Map<string, PerInhabitant>();
  const carried = new Map<string, { label: string }>();
  for (const shape of layout.shapes) {
    const found = data.perInhabitant.known.get(shape.code);
    if (!found) continue;
    known.set(shape.code, found.value);
    if (found.carried) carried.set(shape.code, found.carried);
  }
  return { known, carried };
}

/** The row of a gemeente with a known value: the numbers for the CSV and the text for the page. */
function knownRow(
  p: { gemeente: { naam: string } },
  code: string,
  year: number,
  value: PerInhabitant,
  c: { label: string } | undefined,
): Row {
  return {
    gemeente: p.gemeente.naam,
    cbs_code: code,
    jaar: year,
    toegekend_per_jaar_eur: value.amount,
    toegekend_weergave: formatEuro(value.amount),
    inwoners: value.inhabitants,
    inwoners_jaar: year,
    inwoners_weergave: formatNumber(value.inhabitants),
    // Rounded to whole cents, as shown; the precision of the amount in its own column.
    per_inwoner_eur: Math.round(value.perInhabitant * 100) / 100,
    bedrag_precisie: value.precision ?? '',
    per_inwoner_weergave: perInhabitantLabel(value),
    jaar_in_bron: c ? `nee: ${c.label}, doorgetrokken naar ${year}` : 'ja',
  };
}

/** The map's SVG and the rows of the known values, sorted by name. */
function drawMap(
  layout: MapLayout,
  data: AllocationMapInput,
  year: number,
  title: string,
  { known, carried }: ReturnType<typeof knownValues>,
  fillOf: (v: PerInhabitant) => string,
) {
  const profiles = data.profiles;
  const out = mapSvgHead(layout, 'kaart-per-inwoner', title);
  const unknownLinks: string[] = [];
  const knownLinks: string[] = [];
  const rows: Row[] = [];
  for (const shape of layout.shapes) {
    const p = profiles.get(shape.code);
    if (!p) continue;
    const value = known.get(shape.code);
    const c = carried.get(shape.code);
    const label = value
      ? `${p.gemeente.naam}: ${perInhabitantLabel(value)} per inwoner in ${year}${c ? ` (${c.label})` : ''}`
      : `${p.gemeente.naam}: onbekend`;
    const link = `<a href="/gemeenten/${p.gemeente.slug}/" aria-label="${esc(label)}"><path d="${shape.d}" data-code="${shape.code}"${value ? ` fill="${fillOf(value)}"` : ''}/></a>`;
    if (value) {
      knownLinks.push(link);
      rows.push(knownRow(p, shape.code, year, value, c));
    } else unknownLinks.push(link);
  }
  // Unknown first, so the known shapes (and their outlines) are drawn on top.
  out.push(
    `<g fill="url(#kaart-per-inwoner-hatch)" stroke="#fff" stroke-width="0.3" data-measure="onbekend">${unknownLinks.join('')}</g>`,
  );
  out.push(`<g stroke="#1b1b1b" stroke-width="0.6" data-measure="bekend">${knownLinks.join('')}</g>`);
  // A symbol on each known shape: the difference with "onbekend" does not rest on colour alone.
  for (const shape of layout.shapes) {
    if (!known.has(shape.code)) continue;
    const [cx, cy] = shape.centroid;
    out.push(mapSymbol(cx, cy, '●'));
  }
  out.push('</svg>');
  rows.sort((a, b) => String(a.gemeente).localeCompare(String(b.gemeente), 'nl'));
  return { svg: out.join(''), rows, profiles };
}

const columns = (year: number): ChartSpec['columns'] => [
  { key: 'gemeente', label: 'Gemeente' },
  { key: 'cbs_code', label: 'CBS-code' },
  { key: 'jaar', label: 'Jaar', numeric: 'integer' },
  // The CSV has the numbers and the display text; the page's table shows the display text.
  { key: 'toegekend_per_jaar_eur', label: 'Van het Rijk per jaar (euro)', numeric: 'integer', only: 'csv' },
  { key: 'toegekend_weergave', label: 'Van het Rijk (per jaar)', only: 'table' },
  { key: 'inwoners', label: 'Inwoners op 1 januari', numeric: 'integer', only: 'csv' },
  // Per inhabitant uses the count of the same year; the CSV says which year, as the compare CSV does.
  { key: 'inwoners_jaar', label: 'Inwoners geteld op 1 januari van', numeric: 'integer', only: 'csv' },
  { key: 'inwoners_weergave', label: 'Inwoners op 1 januari', only: 'table' },
  { key: 'per_inwoner_eur', label: 'Per inwoner (euro)', numeric: 'decimal', only: 'csv' },
  { key: 'bedrag_precisie', label: 'Precisie van het bedrag', only: 'csv' },
  { key: 'per_inwoner_weergave', label: 'Per inwoner' },
  { key: 'jaar_in_bron', label: `Noemt de bron ${year}?` },
];

/**
 * The map by a measure, only where it is known: the Rijk's allocation per inhabitant in the last
 * year with CBS population figures. Every other gemeente is drawn hatched as "onbekend", never as 0.
 */
export function allocationMapChart(data: AllocationMapInput): ChartSpec {
  const { year } = data.perInhabitant;
  const layout = gemeenteMap();
  const values = knownValues(layout, data);
  const { known, carried } = values;
  const numbers = [...known.values()].map((v) => v.perInhabitant);
  const max = numbers.length > 0 ? Math.max(...numbers) : 1;
  const colour = scaleQuantize<string>().domain([0, max]).range(BLUES);
  const classes = BLUES.map((fill) => ({ fill, range: colour.invertExtent(fill) }));
  const few = known.size < MIN_FOR_CLASSES;
  const title = `Kaart: geld van het Rijk per inwoner in ${year}`;
  const total = layout.shapes.length;
  const carriedNames = [...carried.keys()].map((code) => data.profiles.get(code)?.gemeente.naam ?? code);
  const summary = mapSummary(known.size, carriedNames, total, year, !few);
  const { svg, rows, profiles } = drawMap(layout, data, year, title, values, (v) =>
    few ? BLUES[2] : colour(v.perInhabitant),
  );
  return nationalChart({
    id: 'grafiek-kaart-per-inwoner',
    file: 'kaart-per-inwoner',
    title,
    summary,
    svg,
    columns: columns(year),
    rows,
    // A map with a handful of coloured gemeenten in 342 hatched ones says less than the list of
    // those values (issue 22): below MIN_FOR_CLASSES the values are a list, the map is not drawn.
    nothingToDraw: known.size === 0 ? summary : few ? `${summary} Te weinig voor een kaart; dit zijn ze:` : undefined,
    bronIds: [
      ...[...known.values()].map((v) => v.bron),
      `cbs-kwb-${year}`,
      `cbs-bevolking-${year}`,
      'cbs-gebiedsindeling-2024',
    ].filter((id) => data.bronnen.has(id)),
    aside: mapAside({
      year,
      total,
      known,
      carried,
      few,
      rows,
      max,
      classes,
      names: (code) => profiles.get(code)?.gemeente.naam,
    }),
  });
}
