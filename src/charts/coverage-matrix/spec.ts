import type { SiteData } from '../../astro/queries';
import type { GemeenteProfile } from '../../model/profile/gemeente-profile';
import { summariseCoverage } from '../../model/national/coverage-summary';
import { coverageByYear, layoutMatrix } from './layout';
import { renderMatrixSvg } from './render';
import { currentSpending } from '../lanes/money-lanes';
import { amountYears, factYears } from '../../model/coverage/stated-years';
import { NARROW_WIDTH } from '../shared/narrow';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';

const t = useTranslations('nl');
const year = (y: number | null) => ({ from: y, to: y });
/** One span per year the source ties the fact to; a fact tied to no single year goes to the "?" column. */
const spans = (years: number[]) => (years.length ? years.map(year) : [year(null)]);

/** One gemeente's cells: per year (and "year unknown") the strongest kind of fact that touches it. */
function gemeenteCells(p: GemeenteProfile) {
  const bestedingen = currentSpending(p.bestedingen);
  const result = coverageByYear(
    {
      amounts: [
        ...[...p.toekenningen, ...bestedingen.filter((b) => b.bedrag_eur !== null)].flatMap((r) => spans(amountYears(r))),
        ...p.verschuivingen.flatMap((v) => [year(v.van_jaar), year(v.naar_jaar)]),
      ],
      decisions: [...p.besluiten.map((b) => year(Number(b.datum.slice(0, 4)))), ...bestedingen.filter((b) => b.bedrag_eur === null).flatMap((r) => spans(factYears(r))), ...p.resultaten.map((r) => year(r.jaar))],
      mentions: p.vermeldingen.map((v) => year(v.datum ? Number(v.datum.slice(0, 4)) : null)),
    },
    YEAR_MIN,
    YEAR_MAX,
  );
  return [...result.years, result.unknown];
}

/** Per gemeente with facts, per year: the strongest kind of fact that touches the year. */
export function coverageMatrixChart(data: SiteData): ChartSpec {
  const current = [...data.profiles.values()].filter((p) => p.gemeente.geldig_tot === null);
  const { base, counts } = summariseCoverage(data.profiles.values());
  const withFacts = current
    .filter((p) => p.coverage === 'bedragen' || p.coverage === 'besluiten' || p.coverage === 'genoemd')
    .sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
  const years = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);
  const matrix = withFacts.map((p) => ({ p, cells: gemeenteCells(p) }));
  const layout = layoutMatrix(matrix.map((m) => ({ key: m.p.gemeente.slug, label: m.p.gemeente.naam, cells: m.cells })), [...years.map(String), '?']);
  const title = 'Wat wij per gemeente en per jaar weten';
  const others = base - withFacts.length;
  const summary = `Van ${withFacts.length} van ${base} gemeenten kennen wij feiten over de POK-middelen; bij ${counts['niets-gevonden']} gemeenten zochten wij en vonden niets, ${counts['niet-onderzocht']} zijn nog niet onderzocht.`;
  const label = (l: string | null) => (l ? t(`coverage.${l}` as Parameters<typeof t>[0]) : '');
  return nationalChart({
    id: 'grafiek-dekking',
    file: 'dekking-per-jaar',
    title,
    summary,
    svg: renderMatrixSvg(layout, { id: 'dk', title, desc: summary }),
    // On a phone the year columns are labelled '21 … '27, so eight of them fit beside the names.
    svgNarrow: renderMatrixSvg(layoutMatrix(layout.rows.map((r) => ({ key: r.key, label: r.label, cells: r.cells.map((c) => c.level) })), [...years.map((y) => `'${String(y).slice(2)}`), '?'], NARROW_WIDTH, 112), { id: 'dkn', title, desc: summary }),
    columns: [{ key: 'gemeente', label: 'Gemeente' }, { key: 'provincie', label: 'Provincie' }, { key: 'niveau', label: 'Wat wij weten' }, ...years.map((y) => ({ key: String(y), label: String(y) })), { key: 'onbekend', label: 'Geen jaar, of meer jaren samen' }],
    rows: matrix.map((m) => ({
      gemeente: m.p.gemeente.naam,
      provincie: m.p.gemeente.provincie,
      niveau: label(m.p.coverage),
      ...Object.fromEntries(years.map((y, i) => [String(y), label(m.cells[i])])),
      onbekend: label(m.cells[years.length]),
    })),
    aside: [{ heading: 'Niet in de grafiek', lines: [`${others} gemeenten zonder feiten: ${counts['niets-gevonden']} gezocht, niets gevonden; ${counts['niet-onderzocht']} nog niet onderzocht. Zie de kaart en de lijst van alle gemeenten.`] }],
  });
}
