import { layoutPeriodLanes } from './layout';
import type { Lane, LanesLayout } from './layout';
import type { GemeenteLanesInput } from './input';
import { aimLanes, moneyLanes } from './money-lanes';
import { renderLanesSvg, renderNarrowLanesSvg } from './render';
import { aimSummary, moneySummary } from './summaries';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { useTranslations } from '../../i18n/ui';
import type { ChartColumn, ChartSpec } from '../shared/chart-spec';
import { chartSpec } from '../shared/chart-spec';
import { plain } from '../shared/svg';

const t = useTranslations('nl');
const aimLabel = (aim: string) => t(`aim.${aim}` as Parameters<typeof t>[0]);

const LANE_COLUMNS: ChartColumn[] = [
  { key: 'reeks', label: 'Reeks' },
  { key: 'id', label: 'Regel' },
  { key: 'jaar_van', label: 'Van', numeric: 'integer' },
  { key: 'jaar_tot', label: 'Tot en met', numeric: 'integer' },
  { key: 'per', label: 'Per' },
  { key: 'bedrag_eur', label: 'Bedrag (euro)', numeric: 'integer' },
  // Whether the source names an amount: the amount column stays a number, or empty.
  { key: 'bedrag_status', label: 'Bedrag' },
  { key: 'getoond_als', label: 'Getoond als' },
  { key: 'toelichting', label: 'Toelichting' },
  { key: 'bron', label: 'Bron' },
];

/** The rows behind a lanes chart: every item of every lane, including those listed beside it. */
function laneRows(lanes: Lane[], layout: LanesLayout, bronOf: Map<string, string>) {
  const undated = new Map(layout.undated.map((u) => [u.id, u.reason]));
  return lanes.flatMap((lane) =>
    lane.items.map((item) => ({
      reeks: lane.label,
      id: item.id.replace(/-(uit|naar)$/, ''),
      jaar_van: item.from ?? '',
      jaar_tot: item.to ?? '',
      per: (item.perBron !== undefined ? item.perBron : item.per) ?? '',
      bedrag_eur: item.amount ?? '',
      bedrag_status: item.amount === null ? 'niet gemeld' : 'gemeld',
      getoond_als: undated.get(item.id) ?? (item.per === 'jaar' ? 'elk jaar van de reeks' : 'één bedrag voor de hele periode'),
      toelichting: item.note ?? '',
      bron: bronOf.get(item.id.replace(/-(uit|naar)$/, '')) ?? '',
    })),
  );
}

function undatedAside(layout: LanesLayout) {
  if (layout.undated.length === 0) return [];
  return [{ heading: 'Jaar onbekend (niet in de grafiek te plaatsen)', lines: layout.undated.map((u) => plain(`${u.lane}: ${u.name ? `${u.name}: ` : ''}${u.label} (${u.reason})`)) }];
}

/** Items of older documents and years carried forward, said beside the chart as well as in its data. */
function notesAside(lanes: Lane[]) {
  const lines = [...new Set(lanes.flatMap((lane) => lane.items.filter((item) => item.note).map((item) => plain(`${item.name ? `${item.name}: ` : ''}${item.label}: ${item.note}`))))];
  return lines.length > 0 ? [{ heading: 'Let op bij deze bedragen', lines }] : [];
}

/** The sentence that replaces a lanes chart in which not one line could be placed on the year axis. */
function nothingDated(layout: LanesLayout, sentence: string): string | undefined {
  return layout.lanes.every((lane) => lane.empty) ? sentence : undefined;
}

/** The sources of a gemeente's amounts and lines, by row id. */
const bronOf = (p: GemeenteLanesInput) => new Map<string, string>([...p.toekenningen, ...p.bestedingen, ...p.verschuivingen].map((r) => [r.id, r.bron]));

/** The gemeente's money per year: the Rijk's amounts, its own lines and its shifts, one lane each. */
export function moneyLanesChart(p: GemeenteLanesInput, publisher?: (bron: string) => string | undefined): ChartSpec | null {
  const { naam, slug } = p.gemeente;
  const money = { toekenningen: p.toekenningen, current: p.current, verschuivingen: p.verschuivingen };
  const lanes = moneyLanes(money);
  if (lanes.length === 0) return null;
  const layout = layoutPeriodLanes(lanes, YEAR_MIN, YEAR_MAX);
  const title = `Geld van het Rijk en bestedingen van ${naam} per jaar`;
  const summary = plain(moneySummary(naam, money, publisher));
  const replaced = p.replacedWhole;
  const aside = [...undatedAside(layout), ...notesAside(lanes)];
  if (replaced > 0) aside.push({ heading: 'Vervangen regels', lines: [`${replaced} oudere ${replaced === 1 ? 'regel is' : 'regels zijn'} vervangen door een nieuwer stuk en ${replaced === 1 ? 'staat' : 'staan'} niet in de grafiek (zie de tabel Wat de gemeente ermee doet).`] });
  const sources = bronOf(p);
  return chartSpec({
    id: 'grafiek-geld-per-jaar',
    file: `${slug}-geld-per-jaar`,
    title,
    summary,
    svg: renderLanesSvg(layout, { id: `${slug}-gpj`, title, desc: summary }),
    svgNarrow: renderNarrowLanesSvg(lanes, YEAR_MIN, YEAR_MAX, { id: `${slug}-gpj`, title, desc: summary }),
    nothingToDraw: nothingDated(layout, `Van geen van deze bedragen van ${naam} is bekend in welk jaar ze vallen, dus er is geen grafiek; ze staan in de tabellen hieronder.`),
    columns: LANE_COLUMNS,
    rows: laneRows(lanes, layout, sources),
    bronIds: sources.values(),
    aside,
  });
}

/** The gemeente's current plans and spending lines, one lane per aim. */
export function aimLanesChart(p: GemeenteLanesInput): ChartSpec | null {
  const { naam, slug } = p.gemeente;
  const spending = p.current;
  if (spending.length === 0) return null;
  const aims = aimLanes(spending, aimLabel);
  const layout = layoutPeriodLanes(aims, YEAR_MIN, YEAR_MAX);
  const title = `Plannen en bestedingen van ${naam} per doel`;
  const summary = plain(aimSummary(naam, spending, aimLabel));
  return chartSpec({
    id: 'grafiek-doelen',
    file: `${slug}-doelen`,
    title,
    summary,
    svg: renderLanesSvg(layout, { id: `${slug}-dl`, title, desc: summary }),
    svgNarrow: renderNarrowLanesSvg(aims, YEAR_MIN, YEAR_MAX, { id: `${slug}-dl`, title, desc: summary }),
    nothingToDraw: nothingDated(layout, `Geen van de ${spending.length} ${spending.length === 1 ? 'plan of besteding' : 'plannen en bestedingen'} van ${naam} noemt een jaar, dus er is geen grafiek per doel; ze staan onder "Wat de gemeente ermee doet".`),
    columns: LANE_COLUMNS,
    rows: laneRows(aims, layout, bronOf(p)),
    bronIds: spending.map((b) => b.bron),
    aside: [...undatedAside(layout), ...notesAside(aims)],
  });
}
