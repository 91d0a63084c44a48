import type { RowOf } from '../../data/schemas/tables';
import { layoutTimeline } from './layout';
import { renderTimelineSvg } from './render';
import { NARROW_WIDTH } from '../shared/narrow';
import type { ChartSpec } from '../shared/chart-spec';
import { chartSpec } from '../shared/chart-spec';
import { plain } from '../shared/svg';
import { formatDate } from '../../format/date';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';

/** A decision on the axis: date, what it was about, and what was decided, without saying the subject twice ("verzoek afgewezen"). */
function eventLabel(b: DecisionsInput['besluiten'][number]): string {
  const outcome = b.uitkomstTekst.toLowerCase();
  return `${formatDate(b.datum)}: ${outcome.startsWith(b.onderwerp) ? outcome : `${b.onderwerp}, ${outcome}`}`;
}

/** The chart's one-sentence summary: decisions and proposals counted apart, so a proposal never reads as a decision taken. */
function decisionsSummary(p: DecisionsInput): string {
  const { naam } = p.gemeente;
  const rows = p.besluiten;
  const proposals = rows.filter((b) => b.voorstel).length;
  const decisions = rows.length - proposals;
  const span =
    rows.length === 1
      ? `op ${formatDate(rows[0].datum)}`
      : `van ${formatDate(rows[0].datum)} tot ${formatDate(rows[rows.length - 1].datum)}`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const unknown =
    proposals === 1
      ? 'of het voorstel is aangenomen, weten wij niet'
      : 'of de voorstellen zijn aangenomen, weten wij niet';
  if (proposals === 0)
    return rows.length === 1
      ? `${naam} nam 1 besluit dat wij kennen: ${span}.`
      : `Wij kennen ${rows.length} besluiten van ${naam}, ${span}.`;
  if (decisions === 0)
    return `Wij kennen geen besluit van ${naam}, wel ${count(proposals, 'voorstel', 'voorstellen')}, ${span}; ${unknown}.`;
  return `Wij kennen ${count(decisions, 'besluit', 'besluiten')} en ${count(proposals, 'voorstel', 'voorstellen')} van ${naam}, ${span}; ${unknown}.`;
}

/**
 * What the decisions chart reads: the gemeente's name, its decisions oldest first with what was
 * decided in the site's words (uitkomstTekst: "Verzoek afgewezen"), whether each is only a
 * proposal, and what the list is called; the model works these out (decision-outcome.ts).
 */
export interface DecisionsInput {
  gemeente: { naam: string; slug: string };
  besluitenNaam: string;
  besluiten: (Pick<RowOf<'besluiten'>, 'id' | 'datum' | 'orgaan' | 'onderwerp' | 'uitkomst' | 'strekking' | 'bron'> & {
    uitkomstTekst: string;
    voorstel: boolean;
  })[];
}

/** The gemeente's decisions on a time axis; the links to each decision are in the table beside it. */
export function decisionsChart(p: DecisionsInput): ChartSpec | null {
  if (p.besluiten.length === 0) return null;
  const { naam, slug } = p.gemeente;
  const events = p.besluiten.map((b) => ({
    id: b.id,
    date: b.datum,
    label: eventLabel(b),
    kind: b.uitkomst === 'aangenomen' ? 'besteed' : 'gepland',
  }));
  const years = p.besluiten.map((b) => Number(b.datum.slice(0, 4)));
  const [from, to] = [Math.min(YEAR_MIN, ...years), Math.max(YEAR_MAX, ...years)];
  const title = `${p.besluitenNaam} van ${naam} over de POK-middelen`;
  const summary = plain(decisionsSummary(p));
  return chartSpec({
    id: 'grafiek-besluiten',
    file: `${slug}-besluiten`,
    title,
    summary,
    svg: renderTimelineSvg(layoutTimeline(events, from, to, 620, 220), { id: `${slug}-bt`, title, desc: summary }),
    // On a phone every decision gets its own row, so no label runs into the next one.
    svgNarrow: renderTimelineSvg(layoutTimeline(events, from, to, NARROW_WIDTH - 20, NARROW_WIDTH), {
      id: `${slug}-btn`,
      title,
      desc: summary,
    }),
    columns: [
      { key: 'datum', label: 'Datum' },
      { key: 'orgaan', label: 'Orgaan' },
      { key: 'onderwerp', label: 'Onderwerp' },
      { key: 'uitkomst', label: 'Uitkomst' },
      { key: 'strekking', label: 'Strekking' },
      { key: 'id', label: 'Besluit' },
      { key: 'bron', label: 'Bron' },
    ],
    rows: p.besluiten.map((b) => ({
      datum: b.datum,
      orgaan: b.orgaan,
      onderwerp: b.onderwerp,
      uitkomst: b.uitkomstTekst,
      strekking: b.strekking,
      id: b.id,
      bron: b.bron,
    })),
    bronIds: p.besluiten.map((b) => b.bron),
  });
}
