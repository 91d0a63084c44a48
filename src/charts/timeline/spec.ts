import type { RowOf } from '../../data/schemas/tables';
import { layoutTimeline } from './layout';
import { renderTimelineSvg } from './render';
import { NARROW_WIDTH } from '../shared/narrow';
import type { ChartSpec } from '../shared/chart-spec';
import { chartSpec } from '../shared/chart-spec';
import { plain } from '../shared/svg';
import { formatDate } from '../../format/date';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { useTranslations } from '../../i18n/ui';

const t = useTranslations('nl');

/** What the decisions chart reads: the gemeente's name and its decisions, oldest first. */
export interface DecisionsInput {
  gemeente: { naam: string; slug: string };
  besluiten: Pick<RowOf<'besluiten'>, 'id' | 'datum' | 'orgaan' | 'onderwerp' | 'uitkomst' | 'strekking' | 'bron'>[];
}

/** The gemeente's decisions on a time axis; the links to each decision are in the table beside it. */
export function decisionsChart(p: DecisionsInput): ChartSpec | null {
  if (p.besluiten.length === 0) return null;
  const { naam, slug } = p.gemeente;
  const events = p.besluiten.map((b) => ({ id: b.id, date: b.datum, label: `${formatDate(b.datum)}: ${b.onderwerp}, ${t(`outcome.${b.uitkomst}`).toLowerCase()}`, kind: b.uitkomst === 'aangenomen' ? 'besteed' : 'gepland' }));
  const years = p.besluiten.map((b) => Number(b.datum.slice(0, 4)));
  const [from, to] = [Math.min(YEAR_MIN, ...years), Math.max(YEAR_MAX, ...years)];
  const title = `Besluiten van ${naam} over de POK-middelen`;
  const first = p.besluiten[0];
  const last = p.besluiten[p.besluiten.length - 1];
  const summary = plain(p.besluiten.length === 1 ? `${naam} nam 1 besluit dat wij kennen: op ${formatDate(first.datum)}.` : `Wij kennen ${p.besluiten.length} besluiten van ${naam}, van ${formatDate(first.datum)} tot ${formatDate(last.datum)}.`);
  return chartSpec({
    id: 'grafiek-besluiten',
    file: `${slug}-besluiten`,
    title,
    summary,
    svg: renderTimelineSvg(layoutTimeline(events, from, to, 620, 220), { id: `${slug}-bt`, title, desc: summary }),
    // On a phone every decision gets its own row, so no label runs into the next one.
    svgNarrow: renderTimelineSvg(layoutTimeline(events, from, to, NARROW_WIDTH - 20, NARROW_WIDTH), { id: `${slug}-btn`, title, desc: summary }),
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
    bronIds: p.besluiten.map((b) => b.bron),
  });
}
