import type { GemeenteProfile } from '../../lib/profile/gemeente-profile';
import { layoutPeriodLanes } from './layout';
import type { Lane, LanesLayout } from './layout';
import { aimLanes, currentSpending, moneyLanes, whollyReplaced } from './money-lanes';
import { renderLanesSvg, renderNarrowLanesSvg } from './render';
import { NARROW_WIDTH } from '../shared/narrow';
import { layoutTimeline } from '../timeline/layout';
import { renderTimelineSvg } from '../timeline/render';
import { aimSummary, moneySummary } from './summaries';
import { formatDate } from '../../lib/format/date';
import { YEAR_MAX, YEAR_MIN } from '../../lib/site/years';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import type { ChartColumn } from '../shared/chart-spec';

const t = useTranslations('nl');
const aimLabel = (aim: string) => t(`aim.${aim}` as Parameters<typeof t>[0]);
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

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

/** The charts of one gemeente page; only charts with something to show. */
export function gemeenteCharts(p: GemeenteProfile, publisher?: (bron: string) => string | undefined): ChartSpec[] {
  const naam = p.gemeente.naam;
  const slug = p.gemeente.slug;
  const bronOf = new Map<string, string>([...p.toekenningen, ...p.bestedingen, ...p.verschuivingen].map((r) => [r.id, r.bron]));
  const charts: ChartSpec[] = [];
  const money = { toekenningen: p.toekenningen, bestedingen: p.bestedingen, verschuivingen: p.verschuivingen };
  const lanes = moneyLanes(money);
  if (lanes.length > 0) {
    const layout = layoutPeriodLanes(lanes, YEAR_MIN, YEAR_MAX);
    const title = `Geld van het Rijk en bestedingen van ${naam} per jaar`;
    const summary = plain(moneySummary(naam, money, publisher));
    const replaced = p.bestedingen.filter(whollyReplaced).length;
    const aside = [...undatedAside(layout), ...notesAside(lanes)];
    if (replaced > 0) aside.push({ heading: 'Vervangen regels', lines: [`${replaced} oudere ${replaced === 1 ? 'regel is' : 'regels zijn'} vervangen door een nieuwer stuk en ${replaced === 1 ? 'staat' : 'staan'} niet in de grafiek (zie de tabel Wat de gemeente ermee doet).`] });
    charts.push({
      id: 'grafiek-geld-per-jaar',
      file: `${slug}-geld-per-jaar`,
      title,
      summary,
      svg: renderLanesSvg(layout, { id: `${slug}-gpj`, title, desc: summary }),
      svgNarrow: renderNarrowLanesSvg(lanes, YEAR_MIN, YEAR_MAX, { id: `${slug}-gpj`, title, desc: summary }),
      nothingToDraw: nothingDated(layout, `Van geen van deze bedragen van ${naam} is bekend in welk jaar ze vallen, dus er is geen grafiek; ze staan in de tabellen hieronder.`),
      columns: LANE_COLUMNS,
      rows: laneRows(lanes, layout, bronOf),
      bronIds: [...new Set([...bronOf.values()])],
      aside,
    });
  }
  const spending = currentSpending(p.bestedingen);
  if (spending.length > 0) {
    const aims = aimLanes(p.bestedingen, aimLabel);
    const layout = layoutPeriodLanes(aims, YEAR_MIN, YEAR_MAX);
    const title = `Plannen en bestedingen van ${naam} per doel`;
    const summary = plain(aimSummary(naam, spending, aimLabel));
    charts.push({
      id: 'grafiek-doelen',
      file: `${slug}-doelen`,
      title,
      summary,
      svg: renderLanesSvg(layout, { id: `${slug}-dl`, title, desc: summary }),
      svgNarrow: renderNarrowLanesSvg(aims, YEAR_MIN, YEAR_MAX, { id: `${slug}-dl`, title, desc: summary }),
      nothingToDraw: nothingDated(layout, `Geen van de ${spending.length} ${spending.length === 1 ? 'plan of besteding' : 'plannen en bestedingen'} van ${naam} noemt een jaar, dus er is geen grafiek per doel; ze staan onder "Wat de gemeente ermee doet".`),
      columns: LANE_COLUMNS,
      rows: laneRows(aims, layout, bronOf),
      bronIds: [...new Set(spending.map((b) => b.bron))],
      aside: [...undatedAside(layout), ...notesAside(aims)],
    });
  }
  if (p.besluiten.length > 0) {
    const events = p.besluiten.map((b) => ({ id: b.id, date: b.datum, label: `${formatDate(b.datum)}: ${b.onderwerp}, ${t(`outcome.${b.uitkomst}`).toLowerCase()}`, kind: b.uitkomst === 'aangenomen' ? 'besteed' : 'gepland' }));
    const years = p.besluiten.map((b) => Number(b.datum.slice(0, 4)));
    const layout = layoutTimeline(events, Math.min(YEAR_MIN, ...years), Math.max(YEAR_MAX, ...years), 620, 220);
    const title = `Besluiten van ${naam} over de POK-middelen`;
    const first = p.besluiten[0];
    const last = p.besluiten[p.besluiten.length - 1];
    const summary = p.besluiten.length === 1 ? `${naam} nam 1 besluit dat wij kennen: op ${formatDate(first.datum)}.` : `Wij kennen ${p.besluiten.length} besluiten van ${naam}, van ${formatDate(first.datum)} tot ${formatDate(last.datum)}.`;
    charts.push({
      id: 'grafiek-besluiten',
      file: `${slug}-besluiten`,
      title,
      summary: plain(summary),
      svg: renderTimelineSvg(layout, { id: `${slug}-bt`, title, desc: plain(summary) }),
      // On a phone every decision gets its own row, so no label runs into the next one.
      svgNarrow: renderTimelineSvg(layoutTimeline(events, Math.min(YEAR_MIN, ...years), Math.max(YEAR_MAX, ...years), NARROW_WIDTH - 20, NARROW_WIDTH), { id: `${slug}-btn`, title, desc: plain(summary) }),
      columns: [
        { key: 'datum', label: 'Datum' },
        { key: 'orgaan', label: 'Orgaan' },
        { key: 'onderwerp', label: 'Onderwerp' },
        { key: 'uitkomst', label: 'Uitkomst' },
        { key: 'strekking', label: 'Strekking' },
        { key: 'id', label: 'Besluit' },
        { key: 'bron', label: 'Bron' },
      ],
      rows: p.besluiten.map((b) => ({ datum: b.datum, orgaan: b.orgaan, onderwerp: b.onderwerp, uitkomst: b.uitkomst, strekking: b.strekking, id: b.id, bron: b.bron })),
      bronIds: [...new Set(p.besluiten.map((b) => b.bron))],
      aside: [],
    });
  }
  return charts;
}
