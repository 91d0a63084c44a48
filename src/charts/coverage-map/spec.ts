import { gemeenteMap } from '../map/topology';
import { mapSvgHead, mapSymbol } from '../map/svg';
import { COVERAGE_SYMBOL as SYMBOL } from '../shared/symbols';
import { kindStyle } from '../shared/style';
import { esc } from '../shared/svg';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';

const t = useTranslations('nl');
const levelName = (level: string) => t(`coverage.${level}` as Parameters<typeof t>[0]);

/** What the coverage map reads: every gemeente's level by cbs_code, and the counts per level in the model's order. */
export interface CoverageMapInput {
  profiles: Map<string, { gemeente: { naam: string; slug: string; provincie: string }; coverage: string }>;
  coverage: { base: number; levels: readonly string[]; counts: Record<string, number> };
}

/** The map's SVG (shapes grouped per level, a symbol on each with facts), its rows by name, and the shapes no gemeente matched. */
function drawCoverageMap(data: CoverageMapInput, title: string) {
  const layout = gemeenteMap();
  const unmatched: string[] = [];
  const out = mapSvgHead(layout, 'kaart', title);
  const rows: Record<string, string | number>[] = [];
  // Shapes are grouped per level, so the fill is written once per level instead of 342 times.
  const groups = new Map<string, string[]>();
  for (const shape of layout.shapes) {
    const p = data.profiles.get(shape.code);
    if (!p) {
      unmatched.push(shape.code);
      continue;
    }
    const level = p.coverage;
    const link = `<a href="/gemeenten/${p.gemeente.slug}/" aria-label="${esc(`${p.gemeente.naam}: ${levelName(level)}`)}"><path d="${shape.d}" data-code="${shape.code}"/></a>`;
    groups.set(level, [...(groups.get(level) ?? []), link]);
    rows.push({
      gemeente: p.gemeente.naam,
      cbs_code: shape.code,
      provincie: p.gemeente.provincie,
      niveau: levelName(level),
    });
  }
  for (const level of data.coverage.levels) {
    const fill =
      level === 'niet-onderzocht'
        ? 'url(#kaart-hatch)'
        : level === 'niets-gevonden'
          ? '#dcdcdc'
          : kindStyle(level).fill;
    if (groups.has(level)) out.push(`<g fill="${fill}" data-level="${level}">${groups.get(level)!.join('')}</g>`);
  }
  // Symbols on the shapes with facts, so the level does not rest on colour alone.
  for (const shape of layout.shapes) {
    const p = data.profiles.get(shape.code);
    if (!p || !SYMBOL[p.coverage]) continue;
    const [cx, cy] = shape.centroid;
    out.push(mapSymbol(cx, cy, SYMBOL[p.coverage]));
  }
  out.push('</svg>');
  rows.sort((a, b) => String(a.gemeente).localeCompare(String(b.gemeente), 'nl'));
  return { svg: out.join(''), rows, unmatched };
}

/** The coverage map: one link per gemeente of 2024, coloured and (for facts) marked by coverage level. */
export function coverageMapChart(data: CoverageMapInput): ChartSpec & { unmatched: string[] } {
  const { base, counts, levels } = data.coverage;
  const title = 'Kaart: wat wij per gemeente weten';
  const summary = `${counts.bedragen} van ${base} gemeenten hebben bekende bedragen, ${counts.besluiten} alleen besluiten, plannen of bestedingen zonder bedrag, ${counts.genoemd} worden alleen genoemd; bij ${counts.opgevraagd} zijn de stukken opgevraagd, ${counts['niets-gevonden']} zijn onderzocht zonder resultaat en ${counts['niet-onderzocht']} nog niet onderzocht.`;
  const { svg, rows, unmatched } = drawCoverageMap(data, title);
  const legend = levels.map(
    (l) =>
      `${SYMBOL[l] ? `${SYMBOL[l]} ` : ''}${levelName(l)}${l === 'niet-onderzocht' ? ' (gearceerd)' : l === 'niets-gevonden' ? ' (lichtgrijs)' : l === 'opgevraagd' ? ' (lichtgeel)' : ''}: ${counts[l]} van ${base}`,
  );
  return {
    ...nationalChart({
      id: 'grafiek-kaart',
      file: 'kaart-dekking',
      title,
      summary,
      svg,
      columns: [
        { key: 'gemeente', label: 'Gemeente' },
        { key: 'cbs_code', label: 'CBS-code' },
        { key: 'provincie', label: 'Provincie' },
        { key: 'niveau', label: 'Wat wij weten' },
      ],
      rows,
      bronIds: ['cbs-gebiedsindeling-2024'],
      aside: [{ heading: 'Legenda', lines: legend }],
    }),
    unmatched,
  };
}
