import { layoutMatrix } from './layout';
import type { YearLevel } from './layout';
import { renderMatrixSvg } from './render';
import { NARROW_WIDTH } from '../shared/narrow';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';

const t = useTranslations('nl');

/** What the matrix reads: the coverage counts, and per gemeente with facts its level per year (YEAR_MIN..YEAR_MAX, then "year unknown"). */
export interface CoverageMatrixInput {
  coverage: {
    base: number;
    counts: Record<'opgevraagd' | 'niets-gevonden' | 'niet-onderzocht', number>;
    withFacts: {
      gemeente: { slug: string; naam: string; provincie: string };
      coverage: string;
      coverageYears: YearLevel[];
    }[];
  };
}

/** Per gemeente with facts, per year: the strongest kind of fact that touches the year. */
export function coverageMatrixChart({ coverage }: CoverageMatrixInput): ChartSpec {
  const { base, counts, withFacts } = coverage;
  const years = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);
  const matrix = withFacts.map((p) => ({ p, cells: p.coverageYears }));
  const layout = layoutMatrix(
    matrix.map((m) => ({ key: m.p.gemeente.slug, label: m.p.gemeente.naam, cells: m.cells })),
    [...years.map(String), '?'],
  );
  const title = 'Wat wij per gemeente en per jaar weten';
  const others = base - withFacts.length;
  const summary = `Van ${withFacts.length} van ${base} gemeenten kennen wij feiten over de POK-middelen; bij ${counts.opgevraagd} gemeenten zijn de stukken opgevraagd, bij ${counts['niets-gevonden']} zochten wij en vonden niets, ${counts['niet-onderzocht']} zijn nog niet onderzocht.`;
  const label = (l: string | null) => (l ? t(`coverage.${l}` as Parameters<typeof t>[0]) : '');
  return nationalChart({
    id: 'grafiek-dekking',
    file: 'dekking-per-jaar',
    title,
    summary,
    svg: renderMatrixSvg(layout, { id: 'dk', title, desc: summary }),
    // On a phone the year columns are labelled '21 … '27, so eight of them fit beside the names.
    svgNarrow: renderMatrixSvg(
      layoutMatrix(
        layout.rows.map((r) => ({ key: r.key, label: r.label, cells: r.cells.map((c) => c.level) })),
        [...years.map((y) => `'${String(y).slice(2)}`), '?'],
        NARROW_WIDTH,
        112,
      ),
      { id: 'dkn', title, desc: summary },
    ),
    columns: [
      { key: 'gemeente', label: 'Gemeente' },
      { key: 'provincie', label: 'Provincie' },
      { key: 'niveau', label: 'Wat wij weten' },
      ...years.map((y) => ({ key: String(y), label: String(y) })),
      { key: 'onbekend', label: 'Geen jaar, of meer jaren samen' },
    ],
    rows: matrix.map((m) => ({
      gemeente: m.p.gemeente.naam,
      provincie: m.p.gemeente.provincie,
      niveau: label(m.p.coverage),
      ...Object.fromEntries(years.map((y, i) => [String(y), label(m.cells[i])])),
      onbekend: label(m.cells[years.length]),
    })),
    aside: [
      {
        heading: 'Niet in de grafiek',
        lines: [
          `${others} gemeenten zonder feiten: ${counts.opgevraagd} stukken opgevraagd; ${counts['niets-gevonden']} gezocht, niets gevonden; ${counts['niet-onderzocht']} nog niet onderzocht. Zie de kaart en de lijst van alle gemeenten.`,
        ],
      },
    ],
  });
}
