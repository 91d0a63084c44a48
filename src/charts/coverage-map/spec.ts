import type { SiteData } from '../../astro/queries';
import { gemeenteMap } from '../map/topology';
import { mapSvgHead, mapSymbol } from '../map/svg';
import { COVERAGE_SYMBOL as SYMBOL } from '../shared/symbols';
import { kindStyle } from '../shared/style';
import { esc } from '../shared/svg';
import { summariseCoverage } from '../../model/national/coverage-summary';
import { COVERAGE_LEVELS } from '../../model/coverage/coverage-level';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';

const t = useTranslations('nl');

/** The coverage map: one link per gemeente of 2024, coloured and (for facts) marked by coverage level. */
export function coverageMapChart(data: SiteData): ChartSpec & { unmatched: string[] } {
  const layout = gemeenteMap();
  const byCode = new Map([...data.profiles.values()].map((p) => [p.gemeente.cbs_code, p]));
  const { base, counts } = summariseCoverage(data.profiles.values());
  const title = 'Kaart: wat wij per gemeente weten';
  const summary = `${counts.bedragen} van ${base} gemeenten hebben bekende bedragen, ${counts.besluiten} alleen besluiten, plannen of bestedingen zonder bedrag, ${counts.genoemd} worden alleen genoemd; ${counts['niets-gevonden']} zijn onderzocht zonder resultaat en ${counts['niet-onderzocht']} nog niet onderzocht.`;
  const unmatched: string[] = [];
  const out = mapSvgHead(layout, 'kaart', title);
  const rows: Record<string, string | number>[] = [];
  // Shapes are grouped per level, so the fill is written once per level instead of 342 times.
  const groups = new Map<string, string[]>();
  for (const shape of layout.shapes) {
    const p = byCode.get(shape.code);
    if (!p) {
      unmatched.push(shape.code);
      continue;
    }
    const level = p.coverage;
    const link = `<a href="/gemeenten/${p.gemeente.slug}/" aria-label="${esc(`${p.gemeente.naam}: ${t(`coverage.${level}`)}`)}"><path d="${shape.d}" data-code="${shape.code}"/></a>`;
    groups.set(level, [...(groups.get(level) ?? []), link]);
    rows.push({ gemeente: p.gemeente.naam, cbs_code: shape.code, provincie: p.gemeente.provincie, niveau: t(`coverage.${level}`) });
  }
  for (const level of COVERAGE_LEVELS) {
    const fill = level === 'niet-onderzocht' ? 'url(#kaart-hatch)' : level === 'niets-gevonden' ? '#dcdcdc' : kindStyle(level).fill;
    if (groups.has(level)) out.push(`<g fill="${fill}" data-level="${level}">${groups.get(level)!.join('')}</g>`);
  }
  // Symbols on the shapes with facts, so the level does not rest on colour alone.
  for (const shape of layout.shapes) {
    const p = byCode.get(shape.code);
    if (!p || !SYMBOL[p.coverage]) continue;
    const [cx, cy] = shape.centroid;
    out.push(mapSymbol(cx, cy, SYMBOL[p.coverage]));
  }
  out.push('</svg>');
  rows.sort((a, b) => String(a.gemeente).localeCompare(String(b.gemeente), 'nl'));
  return {
    ...nationalChart({
      id: 'grafiek-kaart',
      file: 'kaart-dekking',
      title,
      summary,
      svg: out.join(''),
      columns: [
        { key: 'gemeente', label: 'Gemeente' },
        { key: 'cbs_code', label: 'CBS-code' },
        { key: 'provincie', label: 'Provincie' },
        { key: 'niveau', label: 'Wat wij weten' },
      ],
      rows,
      bronIds: ['cbs-gebiedsindeling-2024'],
      aside: [{ heading: 'Legenda', lines: COVERAGE_LEVELS.map((l) => `${SYMBOL[l] ? `${SYMBOL[l]} ` : ''}${t(`coverage.${l}`)}${l === 'niet-onderzocht' ? ' (gearceerd)' : l === 'niets-gevonden' ? ' (lichtgrijs)' : ''}: ${counts[l]} van ${base}`) }],
    }),
    unmatched,
  };
}
