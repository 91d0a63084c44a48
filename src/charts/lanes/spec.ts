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

/** The rows behind a lanes chart: every item of every lane, including those listed beside it or only in the table. */
function laneRows(lanes: Lane[], layout: LanesLayout, bronOf: Map<string, string>) {
  const undated = new Map(layout.undated.map((u) => [u.id, u.reason]));
  const drawnLanes = new Set(layout.lanes.map((lane) => lane.key));
  return lanes.flatMap((lane) =>
    lane.items.map((item) => ({
      reeks: lane.label,
      id: item.id.replace(/-(uit|naar)$/, ''),
      jaar_van: item.from ?? '',
      jaar_tot: item.to ?? '',
      per: (item.perBron !== undefined ? item.perBron : item.per) ?? '',
      bedrag_eur: item.amount ?? '',
      bedrag_status: item.amount === null ? 'niet gemeld' : 'gemeld',
      getoond_als: !drawnLanes.has(lane.key)
        ? NOT_DRAWN
        : (undated.get(item.id) ?? (item.per === 'jaar' ? 'elk jaar van de reeks' : 'één bedrag voor de hele periode')),
      toelichting: item.note ?? '',
      bron: bronOf.get(item.id.replace(/-(uit|naar)$/, '')) ?? '',
    })),
  );
}

const NOT_DRAWN = 'alleen in de tabel: geen bedrag met een bekend jaar in deze reeks';

/**
 * A lane is drawn only when it shows at least one known amount in a known year (issue 22): a lane
 * of "niet gemeld" or "jaar onbekend" alone said nothing the table does not say better.
 */
const drawable = (lane: Lane) => lane.items.some((item) => item.amount !== null && item.from !== null);

/**
 * What the drawing leaves out, in one place: known amounts without a year by name (they are facts),
 * the lines without amount or year counted, all in the table.
 */
function notDrawnAside(lanes: Lane[], layout: LanesLayout) {
  const drawn = new Set(layout.lanes.map((lane) => lane.key));
  const left = lanes
    .filter((lane) => !drawn.has(lane.key))
    .flatMap((lane) => lane.items.map((item) => ({ lane: lane.label, item })));
  const undated = new Set(layout.undated.map((u) => u.id));
  const inDrawn = lanes
    .filter((lane) => drawn.has(lane.key))
    .flatMap((lane) => lane.items.filter((item) => undated.has(item.id)).map((item) => ({ lane: lane.label, item })));
  const all = [...left, ...inDrawn];
  if (all.length === 0) return [];
  const known = all.filter(({ item }) => item.amount !== null);
  const rest = all.length - known.length;
  const lines = known.map(({ lane, item }) =>
    plain(
      `${lane}: ${item.name ? `${item.name}: ` : ''}${item.label} (${item.from === null ? 'jaar niet genoemd' : 'buiten de jaren van de grafiek'})`,
    ),
  );
  if (rest > 0)
    lines.push(
      `${rest} ${rest === 1 ? 'regel zonder bedrag of zonder jaar staat' : 'regels zonder bedrag of zonder jaar staan'} alleen in de tabel.`,
    );
  return [{ heading: 'Niet in de grafiek', lines }];
}

/** Items of older documents and years carried forward, said beside the chart as well as in its data. */
function notesAside(lanes: Lane[]) {
  const lines = [
    ...new Set(
      lanes.flatMap((lane) =>
        lane.items
          .filter((item) => item.note)
          .map((item) => plain(`${item.name ? `${item.name}: ` : ''}${item.label}: ${item.note}`)),
      ),
    ),
  ];
  return lines.length > 0 ? [{ heading: 'Let op bij deze bedragen', lines }] : [];
}

/** The sources of a gemeente's amounts and lines, by row id. */
const bronOf = (p: GemeenteLanesInput) =>
  new Map<string, string>([...p.toekenningen, ...p.bestedingen, ...p.verschuivingen].map((r) => [r.id, r.bron]));

/** The gemeente's money per year: the Rijk's amounts, its own lines and its shifts, one lane each. */
export function moneyLanesChart(
  p: GemeenteLanesInput,
  publisher?: (bron: string) => string | undefined,
): ChartSpec | null {
  const { naam, slug } = p.gemeente;
  const money = { toekenningen: p.toekenningen, current: p.current, verschuivingen: p.verschuivingen };
  const lanes = moneyLanes(money);
  if (lanes.length === 0) return null;
  const drawn = lanes.filter(drawable);
  const layout = layoutPeriodLanes(drawn, YEAR_MIN, YEAR_MAX);
  const title = `Geld van het Rijk en bestedingen van ${naam} per jaar`;
  const summary = plain(moneySummary(naam, money, publisher));
  const replaced = p.replacedWhole;
  const aside = drawn.length === 0 ? [] : [...notDrawnAside(lanes, layout), ...notesAside(drawn)];
  if (replaced > 0 && drawn.length > 0)
    aside.push({
      heading: 'Vervangen regels',
      lines: [
        `${replaced} oudere ${replaced === 1 ? 'regel is' : 'regels zijn'} vervangen door een nieuwer stuk en ${replaced === 1 ? 'staat' : 'staan'} niet in de grafiek (zie de tabel Wat de gemeente ermee doet).`,
      ],
    });
  const sources = bronOf(p);
  return chartSpec({
    id: 'grafiek-geld-per-jaar',
    file: `${slug}-geld-per-jaar`,
    title,
    summary,
    svg: renderLanesSvg(layout, { id: `${slug}-gpj`, title, desc: summary }),
    svgNarrow: renderNarrowLanesSvg(drawn, YEAR_MIN, YEAR_MAX, { id: `${slug}-gpj`, title, desc: summary }),
    nothingToDraw:
      drawn.length === 0
        ? `Van ${naam} kennen wij geen bedrag met een bekend jaar, dus er is geen grafiek per jaar; wat bekend is, staat in de tabellen hieronder.`
        : undefined,
    columns: LANE_COLUMNS,
    rows: laneRows(lanes, layout, sources),
    bronIds: sources.values(),
    aside,
  });
}

/** Why there is no chart per aim, in one sentence. */
function noAimChart(naam: string, spending: { jaar_van: number | null; bedrag_eur: number | null }[]): string {
  const what = spending.length === 1 ? 'plan of besteding' : 'plannen en bestedingen';
  if (spending.every((b) => b.jaar_van === null))
    return `Geen van de ${spending.length} ${what} van ${naam} noemt een jaar, dus er is geen grafiek per doel; ze staan onder "Wat de gemeente ermee doet".`;
  return `Geen van de ${spending.length} ${what} van ${naam} noemt een bedrag met een jaar, dus er is geen grafiek per doel; ze staan onder "Wat de gemeente ermee doet".`;
}

/** The gemeente's current plans and spending lines, one lane per aim. */
export function aimLanesChart(p: GemeenteLanesInput): ChartSpec | null {
  const { naam, slug } = p.gemeente;
  const spending = p.current;
  if (spending.length === 0) return null;
  const aims = aimLanes(spending, aimLabel);
  const drawn = aims.filter(drawable);
  const layout = layoutPeriodLanes(drawn, YEAR_MIN, YEAR_MAX);
  const title = `Plannen en bestedingen van ${naam} per doel`;
  const summary = plain(aimSummary(naam, spending, aimLabel));
  return chartSpec({
    id: 'grafiek-doelen',
    file: `${slug}-doelen`,
    title,
    summary,
    svg: renderLanesSvg(layout, { id: `${slug}-dl`, title, desc: summary }),
    svgNarrow: renderNarrowLanesSvg(drawn, YEAR_MIN, YEAR_MAX, { id: `${slug}-dl`, title, desc: summary }),
    nothingToDraw: drawn.length === 0 ? noAimChart(naam, spending) : undefined,
    columns: LANE_COLUMNS,
    rows: laneRows(aims, layout, bronOf(p)),
    bronIds: spending.map((b) => b.bron),
    aside: drawn.length === 0 ? [] : [...notDrawnAside(aims, layout), ...notesAside(drawn)],
  });
}
